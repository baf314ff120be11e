// Tiếp nhận hồ sơ: one scrolling form from the procedure to the receipt — the checklist as
// handed over, the applicant, the service, the envelope's weight and number, fees, payment —
// then the review (intake.quote) and "Lưu và in" (intake.commit), and the dossier received.
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
import { ErrorAlert } from '../../components/Notice';
import { Section } from '../../components/Section';
import { fieldInvalid, issueFor, localError } from '../../hooks/use-action';
import { DraftContext, useDraft, type DraftStore } from '../../hooks/use-draft';
import { useQuery } from '../../hooks/use-query';
import type { AreaId } from '../areas';
import { chosenProcedureDraft, type ChosenProcedure } from '../chosen-procedure';
import { initialSearch } from '../lookup/search-state';
import { ApplicantSection } from './ApplicantSection';
import { FeesSection } from './FeesSection';
import type { FieldCheck } from './field-check';
import { IntakeDone, type DoneState } from './IntakeDone';
import { IntakeSummary } from './IntakeSummary';
import {
  intakeFormDraft,
  missingRequired,
  newIntakeDraft,
  paperEntry,
  sameProcedure,
  toFormInput,
  toPaymentInput,
  valueAt,
  withCodeField,
  withProcedure,
  type FormInput,
  type IntakeDraft,
  type PaymentInput,
} from './intake-draft';
import { PaperChecklist } from './PaperChecklist';
import { PaymentSection } from './PaymentSection';
import { ProcedureSection } from './ProcedureSection';
import { RecentDossiers } from './RecentDossiers';
import { ServiceSection } from './ServiceSection';
import { useProcedureView } from './use-procedure-view';
import { WeightSection } from './WeightSection';

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

export function IntakeArea(props: { onOpenArea: (id: AreaId) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const store = useContext(DraftContext);
  useState(() => adoptChosen(store));
  const [draft, setDraft] = useDraft<IntakeDraft>(intakeFormDraft, () => newIntakeDraft(null));
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
  const missingId = useId();
  const blockedId = useId();
  const { onOpenArea } = props;

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

  // Escape goes back to the lookup (the form is kept as it is).
  const away = procedure !== null || done !== null;
  useEffect(() => {
    if (!away) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || e.isComposing || e.altKey || e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      onOpenArea('lookup');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [away, onOpenArea]);

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

  function nextDossier() {
    store.set('intake.search', initialSearch);
    setDone(null);
    setDraft(newIntakeDraft(null));
    setQuote(null);
    setFailure(null);
  }

  let blocked: string | null = null;
  if (!procedure || !papers) blocked = t('intake.review.noProcedure');
  else if (missing.length > 0) blocked = t('intake.review.blockedMissing', { count: missing.length });
  else if (!currentQuote) blocked = t('intake.review.needQuote');

  return (
    <div className="intake" ref={container}>
      {away && (
        <div className="actions actions--start">
          <button type="button" className="button button--small" aria-keyshortcuts="Escape" onClick={() => onOpenArea('lookup')}>
            <span aria-hidden="true">←</span> {t('intake.back')}
            <kbd className="key" aria-hidden="true">
              {t('intake.backHint')}
            </kbd>
          </button>
        </div>
      )}
      {done ? (
        <IntakeDone done={done} onChange={setDone} onNext={nextDossier} />
      ) : (
        <form className="intake-form" noValidate onSubmit={(e) => void review(e)} aria-busy={pending !== null}>
          <ErrorAlert message={settings.error ?? tariff.error} />
          <ProcedureSection
            procedure={procedure}
            shown={shown.data}
            loadError={shown.error}
            onPick={pick}
            onCase={(caseIndex) => {
              if (procedure) setDraft((d) => withProcedure(d, { ...procedure, caseIndex }));
            }}
            onChange={() => {
              setDraft((d) => withProcedure(d, null));
              setQuote(null);
              setFailure(null);
            }}
            onReloadLatest={() => void reloadLatest()}
            check={check}
          />
          {procedure && (
            <>
              <PaperChecklist
                code={procedure.code}
                caseIndex={procedure.caseIndex}
                papers={papers}
                entry={(index, paper) => paperEntry(draft, index, paper)}
                onEntry={(index, entry) => setDraft((d) => ({ ...d, papers: { ...d.papers, [String(index)]: entry } }))}
                missing={missing}
                applicantName={draft.applicant.name}
                missingId={missingId}
                check={check}
                rowCheck={rowCheck}
              />
              <ApplicantSection
                draft={draft}
                onChange={(applicant) => update({ applicant })}
                check={check}
                showAll={failure !== null}
              />
              <ServiceSection draft={draft} onChange={update} settings={settings.data} route={route} check={check} />
              <WeightSection
                draft={draft}
                onWeight={(weight) => update({ weight })}
                onS10={(s10) => update({ s10 })}
                settings={settings.data}
                check={check}
                showAll={failure !== null}
                onS10Done={() => {
                  focusNext.current = 'afterS10';
                  update({ s10: draft.s10.trim().toUpperCase() });
                }}
              />
              <FeesSection draft={draft} onChange={update} fees={view?.fees ?? []} tariff={tariff.data} check={check} />
              <PaymentSection
                payment={draft.payment}
                onChange={(payment) => update({ payment })}
                totalVnd={currentQuote?.totalVnd ?? null}
                check={check}
              />
              <Section title={t('intake.review.title')} className="intake-section intake-review">
                {() => (
                  <>
                    <div className="actions actions--start">
                      <button type="submit" className="button" aria-busy={pending === 'quote'}>
                        {t('intake.review.quote')}
                      </button>
                    </div>
                    {quote && <IntakeSummary ref={summaryHeading} quote={quote.value} stale={!currentQuote} />}
                    <ErrorAlert id={alertId} message={failure?.error.message} />
                    {failure?.error.code === 'IDEMPOTENCY_CONFLICT' && <p className="notice notice--warn">{t('intake.review.conflict')}</p>}
                    {blocked && (
                      <p className="intake-review__blocked" id={blockedId}>
                        {blocked}
                      </p>
                    )}
                    <div className="actions actions--start">
                      <button
                        type="button"
                        className="button button--primary button--large"
                        disabled={blocked !== null}
                        aria-describedby={blocked ? [blockedId, missing.length > 0 ? missingId : null].filter(Boolean).join(' ') : undefined}
                        aria-busy={pending === 'commit'}
                        onClick={() => void commit()}
                      >
                        {t('intake.review.commit')}
                      </button>
                    </div>
                  </>
                )}
              </Section>
            </>
          )}
        </form>
      )}
      <RecentDossiers />
    </div>
  );
}
