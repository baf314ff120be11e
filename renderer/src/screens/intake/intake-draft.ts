// The intake form as the clerk fills it in, kept in the drafts (so a screen lock loses
// nothing), and its conversion to the contract's input for intake.quote / intake.commit.
//
// The form holds text as typed; the counter normalises and checks it and stays the
// authority. The checks here are the same shared rules, run early for immediate feedback.
import type { CommandInput, ProcedureView, WeightRecord } from '../../../../shared/contract/commands';
import { fieldMessages, fill, type ErrorCode, type FieldMessageKey, type Lang } from '../../../../shared/contract/messages';
import type { CommandError } from '../../../../shared/contract/result';
import { isOptionalPaper } from '../../../../shared/catalogue/optional-paper';
import { checkIdNumber, type IdKind } from '../../../../shared/identity/identity-number';
import { normalizePhone } from '../../../../shared/identity/phone-number';
import { parseS10 } from '../../../../shared/identity/s10';
import type { DossierService } from '../../../../shared/tariff/tariff';
import { newActionKey } from '../../api/client';
import type { ChosenProcedure } from '../chosen-procedure';

export const intakeFormDraft = 'intake.form';

export type Paper = ProcedureView['cases'][number]['papers'][number];
export type ApplicantKind = 'person' | 'organisation';

/** One row of the checklist as the clerk set it: ticked as handed over, and the counts. */
export interface PaperEntry {
  submitted: boolean;
  originals: string;
  copies: string;
}

export interface ApplicantDraft {
  kind: ApplicantKind;
  name: string;
  idKind: IdKind;
  idNumber: string;
  /** The clerk checked the card: a first group that is a country code (born abroad) is right. */
  idNumberConfirmed: boolean;
  phone: string;
  email: string;
  address: string;
}

export interface PaymentDraft {
  method: 'cash' | 'transfer';
  /** As typed: "200.000" and "200000" are the same amount. */
  tendered: string;
  reference: string;
}

export interface IntakeDraft {
  /**
   * The idempotency key of this dossier's commit: made when the form opens for a procedure,
   * kept through repeats and time-outs, replaced after a definitive refusal or a new dossier.
   */
  key: string;
  procedure: ChosenProcedure | null;
  /** Rows the clerk touched, by position in the case's checklist; others show the checklist's counts, unticked. */
  papers: Record<string, PaperEntry>;
  applicant: ApplicantDraft;
  service: DossierService;
  /** Return only, from the citizen's appointment slip: the agency's dossier code and result day (YYYY-MM-DD), '' when unknown. */
  agencyDossierCode: string;
  appointmentDay: string;
  returnKind: 'counter' | 'home';
  /** null: the applicant's address. */
  returnAddress: string | null;
  /** '' until the clerk picks one: the counter's default route. */
  route: string;
  weight: WeightRecord | null;
  s10: string;
  /** Which of the procedure's fee rates applies; null while not chosen (needed when there are several). */
  feeIndex: number | null;
  /** Counts typed for the lines charged per unit on top of the rate, by the line's position. */
  feeAdditions: Record<string, string>;
  feeExempt: boolean;
  feeExemptionReason: string;
  applicantCategory: string;
  payment: PaymentDraft;
}

export function defaultIdKind(kind: ApplicantKind): IdKind {
  return kind === 'person' ? 'cccd' : 'taxCode';
}

const emptyApplicant: ApplicantDraft = {
  kind: 'person',
  name: '',
  idKind: 'cccd',
  idNumber: '',
  idNumberConfirmed: false,
  phone: '',
  email: '',
  address: '',
};

/** A blank form for a new dossier, with a new key. */
export function newIntakeDraft(procedure: ChosenProcedure | null): IntakeDraft {
  return {
    key: newActionKey(),
    procedure,
    papers: {},
    applicant: emptyApplicant,
    service: 'both',
    agencyDossierCode: '',
    appointmentDay: '',
    returnKind: 'counter',
    returnAddress: null,
    route: '',
    weight: null,
    s10: '',
    feeIndex: null,
    feeAdditions: {},
    feeExempt: false,
    feeExemptionReason: '',
    applicantCategory: '',
    payment: { method: 'cash', tendered: '', reference: '' },
  };
}

