// The intake form's state and what its buttons do: the draft, the review (intake.quote), the
// save (intake.commit), the refusal shown and which field it marks, and where the cursor goes
// after each answer.
//
// The commit's idempotency key lives in the form's draft: made when the form opens for a
// procedure, sent with every press of "Lưu và in" (a double press posts once; a retry after an
// unanswered call is answered with the first result), replaced after a definitive refusal and
// by the next dossier's form.
import { useCallback, useContext, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakeQuote } from '../../../../shared/contract/commands';
import type { CommandError } from '../../../../shared/contract/result';
import { useApi } from '../../api/api-context';
import { newActionKey } from '../../api/client';
import { isSessionLoss } from '../../api/guarded-client';
import { fieldInvalid, issueFor, localError } from '../../hooks/use-action';
import { DraftContext, useDraft, type DraftStore } from '../../hooks/use-draft';
import { useQuery } from '../../hooks/use-query';
import { chosenProcedureDraft, type ChosenProcedure } from '../chosen-procedure';
import { initialSearch } from '../lookup/search-state';
import { useCounterDraft } from './use-counter-draft';
import type { FieldCheck } from './field-check';
import type { DoneState } from './IntakeDone';
import {
  intakeFormDraft,
  missingRequired,
  newIntakeDraft,
  sameProcedure,
  toFormInput,
  toPaymentInput,
  valueAt,
  withCodeField,
  withProcedure,
  type FormInput,
  type IntakeDraft,
  type PaperEntry,
  type PaymentInput,
} from './intake-draft';
import { useProcedureView } from './use-procedure-view';

const doneDraft = 'intake.done';
const quoteDraft = 'intake.quote';

/** The last refusal of a review or save, with what was sent: a message shows only while its field still holds that value. */
interface Failure {
  error: CommandError;
  sent: (Partial<FormInput> & { payment?: PaymentInput | null }) | null;
}

interface KeptQuote {
  /** The form input it answers (without the payment, which does not change the figures). */
  key: string;
  value: IntakeQuote;
}

/**
 * Takes over the procedure the lookup handed on ("Bắt đầu tiếp nhận"), before the form's drafts
 * are read: the same procedure keeps the form as it is, another one opens the form for it.
 */
function adoptChosen(store: DraftStore): void {
  const chosen = store.get<ChosenProcedure | null>(chosenProcedureDraft);
  if (!chosen) return;
  store.set(chosenProcedureDraft, null);
  const form = store.get<IntakeDraft>(intakeFormDraft);
  if (!form || store.get<DoneState | null>(doneDraft)) {
    store.set(intakeFormDraft, newIntakeDraft(chosen));
    store.set(doneDraft, null);
    store.set(quoteDraft, null);
  } else if (!sameProcedure(form.procedure, chosen)) {
    store.set(intakeFormDraft, withProcedure(form, chosen));
    store.set(quoteDraft, null);
  }
}

