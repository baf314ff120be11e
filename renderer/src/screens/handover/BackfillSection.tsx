// After the handover: what the one-stop department said of a dossier — its dossier code and
// appointment day (typed, or scanned from its Form 01), a refusal or a supplement request with
// the reason, or the supplement brought.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoverOutcome } from '../../../../shared/contract/handover';
import { dossierStatusLabels, type Lang } from '../../../../shared/contract/messages';
import { ErrorAlert, SuccessStatus } from '../../components/Notice';
import { Field } from '../../components/Field';
import { Section } from '../../components/Section';
import { issueFor, useAction } from '../../hooks/use-action';

type Kind = HandoverOutcome['kind'];
const kinds: readonly Kind[] = ['accepted', 'supplementRequested', 'supplementCompleted', 'refused'];

export function BackfillSection() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const action = useAction('handover.backfill');
  const [scan, setScan] = useState('');
  const [kind, setKind] = useState<Kind>('accepted');
  const [code, setCode] = useState('');
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);

  function outcome(): HandoverOutcome {
    switch (kind) {
      case 'accepted':
        return { kind, departmentCode: code, appointmentDate: date.trim() === '' ? null : date };
      case 'refused':
      case 'supplementRequested':
        return { kind, reason };
      case 'supplementCompleted':
        return { kind };
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    const result = await action.run({ scan, outcome: outcome() });
    if (result?.ok) {
      setDone(t('batches.backfill.saved', { slip: result.value.slipNumber, status: dossierStatusLabels[result.value.status][lang] }));
      setScan('');
      setCode('');
      setDate('');
      setReason('');
      first.current?.focus();
    }
  }

  return (
    <Section title={t('batches.backfill.title')}>
      {() => (
        <form onSubmit={submit} noValidate aria-busy={action.pending}>
          <div className="form-grid">
            <Field label={t('batches.backfill.scan')} issue={issueFor(action.error, 'scan')}>
              {(c) => <input {...c} ref={first} name="backfillScan" autoComplete="off" spellCheck={false} value={scan} onChange={(e) => setScan(e.target.value)} />}
            </Field>
            <Field label={t('batches.backfill.kind')}>
              {(c) => (
                <select {...c} name="kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
                  {kinds.map((k) => (
                    <option key={k} value={k}>
                      {t(`batches.backfill.kinds.${k}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {kind === 'accepted' && (
              <>
                <Field label={t('batches.backfill.code')} hint={t('batches.backfill.codeHint')} issue={issueFor(action.error, 'outcome.departmentCode')}>
                  {(c) => <input {...c} name="departmentCode" autoComplete="off" spellCheck={false} value={code} onChange={(e) => setCode(e.target.value)} />}
                </Field>
                <Field label={t('batches.backfill.date')} issue={issueFor(action.error, 'outcome.appointmentDate')}>
                  {(c) => <input {...c} name="appointmentDate" type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
                </Field>
              </>
            )}
            {(kind === 'refused' || kind === 'supplementRequested') && (
              <Field label={t('batches.backfill.reason')} className="span-2" issue={issueFor(action.error, 'outcome.reason')}>
                {(c) => <input {...c} name="reason" autoComplete="off" value={reason} onChange={(e) => setReason(e.target.value)} />}
              </Field>
            )}
          </div>
          <div className="actions">
            <button type="submit" className="button button--primary">
              {t('batches.backfill.save')}
            </button>
          </div>
          <ErrorAlert message={action.error?.message} />
          <SuccessStatus message={done} />
        </form>
      )}
    </Section>
  );
}
