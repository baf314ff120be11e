// What a clerk can do with a saved dossier from its page: reprint the receipt (with a reason),
// download it as a PDF, correct the applicant's contact details or the return method, and void
// it with a refund (a manager's PIN at this screen when the clerk may not void alone). Each
// action opens its own small form; Escape closes it and gives focus back to its button.
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../../../shared/contract/commands';
import type { DossierDetail } from '../../../../shared/contract/dossier-register';
import { formatVnd } from '../../../../shared/format';
import { useApi } from '../../api/api-context';
import { Field } from '../../components/Field';
import { Facts } from '../../components/Facts';
import { ManagerApprovalFields, useManagers } from '../../components/ManagerApproval';
import { ErrorAlert, SuccessStatus } from '../../components/Notice';
import { issueFor, useAction } from '../../hooks/use-action';
import { currentLanguage } from '../../i18n';
import { downloadPdf } from '../lookup/download-pdf';

type Panel = 'reprint' | 'correct' | 'void' | null;
type CorrectableField = 'phone' | 'address' | 'applicantName' | 'returnMethod';
type Corrections = CommandOutput<'dossiers.corrections'>;
const correctable: readonly CorrectableField[] = ['phone', 'address', 'applicantName', 'returnMethod'];

export function DossierActions(props: { dossier: DossierDetail; onChanged(): void }) {
  const { t } = useTranslation();
  const { dossier } = props;
  const [panel, setPanel] = useState<Panel>(null);
  const [done, setDone] = useState<string | null>(null);
  const buttons = { reprint: useRef<HTMLButtonElement>(null), correct: useRef<HTMLButtonElement>(null), void: useRef<HTMLButtonElement>(null) };
  const pdf = useAction('intake.receiptPdf');
  const corrections = useCorrections(dossier.slipNumber);
  const voided = dossier.status === 'voided';

  function toggle(p: Exclude<Panel, null>) {
    setDone(null);
    setPanel((open) => (open === p ? null : p));
  }
  function close(message: string | null) {
    const was = panel;
    setPanel(null);
    setDone(message);
    if (was) buttons[was].current?.focus();
  }
  function changed(message: string) {
    close(message);
    corrections.reload();
    props.onChanged();
  }

  async function downloadReceipt() {
    setDone(null);
    const result = await pdf.run({ slipNumber: dossier.slipNumber });
    if (result?.ok) {
      downloadPdf(result.value.fileName, result.value.pdfBase64);
      setDone(t('dossierActions.pdfReady', { fileName: result.value.fileName }));
    }
  }

  return (
    <section className="panel dossier-actions" aria-label={t('dossierActions.title')}>
      {voided ? (
        <p className="dossier-actions__voided">{t('dossierActions.isVoided')}</p>
      ) : (
        <div className="actions actions--start">
          <button type="button" className="button" ref={buttons.reprint} aria-expanded={panel === 'reprint'} onClick={() => toggle('reprint')}>
            {t('dossierActions.reprint')}
          </button>
          <button type="button" className="button" aria-busy={pdf.pending} onClick={() => void downloadReceipt()}>
            {t('dossierActions.pdf')}
          </button>
          <button type="button" className="button" ref={buttons.correct} aria-expanded={panel === 'correct'} onClick={() => toggle('correct')}>
            {t('dossierActions.correct')}
          </button>
          <button type="button" className="button" ref={buttons.void} aria-expanded={panel === 'void'} onClick={() => toggle('void')}>
            {t('dossierActions.void')}
          </button>
        </div>
      )}
      {panel === 'reprint' && <ReprintForm slipNumber={dossier.slipNumber} onDone={(n) => changed(t('dossierActions.reprinted', { number: n }))} onClose={() => close(null)} />}
      {panel === 'correct' && corrections.value && (
        <CorrectForm slipNumber={dossier.slipNumber} current={corrections.value.current} onDone={(m) => changed(m)} onClose={() => close(null)} />
      )}
      {panel === 'void' && <VoidForm dossier={dossier} onDone={(m) => changed(m)} onClose={() => close(null)} />}
      <SuccessStatus message={done} />
      <ErrorAlert message={pdf.error?.message} />
      {corrections.value && corrections.value.history.length > 0 && <CorrectionHistory corrections={corrections.value} />}
    </section>
  );
}

function useCorrections(slipNumber: string) {
  const api = useApi();
  const [value, setValue] = useState<Corrections | null>(null);
  const reload = useCallback(() => {
    void api.call('dossiers.corrections', { slipNumber }).then((r) => {
      if (r.ok) setValue(r.value);
    });
  }, [api, slipNumber]);
  useEffect(reload, [reload]);
  return { value, reload };
}