export function useIntakeForm() {
  const { t } = useTranslation();
  const api = useApi();
  const store = useContext(DraftContext);
  const [keptInPage] = useState(() => {
    adoptChosen(store);
    return store.get<IntakeDraft>(intakeFormDraft) !== undefined;
  });
  const [draft, setDraft] = useDraft<IntakeDraft>(intakeFormDraft, () => newIntakeDraft(null));
  useCounterDraft(draft, setDraft, keptInPage);
  const [done, setDone] = useDraft<DoneState | null>(doneDraft, null);
  const [quote, setQuote] = useDraft<KeptQuote | null>(quoteDraft, null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, setPending] = useState<'quote' | 'commit' | null>(null);
  const running = useRef(false);
  const settings = useQuery('intake.settings', {}, { onLedgerAppended: true });
  const tariff = useQuery('tariff.info', {});
  const shown = useProcedureView(draft.procedure);
  const container = useRef<HTMLDivElement>(null);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<'start' | 'invalid' | 'summary' | 'afterS10' | null>(null);
  const alertId = useId();

  const procedure = draft.procedure;
  const view = shown.data?.procedure ?? null;
  const papers = procedure && view ? (view.cases[procedure.caseIndex]?.papers ?? null) : null;
  const route = draft.route || settings.data?.defaultRoute || '';
  const missing = papers ? missingRequired(draft, papers) : [];
  const formInput = papers ? toFormInput(draft, papers, route) : null;
  const quoteKey = formInput ? JSON.stringify(formInput) : null;
  const currentQuote = quote && quote.key === quoteKey ? quote.value : null;
  const current = formInput ? { ...formInput, payment: toPaymentInput(draft.payment) } : null;

  const update = useCallback((patch: Partial<IntakeDraft>) => setDraft((d) => ({ ...d, ...patch })), [setDraft]);

  // The checklist on screen is the one the dossier is held to: a snapshot other than the one
  // handed over (or a case the procedure no longer has) reopens the form on what is shown.
  useEffect(() => {
    const data = shown.data;
    if (!data) return;
    setDraft((d) => {
      const p = d.procedure;
      if (!p || p.code !== data.procedure.code) return d;
      const caseIndex = p.caseIndex < data.procedure.cases.length ? p.caseIndex : 0;
      if (p.snapshotHash === data.snapshotHash && caseIndex === p.caseIndex) return d;
      return withProcedure(d, { ...p, caseIndex, snapshotHash: data.snapshotHash });
    });
  }, [shown.data, setDraft]);

  // One place moves the cursor after an answer, once the answer is on screen.
  useEffect(() => {
    const what = focusNext.current;
    if (!what) return;
    focusNext.current = null;
    const root = container.current;
    if (!root) return;
    if (what === 'start') root.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    else if (what === 'summary') summaryHeading.current?.focus();
    else if (what === 'afterS10') root.querySelector<HTMLElement>('input[name="feeExempt"]')?.focus();
    else {
      const marked = [...root.querySelectorAll<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]')];
      const first = marked.find((el) => !(el as HTMLInputElement).disabled && el.getClientRects().length > 0);
      (first ?? document.getElementById(alertId))?.focus();
    }
  });

  const check = (path: string): FieldCheck => {
    const none = { issue: undefined, invalid: false, alertId };
    const error = failure?.error ?? null;
    if (!error || !fieldInvalid(error, path)) return none;
    // Changed since the refusal: the message was about the old value.
    if (current && failure?.sent && !path.startsWith('papers') && valueAt(failure.sent, path) !== valueAt(current, path)) return none;
    return { issue: issueFor(error, path), invalid: true, alertId };
  };

  /** Paper issues name the row's position in what was sent ("papers.2", "papers.2.copies"), not in the checklist. */
  const rowCheck = (index: number): FieldCheck => {
    const at = failure?.sent?.papers?.findIndex((p) => p.index === index) ?? -1;
    return at < 0 ? { issue: undefined, invalid: false, alertId } : check(`papers.${at}`);
  };

  function refuse(error: CommandError, sent: Failure['sent']) {
    setFailure({ error: withCodeField(error), sent });
    focusNext.current = 'invalid';
  }

  /** What must be there before the counter is asked: the procedure's checklist and a recorded weight. */
  function localRefusal(): boolean {
    if (!papers) {
      refuse(localError(t('intake.review.noProcedure'), ['procedureCode']), null);
      return true;
    }
    if (!draft.weight) {
      refuse(localError(t('intake.weight.required'), ['weightSeq']), { weightSeq: null as unknown as number });
      return true;
    }
    return false;
  }

  async function review(e?: FormEvent) {
    e?.preventDefault();
    if (running.current || localRefusal() || !formInput || !quoteKey) return;
    const payment = toPaymentInput(draft.payment);
    // The figures do not depend on the payment: one not yet filled in is left out rather than refused.
    const usable = payment.method === 'cash' ? !Number.isNaN(payment.tenderedVnd) : payment.reference.trim() !== '';
    running.current = true;
    setPending('quote');
    try {
      const input = { ...formInput, payment: usable ? payment : null };
      const result = await api.call('intake.quote', input);
      if (result.ok) {
        setQuote({ key: quoteKey, value: result.value });
        setFailure(null);
        focusNext.current = 'summary';
      } else if (!isSessionLoss(result.error)) {
        refuse(result.error, input);
      }
    } finally {
      running.current = false;
      setPending(null);
    }
  }

  async function commit() {
    if (running.current || localRefusal() || !formInput || missing.length > 0) return;
    const key = draft.key;
    const input = { ...formInput, payment: toPaymentInput(draft.payment) };
    running.current = true;
    setPending('commit');
    try {
      const result = await api.call('intake.commit', { ...input, idempotencyKey: key });
      if (result.ok) {
        setDone({ result: result.value, jobId: result.value.printJobId, reprinted: null });
        setDraft(newIntakeDraft(null));
        setQuote(null);
        setFailure(null);
        focusNext.current = 'start';
        return;
      }
      // A definitive refusal ends this attempt: the corrected form is a new request with a new
      // key. Without an answer the outcome is unknown, so the retry keeps the key.
      if (result.error.code !== 'HOST_UNREACHABLE') setDraft((d) => (d.key === key ? { ...d, key: newActionKey() } : d));
      if (!isSessionLoss(result.error)) refuse(result.error, input);
    } finally {
      running.current = false;
      setPending(null);
    }
  }

  function pick(chosen: ChosenProcedure) {
    setDraft((d) => withProcedure(d, chosen));
    setQuote(null);
    setFailure(null);
    focusNext.current = 'start';
  }

  function pickCase(caseIndex: number) {
    if (procedure) setDraft((d) => withProcedure(d, { ...procedure, caseIndex }));
  }

  function dropProcedure() {
    setDraft((d) => withProcedure(d, null));
    setQuote(null);
    setFailure(null);
  }

  async function reloadLatest() {
    if (!procedure) return;
    const latest = await api.call('catalogue.show', { code: procedure.code });
    if (!latest.ok) {
      if (!isSessionLoss(latest.error)) refuse(latest.error, null);
      return;
    }
    const { procedure: p, catalogue, snapshotHash } = latest.value;
    setDraft((d) =>
      withProcedure(d, { code: p.code, name: p.name, caseIndex: Math.min(d.procedure?.caseIndex ?? 0, Math.max(p.cases.length - 1, 0)), versionId: catalogue.versionId, snapshotHash }),
    );
    setQuote(null);
    setFailure(null);
    focusNext.current = 'start';
  }

  function setPaper(index: number, entry: PaperEntry) {
    setDraft((d) => ({ ...d, papers: { ...d.papers, [String(index)]: entry } }));
  }

  /** Enter in the envelope's number field: the number kept in capitals without surrounding spaces, and on to the fees. */
  function finishS10() {
    focusNext.current = 'afterS10';
    update({ s10: draft.s10.trim().toUpperCase() });
  }

  function nextDossier() {
    store.set('intake.search', initialSearch);
    setDone(null);
    setDraft(newIntakeDraft(null));
    setQuote(null);
    setFailure(null);
  }

  /** Why "Lưu và in" cannot be pressed yet, if it cannot. */
  let blocked: string | null = null;
  if (!procedure || !papers) blocked = t('intake.review.noProcedure');
  else if (missing.length > 0) blocked = t('intake.review.blockedMissing', { count: missing.length });
  else if (!currentQuote) blocked = t('intake.review.needQuote');

  return {
    draft,
    done,
    setDone,
    procedure,
    view,
    papers,
    shown,
    settings,
    tariff,
    route,
    missing,
    /** The last review's figures, which may answer an earlier form. */
    quote: quote?.value ?? null,
    /** The review's figures if they answer the form as it is now. */
    currentQuote,
    error: failure?.error ?? null,
    pending,
    blocked,
    container,
    summaryHeading,
    alertId,
    check,
    rowCheck,
    update,
    setPaper,
    review,
    commit,
    pick,
    pickCase,
    dropProcedure,
    reloadLatest,
    finishS10,
    nextDossier,
  };
}
