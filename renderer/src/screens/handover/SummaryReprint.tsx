// "In lại bản tóm tắt": a signed batch's thermal summary printed again on the receipt printer,
// with the reason the clerk types (it is recorded and printed on the paper with the reprint's
// number). Keyboard first: the button opens the reason field focused, Enter prints, Escape
// closes the form and gives focus back to the button.
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { ErrorAlert, SuccessStatus } from '../../components/Notice';
import { issueFor, useAction } from '../../hooks/use-action';

export function SummaryReprint(props: { batchNumber: string }) {
  const { t } = useTranslation();
  const reprint = useAction('handover.reprintSummary');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const alertId = useId();

  function close() {
    setOpen(false);
    reprint.setError(null);
    button.current?.focus();
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = await reprint.run({ batchNumber: props.batchNumber, reason });
    if (!result?.ok) return;
    setDone(t('batches.reprint.done', { number: result.value.reprintNumber }));
    setReason('');
    close();
  }

  function keys(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key !== 'Escape') return;
    // Closes this form only, not the screen.
    e.preventDefault();
    e.stopPropagation();
    close();
  }

  return (
    <div className="handover__reprint">
      <div className="actions">
        <button
          type="button"
          className="button"
          ref={button}
          aria-expanded={open}
          onClick={() => {
            setDone(null);
            setOpen(!open);
          }}
        >
          {t('batches.reprint.open')}
        </button>
      </div>
      {open && (
        <form className="inline-form" aria-label={t('batches.reprint.open')} onSubmit={submit} onKeyDown={keys} noValidate aria-busy={reprint.pending}>
          <Field label={t('batches.reprint.reason')} hint={t('batches.reprint.hint')} issue={issueFor(reprint.error, 'reason')} invalid={reprint.error !== null} alertId={alertId}>
            {(c) => <input {...c} autoFocus name="summaryReprintReason" autoComplete="off" value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
          <div className="actions">
            <button type="submit" className="button button--primary">
              {t('batches.reprint.submit')}
            </button>
            <button type="button" className="button" onClick={close}>
              {t('batches.reprint.cancel')}
            </button>
          </div>
          <ErrorAlert id={alertId} message={reprint.error?.message} />
        </form>
      )}
      {done && <SuccessStatus message={done} />}
    </div>
  );
}