/** The same form opened for another procedure (or case): a new checklist and a new key, the rest kept. */
export function withProcedure(draft: IntakeDraft, procedure: ChosenProcedure | null): IntakeDraft {
  const sameFees = procedure !== null && draft.procedure?.code === procedure.code && draft.procedure.snapshotHash === procedure.snapshotHash;
  return { ...draft, key: newActionKey(), procedure, papers: {}, feeIndex: sameFees ? draft.feeIndex : null, feeAdditions: sameFees ? draft.feeAdditions : {} };
}

export function sameProcedure(a: ChosenProcedure | null, b: ChosenProcedure | null): boolean {
  return a !== null && b !== null && a.code === b.code && a.snapshotHash === b.snapshotHash && a.caseIndex === b.caseIndex;
}

export function paperEntry(draft: IntakeDraft, index: number, paper: Paper): PaperEntry {
  return draft.papers[String(index)] ?? { submitted: false, originals: String(paper.originals), copies: String(paper.copies) };
}

/** Required papers (not "(nếu có)", "(trường hợp …)") not ticked as handed over; none for a return only (filed at the agency). */
export function missingRequired(draft: IntakeDraft, papers: readonly Paper[]): { index: number; paper: Paper }[] {
  if (draft.service === 'return') return [];
  return papers
    .map((paper, index) => ({ index, paper }))
    .filter(({ index, paper }) => !isOptionalPaper(paper.name) && !paperEntry(draft, index, paper).submitted);
}

/** A whole number as typed (dots, commas and spaces as thousands separators, "đ" / "₫" after it); NaN if it is not one. */
export function parseWhole(text: string): number {
  const compact = text.replace(/[\s.,]/g, '').replace(/(đồng|đ|₫|vnd)$/i, '');
  return /^\d{1,12}$/.test(compact) ? Number(compact) : Number.NaN;
}

export type FormInput = Omit<CommandInput<'intake.commit'>, 'idempotencyKey' | 'payment'>;
export type PaymentInput = CommandInput<'intake.commit'>['payment'];

/** The form as the contract takes it. Needs the procedure, the checklist and a recorded weight. */
export function toFormInput(draft: IntakeDraft, papers: readonly Paper[], route: string): FormInput | null {
  const p = draft.procedure;
  if (!p || !draft.weight) return null;
  const a = draft.applicant;
  const returnOnly = draft.service === 'return';
  const orNull = (s: string | undefined) => (s === undefined || s.trim() === '' ? null : s);
  const presented = returnOnly ? [] : papers.flatMap((paper, index) => {
    const e = paperEntry(draft, index, paper);
    return e.submitted ? [{ index, originals: parseWhole(e.originals), copies: parseWhole(e.copies) }] : [];
  });
  return {
    procedureCode: p.code,
    snapshotHash: p.snapshotHash,
    caseIndex: p.caseIndex,
    papers: presented,
    applicant: {
      kind: a.kind,
      name: a.name,
      idKind: a.idKind,
      idNumber: a.idNumber,
      idNumberConfirmed: a.idNumberConfirmed === true,
      phone: a.phone,
      email: a.email.trim() === '' ? null : a.email,
      address: a.address,
    },
    service: draft.service,
    agencyFiling: returnOnly ? { dossierCode: orNull(draft.agencyDossierCode), appointmentDay: orNull(draft.appointmentDay) } : null,
    returnMethod:
      draft.service !== 'send' && draft.returnKind === 'home'
        ? { kind: 'home', address: returnAddress(draft) }
        : { kind: 'counter' },
    route,
    weightSeq: draft.weight.seq,
    s10: draft.s10.trim() === '' ? null : draft.s10,
    // A return only's fees were paid at the agency: nothing of the fee part is sent.
    feeIndex: returnOnly ? null : draft.feeIndex,
    feeAdditions: returnOnly ? [] : feeAdditionsInput(draft),
    feeExemptionReason: !returnOnly && draft.feeExempt ? draft.feeExemptionReason : null,
    applicantCategory: draft.applicantCategory === '' ? null : draft.applicantCategory,
  };
}

/**
 * Counts left empty or 0 add nothing. A count is digits only: "2,5" or "2.5" is not read as 25
 * (as an amount would be) but sent as not-a-number, which the counter refuses with its message.
 */
function feeAdditionsInput(draft: IntakeDraft): { index: number; count: number }[] {
  const count = (typed: string) => (/^\d{1,4}$/.test(typed.trim()) ? Number(typed.trim()) : Number.NaN);
  return Object.entries(draft.feeAdditions ?? {})
    .filter(([, typed]) => typed.trim() !== '' && count(typed) !== 0)
    .map(([index, typed]) => ({ index: Number(index), count: count(typed) }))
    .sort((a, b) => a.index - b.index);
}

