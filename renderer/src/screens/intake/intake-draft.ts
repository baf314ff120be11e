// The intake form as the clerk fills it in, kept in the drafts (so a screen lock loses
// nothing), and its conversion to the contract's input for intake.quote / intake.commit.
//
// The form holds text as typed; the counter normalises and checks it and stays the
// authority. The checks here are the same shared rules, run early for immediate feedback.
import type { CommandInput, ProcedureView, WeightRecord } from '../../../../shared/contract/commands';
import { fieldMessages, type ErrorCode, type FieldMessageKey, type Lang } from '../../../../shared/contract/messages';
import type { CommandError } from '../../../../shared/contract/result';
import { isOptionalPaper } from '../../../../shared/catalogue/optional-paper';
import { checkIdNumber, type IdKind } from '../../../../shared/identity/identity-number';
import { normalizePhone } from '../../../../shared/identity/phone-number';
import { parseS10 } from '../../../../shared/identity/s10';
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
  service: 'send' | 'both';
  returnKind: 'counter' | 'home';
  /** null: the applicant's address. */
  returnAddress: string | null;
  /** '' until the clerk picks one: the counter's default route. */
  route: string;
  weight: WeightRecord | null;
  s10: string;
  /** Which of the procedure's fee rates applies; null while not chosen (needed when there are several). */
  feeIndex: number | null;
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
    returnKind: 'counter',
    returnAddress: null,
    route: '',
    weight: null,
    s10: '',
    feeIndex: null,
    feeExempt: false,
    feeExemptionReason: '',
    applicantCategory: '',
    payment: { method: 'cash', tendered: '', reference: '' },
  };
}

/** The same form opened for another procedure (or case): a new checklist and a new key, the rest kept. */
export function withProcedure(draft: IntakeDraft, procedure: ChosenProcedure | null): IntakeDraft {
  const sameFees = procedure !== null && draft.procedure?.code === procedure.code && draft.procedure.snapshotHash === procedure.snapshotHash;
  return { ...draft, key: newActionKey(), procedure, papers: {}, feeIndex: sameFees ? draft.feeIndex : null };
}

export function sameProcedure(a: ChosenProcedure | null, b: ChosenProcedure | null): boolean {
  return a !== null && b !== null && a.code === b.code && a.snapshotHash === b.snapshotHash && a.caseIndex === b.caseIndex;
}

export function paperEntry(draft: IntakeDraft, index: number, paper: Paper): PaperEntry {
  return draft.papers[String(index)] ?? { submitted: false, originals: String(paper.originals), copies: String(paper.copies) };
}

/** Required papers (not "(nếu có)", "(trường hợp …)") not ticked as handed over. */
export function missingRequired(draft: IntakeDraft, papers: readonly Paper[]): { index: number; paper: Paper }[] {
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
  const presented = papers.flatMap((paper, index) => {
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
      phone: a.phone,
      email: a.email.trim() === '' ? null : a.email,
      address: a.address,
    },
    service: draft.service,
    returnMethod:
      draft.service === 'both' && draft.returnKind === 'home'
        ? { kind: 'home', address: returnAddress(draft) }
        : { kind: 'counter' },
    route,
    weightSeq: draft.weight.seq,
    s10: draft.s10.trim() === '' ? null : draft.s10,
    feeIndex: draft.feeIndex,
    feeExemptionReason: draft.feeExempt ? draft.feeExemptionReason : null,
    applicantCategory: draft.applicantCategory === '' ? null : draft.applicantCategory,
  };
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
  switch (field) {
    case 'applicant.idNumber': {
      const v = draft.applicant.idNumber;
      if (v.trim() === '') return undefined;
      const r = checkIdNumber(draft.applicant.idKind, v, new Date().getFullYear());
      key = r.ok ? null : r.problem;
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
  return key ? fieldMessages[key][lang] : undefined;
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
