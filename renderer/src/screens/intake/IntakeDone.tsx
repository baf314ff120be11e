// Đã nhận hồ sơ: the dossier as recorded — its slip number, postal item number and expected
// date, how its receipt is printing — the receipts themselves, and what the clerk can do next:
// the PDF, a reprint (with its reason), or the next dossier.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../../../shared/contract/commands';
import { formatDateTime, formatVnd } from '../../../../shared/format';
import { Field } from '../../components/Field';
import { ErrorAlert, SuccessStatus } from '../../components/Notice';
import { ReceiptPreview } from '../../components/ReceiptPreview';
import { issueFor, useAction } from '../../hooks/use-action';
import { currentLanguage } from '../../i18n';
import { formatGrams } from '../devices/scale-text';
import { downloadPdf } from '../lookup/download-pdf';
import { formatDay, printStateText } from './intake-text';
import { useDossierJobs } from './use-dossier-jobs';
import { Facts } from '../../components/Facts';

export type CommitResult = CommandOutput<'intake.commit'>;

export interface DoneState {
  result: CommitResult;
  /** The job whose state "Trạng thái in" shows: the receipt's, then the latest reprint's. */
  jobId: string | null;
  reprinted: number | null;
}

export function IntakeDone(props: { done: DoneState; onChange: (done: DoneState) => void; onNext: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { dossier, receipts } = props.done.result;
  const { jobs, printer } = useDossierJobs(dossier.slipNumber, props.done.jobId);
  const pdf = useAction('intake.receiptPdf');
  const reprint = useAction('intake.reprint');
  const [pdfMade, setPdfMade] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const reprintButton = useRef<HTMLButtonElement>(null);
  const reasonInput = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const reprintAlertId = useId();
  const ids = {
    slip: useId(),
    s10: useId(),
    due: useId(),
    print: useId(),
  };

  useEffect(() => {
    if (asking) reasonInput.current?.focus();
  }, [asking]);

  async function downloadReceipt() {
    setPdfMade(null);
    const result = await pdf.run({ slipNumber: dossier.slipNumber });
    if (result?.ok) {
      downloadPdf(result.value.fileName, result.value.pdfBase64);
      setPdfMade(result.value.fileName);
    }
  }

  async function sendReprint() {
    const result = await reprint.run({ slipNumber: dossier.slipNumber, reason });
    if (result?.ok) {
      props.onChange({ ...props.done, jobId: result.value.printJobId, reprinted: result.value.reprintNumber });
      setAsking(false);
      setReason('');
      reprintButton.current?.focus();
    }
  }

  function cancelReprint() {
    setAsking(false);
    reprint.setError(null);
    reprintButton.current?.focus();
  }

  function reasonKey(e: KeyboardEvent<HTMLInputElement>) {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      void sendReprint();
    } else if (e.key === 'Escape') {
      // Closes the question only; the area's Escape (back to the lookup) is not meant here.
      e.preventDefault();
      cancelReprint();
    }
  }

  const job = jobs?.find((j) => j.id === props.done.jobId) ?? null;
  let printText: string;
  if (props.done.jobId === null) printText = t('intake.print.noPrinter');
  else if (job) printText = printStateText(t, job, printer);
  else printText = t('intake.print.checking');
  const otherJobs = (jobs ?? []).filter((j) => j.id !== props.done.jobId);

  const payment = dossier.payment;
  const rows: [string, string][] = [
    [t('intake.done.procedure'), dossier.procedureName],
    [t('intake.done.applicant'), dossier.applicantName],
    [t('intake.done.receivedAt'), formatDateTime(dossier.receivedAt, lang)],
    [t('intake.done.weight'), formatGrams(dossier.weightGrams, lang)],
    [t('intake.done.total'), formatVnd(dossier.totalVnd, lang)],
  ];
  if (payment.method === 'cash') {
    rows.push([t('intake.done.tendered'), formatVnd(payment.tenderedVnd, lang)]);
    rows.push([t('intake.done.change'), formatVnd(payment.changeVnd, lang)]);
  } else {
    rows.push([t('intake.done.transfer'), payment.reference]);
  }

  return (
    <section className="panel intake-done" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1} data-autofocus="" className="intake-done__title">
        <span aria-hidden="true">✓ </span>
        {t('intake.done.title')}
      </h2>
      <dl className="intake-done__key">
        <div>
          <dt id={ids.slip}>{t('intake.done.slipNumber')}</dt>
          <dd>
            <output aria-labelledby={ids.slip} className="intake-done__slip">
              {dossier.slipNumber}
            </output>
          </dd>
        </div>
        <div>
          <dt id={ids.s10}>{t('intake.done.s10')}</dt>
          <dd>
            <output aria-labelledby={ids.s10}>{dossier.s10}</output>
          </dd>
        </div>
        <div>
          <dt id={ids.due}>{t('intake.done.dueDate')}</dt>
          <dd>
            <output aria-labelledby={ids.due}>{formatDay(dossier.dueDate, lang)}</output>
          </dd>
        </div>
        <div>
          <dt id={ids.print}>{t('intake.done.printState')}</dt>
          <dd>
            <output aria-labelledby={ids.print} className={`intake-done__print intake-done__print--${job?.state ?? 'none'}`}>
              {printText}
            </output>
          </dd>
        </div>
      </dl>
      {otherJobs.length > 0 && (
        <ul className="intake-done__jobs">
          {otherJobs.map((j) => (
            <li key={j.id}>
              {t(j.kind === 'reprint' ? 'intake.print.reprintJob' : 'intake.print.receiptJob', { state: printStateText(t, j, printer) })}
            </li>
          ))}
        </ul>
      )}
      <Facts rows={rows} className="intake-done__facts" />

      <div className="actions actions--start intake-done__actions">
        <button type="button" className="button" aria-busy={pdf.pending} onClick={() => void downloadReceipt()}>
          {t('intake.done.pdf')}
        </button>
        <button
          type="button"
          className="button"
          ref={reprintButton}
          aria-expanded={asking}
          onClick={() => (asking ? cancelReprint() : setAsking(true))}
        >
          {t('intake.done.reprint')}
        </button>
        <button type="button" className="button button--primary" onClick={props.onNext}>
          {t('intake.done.next')}
        </button>
      </div>
      {asking && (
        <div className="inline-form intake-done__reprint" role="group" aria-label={t('intake.done.reprint')}>
          <Field
            label={t('intake.done.reprintReason')}
            hint={t('intake.done.reprintHint')}
            issue={issueFor(reprint.error, 'reason')}
            invalid={reprint.error !== null}
            alertId={reprintAlertId}
          >
            {(c) => (
              <input {...c} ref={reasonInput} name="reprintReason" autoComplete="off" value={reason} onChange={(e) => setReason(e.target.value)} onKeyDown={reasonKey} />
            )}
          </Field>
          <div className="actions">
            <button type="button" className="button button--primary" aria-busy={reprint.pending} onClick={() => void sendReprint()}>
              {t('intake.done.reprintSubmit')}
            </button>
            <button type="button" className="button" onClick={cancelReprint}>
              {t('intake.done.reprintCancel')}
            </button>
          </div>
          <ErrorAlert id={reprintAlertId} message={reprint.error?.message} />
        </div>
      )}
      <SuccessStatus message={props.done.reprinted !== null ? t('intake.done.reprinted', { number: props.done.reprinted }) : null} />
      <SuccessStatus message={pdfMade && t('intake.done.pdfReady', { fileName: pdfMade })} />
      <ErrorAlert message={pdf.error?.message} />

      {receipts.length > 0 && (
        <>
          <h3 className="intake-done__receipts-title">{t('intake.done.receipts')}</h3>
          <div className="intake-done__receipts">
            {receipts.map((doc, i) => (
              <ReceiptPreview key={i} document={doc} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