export function toPaymentInput(payment: PaymentDraft): PaymentInput {
  return payment.method === 'cash'
    ? { method: 'cash', tenderedVnd: parseWhole(payment.tendered) }
    : { method: 'transfer', reference: payment.reference };
}

export function returnAddress(draft: IntakeDraft): string {
  return draft.returnAddress ?? draft.applicant.address;
}

/** Fields the counter checks with the shared rules, checked here too as the clerk types. */
export type CheckedField = 'applicant.idNumber' | 'applicant.phone' | 'applicant.email' | 's10';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** The same text the counter would give for this field's value, or undefined when it passes (or is still empty). */
export function localProblem(field: CheckedField, draft: IntakeDraft, lang: Lang): string | undefined {
  let key: FieldMessageKey | null = null;
  let params: Record<string, string> | undefined;
  switch (field) {
    case 'applicant.idNumber': {
      const v = draft.applicant.idNumber;
      if (v.trim() === '') return undefined;
      const r = idNumberCheck(draft.applicant);
      key = r.ok ? null : r.problem;
      params = r.ok ? undefined : r.params;
      break;
    }
    case 'applicant.phone': {
      const v = draft.applicant.phone;
      if (v.trim() === '') return undefined;
      const r = normalizePhone(v);
      key = r.ok ? null : r.problem;
      break;
    }
    case 'applicant.email': {
      const v = draft.applicant.email.trim();
      key = v === '' || emailPattern.test(v) ? null : 'email.format';
      break;
    }
    case 's10': {
      const v = draft.s10;
      if (v.trim() === '') return undefined;
      const r = parseS10(v);
      key = r.ok ? null : r.problem;
      break;
    }
  }
  return key ? fill(fieldMessages[key][lang], params) : undefined;
}

/** The identity number as the counter will judge it, with the clerk's confirmation. */
export function idNumberCheck(a: ApplicantDraft): ReturnType<typeof checkIdNumber> {
  return checkIdNumber(a.idKind, a.idNumber, new Date().getFullYear(), a.idNumberConfirmed === true);
}

/** The number is refused only until the clerk confirms it (a country code where a province code usually stands). */
export function needsConfirmation(a: ApplicantDraft): boolean {
  if (a.idNumber.trim() === '') return false;
  const r = checkIdNumber(a.idKind, a.idNumber, new Date().getFullYear());
  return !r.ok && r.confirmable === true;
}

/**
 * Refusals that concern one field but come without field issues (the counter's own checks,
 * e.g. a used S10 or short cash): the field they concern, so it can be marked and focused.
 */
const fieldOfCode: Partial<Record<ErrorCode, string>> = {
  PAPERS_MISSING: 'papers',
  CHECKLIST_CHANGED: 'snapshotHash',
  CASE_NOT_FOUND: 'caseIndex',
  PAPER_NOT_IN_CHECKLIST: 'papers',
  WEIGHT_NOT_FOUND: 'weightSeq',
  WEIGHT_ALREADY_USED: 'weightSeq',
  S10_RANGE_NOT_SET: 's10',
  S10_RANGE_USED_UP: 's10',
  S10_ALREADY_USED: 's10',
  FEE_CHOICE_REQUIRED: 'feeIndex',
  FEE_NOT_FOUND: 'feeIndex',
  FEE_ADDITIVE_AS_RATE: 'feeIndex',
  FEE_NOT_ADDITIVE: 'feeAdditions',
  RETURN_ONLY_NO_FEES: 'feeIndex',
  FILING_ONLY_FOR_RETURN: 'service',
  CASH_SHORT: 'payment.tenderedVnd',
  ROUTE_UNKNOWN: 'route',
};

export function withCodeField(error: CommandError): CommandError {
  const path = fieldOfCode[error.code];
  if ((error.issues?.length ?? 0) > 0 || !path) return error;
  return { ...error, issues: [{ path, message: '' }] };
}

/** The value at a dotted issue path ("applicant.idNumber", "papers.0.copies"), as JSON for comparing. */
export function valueAt(input: unknown, path: string): string {
  let at: unknown = input;
  for (const part of path.split('.')) {
    if (at === null || typeof at !== 'object') return 'undefined';
    at = (at as Record<string, unknown>)[part];
  }
  return JSON.stringify(at) ?? 'undefined';
}
