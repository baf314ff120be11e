// The figures of a dossier from the clerk's form: checklist against the snapshot the form
// showed, fees from that snapshot, postal charge from the tariff, the expected date from the
// working-day calendar. The summary screen (intake.quote) and the commit use this one function,
// so what the clerk reviewed is what gets recorded.
import type { CommandArgs, DueView } from '../../../shared/contract/commands';
import { isOptionalPaper } from '../../../shared/catalogue/optional-paper';
import type { Procedure } from '../../../shared/catalogue/procedure';
import type { DossierService } from '../../../shared/tariff/tariff';
import { formatVnd } from '../../../shared/format';
import { CounterError } from '../counter-error';
import type { FeeAddition, MoneyLine } from './dossier-record';

type Draft = Omit<CommandArgs<'intake.quote'>, 'payment'> & { payment: CommandArgs<'intake.quote'>['payment'] };

export interface IntakeDeps {
  snapshot(hash: string): Procedure | null;
  currentSnapshotHash(code: string): string;
  weight(seq: number): { grams: number; manual: boolean } | null;
  postalCharge(req: { grams: number; service: 'send' | 'return' | 'both' | 'forwardFee'; route: string; applicantCategory?: string }): {
    chargeVnd: number;
    tariffVersion: string;
    sample: boolean;
    breakdown: MoneyLine[];
  };
  due(req: { receivedAt: string; processing: Procedure['processing']; route: string; service: DossierService; appointmentDay: string | null }): DueView;
}

export interface Assessment {
  procedure: Procedure;
  caseName: string;
  presented: { index: number; name: string; originals: number; copies: number; code: string | null }[];
  missingPapers: { index: number; name: string }[];
  weight: { seq: number; grams: number; manual: boolean };
  fees: { lines: MoneyLine[]; totalVnd: number; exempt: boolean; additions: FeeAddition[] };
  postal: { lines: MoneyLine[]; totalVnd: number; tariffVersion: string; sample: boolean };
  totalVnd: number;
  due: DueView;
  payment: { method: 'cash'; tenderedVnd: number; changeVnd: number } | { method: 'transfer'; reference: string } | null;
}

/** `refuseShortCash`: the commit refuses cash short of the total; the summary only shows it. */
export function assessDraft(draft: Draft, receivedAt: string, deps: IntakeDeps, refuseShortCash: boolean): Assessment {
  // The checklist the clerk counted with the applicant must still be the catalogue's: a newer
  // import may have changed the papers the agency asks for.
  if (deps.currentSnapshotHash(draft.procedureCode) !== draft.snapshotHash) throw new CounterError('CHECKLIST_CHANGED');
  const procedure = deps.snapshot(draft.snapshotHash);
  if (!procedure) throw new CounterError('CHECKLIST_CHANGED');
  const theCase = procedure.cases[draft.caseIndex];
  if (!theCase) throw new CounterError('CASE_NOT_FOUND', { index: draft.caseIndex + 1 });

  const presented = draft.papers.map((p) => {
    const paper = theCase.papers[p.index];
    if (!paper) throw new CounterError('PAPER_NOT_IN_CHECKLIST', { name: `#${p.index + 1}` });
    return { index: p.index, name: paper.name, originals: p.originals, copies: p.copies, code: paper.code };
  });
  const given = new Set(presented.map((p) => p.index));
  // Return only: the citizen filed the dossier at the agency; no paper of it passes here.
  const returnOnly = draft.service === 'return';
  const missingPapers = returnOnly
    ? []
    : theCase.papers.map((p, index) => ({ index, name: p.name })).filter((p) => !given.has(p.index) && !isOptionalPaper(p.name));
  if (!returnOnly && draft.agencyFiling !== null) throw new CounterError('FILING_ONLY_FOR_RETURN');

  const weight = deps.weight(draft.weightSeq);
  if (!weight) throw new CounterError('WEIGHT_NOT_FOUND', { seq: draft.weightSeq });

  // The fees of a return-only dossier were paid at the agency when it was filed.
  if (returnOnly && (draft.feeIndex !== null || draft.feeAdditions.length > 0 || draft.feeExemptionReason !== null)) throw new CounterError('RETURN_ONLY_NO_FEES');
  const fees = returnOnly ? { lines: [], totalVnd: 0, exempt: false, additions: [] } : feesFor(procedure, draft.feeIndex, draft.feeAdditions, draft.feeExemptionReason);
  const category = draft.applicantCategory ?? undefined;
  const carriage = deps.postalCharge({ grams: weight.grams, service: draft.service, route: draft.route, applicantCategory: category });
  // Fees collected here are carried to the agency with the dossier: the tariff's flat charge.
  const forwarding = fees.totalVnd > 0 ? deps.postalCharge({ grams: weight.grams, service: 'forwardFee', route: draft.route, applicantCategory: category }) : null;
  const postalLines = [...carriage.breakdown, ...(forwarding?.breakdown ?? [])];
  const postal = {
    lines: postalLines,
    totalVnd: carriage.chargeVnd + (forwarding?.chargeVnd ?? 0),
    tariffVersion: carriage.tariffVersion,
    sample: carriage.sample,
  };
  const totalVnd = fees.totalVnd + postal.totalVnd;
  const due = deps.due({ receivedAt, processing: procedure.processing, route: draft.route, service: draft.service, appointmentDay: draft.agencyFiling?.appointmentDay ?? null });

  let payment: Assessment['payment'] = null;
  if (draft.payment?.method === 'cash') {
    if (refuseShortCash && draft.payment.tenderedVnd < totalVnd) {
      throw new CounterError('CASH_SHORT', { tendered: formatVnd(draft.payment.tenderedVnd), total: formatVnd(totalVnd) });
    }
    payment = { method: 'cash', tenderedVnd: draft.payment.tenderedVnd, changeVnd: Math.max(0, draft.payment.tenderedVnd - totalVnd) };
  } else if (draft.payment) {
    payment = { method: 'transfer', reference: draft.payment.reference };
  }
  return { procedure, caseName: theCase.name, presented, missingPapers, weight: { seq: draft.weightSeq, ...weight }, fees, postal, totalVnd, due, payment };
}