/** Enter sends, Escape closes: the keys of every small form here. */
function formKeys(send: () => void, close: () => void) {
  return (e: KeyboardEvent<HTMLElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement)) {
      e.preventDefault();
      send();
    } else if (e.key === 'Escape') {
      // Closes this form only, not the page.
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  };
}

function InlineForm(props: { label: string; onKeyDown(e: KeyboardEvent<HTMLElement>): void; children: ReactNode }) {
  return (
    <div className="inline-form dossier-actions__form" role="group" aria-label={props.label} onKeyDown={props.onKeyDown}>
      {props.children}
    </div>
  );
}

function SubmitRow(props: { submit: string; pending: boolean; onSubmit(): void; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button type="button" className="button button--primary" aria-busy={props.pending} onClick={props.onSubmit}>
        {props.submit}
      </button>
      <button type="button" className="button" onClick={props.onClose}>
        {t('dossierActions.cancel')}
      </button>
    </div>
  );
}

function ReprintForm(props: { slipNumber: string; onDone(reprintNumber: number): void; onClose(): void }) {
  const { t } = useTranslation();
  const reprint = useAction('intake.reprint');
  const [reason, setReason] = useState('');
  const alertId = useId();
  async function send() {
    const result = await reprint.run({ slipNumber: props.slipNumber, reason });
    if (result?.ok) props.onDone(result.value.reprintNumber);
  }
  return (
    <InlineForm label={t('dossierActions.reprint')} onKeyDown={formKeys(() => void send(), props.onClose)}>
      <Field label={t('dossierActions.reprintReason')} hint={t('dossierActions.reprintHint')} issue={issueFor(reprint.error, 'reason')} invalid={reprint.error !== null} alertId={alertId}>
        {(c) => <input {...c} autoFocus name="reprintReason" autoComplete="off" value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <SubmitRow submit={t('dossierActions.reprintSubmit')} pending={reprint.pending} onSubmit={() => void send()} onClose={props.onClose} />
      <ErrorAlert id={alertId} message={reprint.error?.message} />
    </InlineForm>
  );
}

function CorrectForm(props: { slipNumber: string; current: Corrections['current']; onDone(message: string): void; onClose(): void }) {
  const { t } = useTranslation();
  const correct = useAction('dossiers.correct');
  const [field, setField] = useState<CorrectableField>('phone');
  const [value, setValue] = useState(props.current.phone);
  const [home, setHome] = useState(props.current.returnMethod.kind === 'home');
  const [reason, setReason] = useState('');
  const alertId = useId();

  function choose(f: CorrectableField) {
    setField(f);
    const now = props.current[f];
    if (typeof now === 'string') setValue(now);
    else {
      setHome(now.kind === 'home');
      setValue(now.kind === 'home' ? now.address : '');
    }
  }

  async function send() {
    const change =
      field === 'returnMethod'
        ? { field, value: home ? { kind: 'home' as const, address: value } : { kind: 'counter' as const } }
        : { field, value };
    const result = await correct.run({ slipNumber: props.slipNumber, reason, change });
    if (result?.ok) props.onDone(t('dossierActions.corrected', { field: t(`dossierActions.fields.${field}`) }));
  }

  const valueIssue = issueFor(correct.error, 'change.value') ?? issueFor(correct.error, 'change.value.address');
  return (
    <InlineForm label={t('dossierActions.correct')} onKeyDown={formKeys(() => void send(), props.onClose)}>
      <Field label={t('dossierActions.field')} hint={t('dossierActions.correctHint')}>
        {(c) => (
          <select {...c} autoFocus name="correctField" value={field} onChange={(e) => choose(e.target.value as CorrectableField)}>
            {correctable.map((f) => (
              <option key={f} value={f}>
                {t(`dossierActions.fields.${f}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {field === 'returnMethod' && (
        <Field label={t('dossierActions.fields.returnMethod')}>
          {(c) => (
            <select {...c} name="correctReturn" value={home ? 'home' : 'counter'} onChange={(e) => setHome(e.target.value === 'home')}>
              <option value="counter">{t('dossierActions.returnCounter')}</option>
              <option value="home">{t('dossierActions.returnHome')}</option>
            </select>
          )}
        </Field>
      )}
      {(field !== 'returnMethod' || home) && (
        <Field label={field === 'returnMethod' ? t('dossierActions.homeAddress') : t('dossierActions.value')} issue={valueIssue}>
          {(c) => <input {...c} name="correctValue" autoComplete="off" value={value} onChange={(e) => setValue(e.target.value)} />}
        </Field>
      )}
      <Field label={t('dossierActions.correctReason')} issue={issueFor(correct.error, 'reason')} invalid={correct.error !== null && valueIssue === undefined} alertId={alertId}>
        {(c) => <input {...c} name="correctReason" autoComplete="off" value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <SubmitRow submit={t('dossierActions.correctSubmit')} pending={correct.pending} onSubmit={() => void send()} onClose={props.onClose} />
      <ErrorAlert id={alertId} message={correct.error?.message} />
    </InlineForm>
  );
}

function VoidForm(props: { dossier: DossierDetail; onDone(message: string): void; onClose(): void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const voiding = useAction('dossiers.void');
  const [reason, setReason] = useState('');
  const [refundMethod, setRefundMethod] = useState<'cash' | 'transfer'>('cash');
  const managers = useManagers();
  const [managerId, setManagerId] = useState('');
  const [managerPin, setManagerPin] = useState('');
  const alertId = useId();
  const { dossier } = props;

  async function send() {
    const approval = managerId ? { managerId, managerPin } : {};
    const result = await voiding.run({ slipNumber: dossier.slipNumber, reason, refundMethod, ...approval });
    // The PIN is never kept once sent, right or wrong.
    setManagerPin('');
    if (result?.ok) {
      const { refund } = result.value;
      props.onDone(
        t('dossierActions.voided', {
          slip: result.value.slipNumber,
          amount: formatVnd(refund.totalVnd, lang),
          method: t(refund.method === 'cash' ? 'dossierActions.refundCash' : 'dossierActions.refundTransfer'),
        }),
      );
    }
  }

  return (
    <InlineForm label={t('dossierActions.void')} onKeyDown={formKeys(() => void send(), props.onClose)}>
      <p className="dossier-actions__refund">
        {t('dossierActions.refund', { amount: formatVnd(dossier.totalVnd, lang), fees: formatVnd(dossier.fees.totalVnd, lang), postal: formatVnd(dossier.postal.totalVnd, lang) })}
      </p>
      <Field label={t('dossierActions.voidReason')} issue={issueFor(voiding.error, 'reason')} invalid={voiding.error !== null} alertId={alertId}>
        {(c) => <input {...c} autoFocus name="voidReason" autoComplete="off" value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <Field label={t('dossierActions.refundMethod')}>
        {(c) => (
          <select {...c} name="refundMethod" value={refundMethod} onChange={(e) => setRefundMethod(e.target.value as 'cash' | 'transfer')}>
            <option value="cash">{t('dossierActions.refundCash')}</option>
            <option value="transfer">{t('dossierActions.refundTransfer')}</option>
          </select>
        )}
      </Field>
      <ManagerApprovalFields
        managers={managers}
        managerId={managerId}
        onManagerId={setManagerId}
        pin={managerPin}
        onPin={setManagerPin}
        labels={{ manager: t('dossierActions.manager'), none: t('dossierActions.managerNone'), pin: t('dossierActions.managerPin'), hint: t('dossierActions.managerHint') }}
        names={{ manager: 'voidManager', pin: 'voidManagerPin' }}
        issues={{ pin: issueFor(voiding.error, 'managerPin') }}
        pinOnceChosen
      />
      <SubmitRow submit={t('dossierActions.voidSubmit')} pending={voiding.pending} onSubmit={() => void send()} onClose={props.onClose} />
      <ErrorAlert id={alertId} message={voiding.error?.message} />
    </InlineForm>
  );
}

function CorrectionHistory(props: { corrections: Corrections }) {
  const { t } = useTranslation();
  const headingId = useId();
  const shown = (v: Corrections['history'][number]['before']) =>
    typeof v === 'string' ? v : v.kind === 'home' ? `${t('dossierActions.returnHome')}: ${v.address}` : t('dossierActions.returnCounter');
  const { current } = props.corrections;
  return (
    <section className="dossier-actions__history" aria-labelledby={headingId}>
      <h3>{t('dossierActions.current')}</h3>
      <Facts rows={correctable.map((f) => [t(`dossierActions.fields.${f}`), shown(current[f])])} />
      <h3 id={headingId}>{t('dossierActions.history')}</h3>
      <ol>
        {props.corrections.history.map((h) => (
          <li key={h.seq}>
            {t('dossierActions.historyRow', { field: t(`dossierActions.fields.${h.field}`), before: shown(h.before), after: shown(h.after), reason: h.reason, by: h.by ?? '—' })}
          </li>
        ))}
      </ol>
    </section>
  );
}