/**
 * The fee: the chosen rate plus, for each line charged per unit on top of it, count × that
 * line. A count on an alternative rate, or an add-on line chosen as the rate, is refused
 * rather than read as something else.
 */
function feesFor(
  procedure: Procedure,
  feeIndex: number | null,
  additionsAsked: { index: number; count: number }[],
  exemptionReason: string | null,
): Assessment['fees'] {
  const rates = procedure.fees;
  const lineNumber = (index: number) => ({ index: index + 1 });
  const additions: FeeAddition[] = additionsAsked.map(({ index, count }) => {
    const line = rates[index];
    if (!line) throw new CounterError('FEE_NOT_FOUND', lineNumber(index));
    if (!line.additive) throw new CounterError('FEE_NOT_ADDITIVE', { ...lineNumber(index), amount: formatVnd(line.amountVnd) });
    return { index, count, unitVnd: line.amountVnd, label: line.description ?? 'Phí, lệ phí cộng thêm' };
  });
  const baseRates = rates.flatMap((r, index) => (r.additive ? [] : [index]));
  let baseIndex: number | null;
  if (feeIndex !== null) {
    const rate = rates[feeIndex];
    if (!rate) throw new CounterError('FEE_NOT_FOUND', lineNumber(feeIndex));
    if (rate.additive) throw new CounterError('FEE_ADDITIVE_AS_RATE', { ...lineNumber(feeIndex), amount: formatVnd(rate.amountVnd) });
    baseIndex = feeIndex;
  } else {
    if (baseRates.length > 1) throw new CounterError('FEE_CHOICE_REQUIRED', { count: baseRates.length });
    baseIndex = baseRates[0] ?? null;
  }
  const base = baseIndex === null ? null : rates[baseIndex]!;
  const lines: MoneyLine[] = [
    ...(base ? [{ label: base.description ?? 'Phí, lệ phí', vnd: base.amountVnd }] : []),
    ...additions.map((a) => ({ label: `${a.label} (${a.count} × ${formatVnd(a.unitVnd)})`, vnd: a.count * a.unitVnd })),
  ];
  const charged = lines.reduce((sum, l) => sum + l.vnd, 0);
  if (exemptionReason !== null) {
    return { lines: lines.length > 0 ? [...lines, { label: `Miễn: ${exemptionReason}`, vnd: -charged }] : lines, totalVnd: 0, exempt: true, additions };
  }
  return { lines, totalVnd: charged, exempt: false, additions };
}
