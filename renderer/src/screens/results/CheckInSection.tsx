// Results back from the agency, scanned one by one in a check-in session (one delivery from the
// agency); the session's record (Biên bản giao nhận kết quả) lists them all.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context';
import { newActionKey } from '../../api/client';
import { ErrorAlert, SuccessStatus } from '../../components/Notice';
import { Field } from '../../components/Field';
import { Section } from '../../components/Section';
import { issueFor, useAction } from '../../hooks/use-action';
import { parseWhole } from '../intake/intake-draft';
import { downloadPdf } from '../lookup/download-pdf';
import { splitPapers } from './split-papers';

export function CheckInSection() {
  const { t } = useTranslation();
  const api = useApi();
  const action = useAction('results.checkIn');
  // One session per opening of the screen: what arrives together is listed on one record.
  const [session] = useState(() => `ss-${newActionKey()}`);
  const [scan, setScan] = useState('');
  const [paper, setPaper] = useState('');
  const [count, setCount] = useState('1');
  const [originals, setOriginals] = useState('');
  const [reclaim, setReclaim] = useState('');
  const [fee, setFee] = useState('0');
  const [done, setDone] = useState<{ slip: string; count: number } | null>(null);
  const [recordError, setRecordError] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    const result = await action.run({
      scan,
      session,
      resultPapers: paper.trim() ? [{ name: paper, count: Number(count) }] : [],
      originalsToReturn: splitPapers(originals),
      papersToReclaim: splitPapers(reclaim),
      feeDueVnd: fee.trim() === '' ? 0 : parseWhole(fee),
    });
    if (result?.ok) {
      setDone({ slip: result.value.result.slipNumber, count: result.value.sessionCount });
      setScan('');
      setOriginals('');
      setReclaim('');
      setFee('0');
    }
    first.current?.focus();
  }

  async function record() {
    const result = await api.call('results.checkInRecord', { session });
    setRecordError(result.ok ? null : result.error.message);
    if (result.ok) downloadPdf(result.value.fileName, result.value.pdfBase64);
  }

  return (
    <Section title={t('results.checkIn.title')}>
      {() => (
        <form onSubmit={submit} noValidate aria-busy={action.pending}>
          <div className="form-grid">
            <Field label={t('results.checkIn.scan')} hint={t('results.checkIn.scanHint')} issue={issueFor(action.error, 'scan')}>
              {(c) => <input {...c} ref={first} name="checkInScan" autoComplete="off" spellCheck={false} value={scan} onChange={(e) => setScan(e.target.value)} />}
            </Field>
            <Field label={t('results.checkIn.papers')} hint={t('results.checkIn.papersHint')} issue={issueFor(action.error, 'resultPapers')}>
              {(c) => <input {...c} name="resultPaper" autoComplete="off" value={paper} onChange={(e) => setPaper(e.target.value)} />}
            </Field>
            <Field label={t('results.checkIn.count')}>
              {(c) => <input {...c} name="resultCount" inputMode="numeric" value={count} onChange={(e) => setCount(e.target.value)} />}
            </Field>
            <Field label={t('results.checkIn.originals')} hint={t('results.checkIn.listHint')} issue={issueFor(action.error, 'originalsToReturn')}>
              {(c) => <input {...c} name="originalsToReturn" autoComplete="off" value={originals} onChange={(e) => setOriginals(e.target.value)} />}
            </Field>
            <Field label={t('results.checkIn.reclaim')} hint={t('results.checkIn.listHint')} issue={issueFor(action.error, 'papersToReclaim')}>
              {(c) => <input {...c} name="papersToReclaim" autoComplete="off" value={reclaim} onChange={(e) => setReclaim(e.target.value)} />}
            </Field>
            <Field label={t('results.checkIn.feeDue')} issue={issueFor(action.error, 'feeDueVnd')}>
              {(c) => <input {...c} name="feeDue" inputMode="numeric" autoComplete="off" value={fee} onChange={(e) => setFee(e.target.value)} />}
            </Field>
          </div>
          <ErrorAlert message={action.error?.message} />
          <SuccessStatus message={done ? t('results.checkIn.done', { slip: done.slip, count: done.count }) : null} />
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={action.pending}>
              {t('results.checkIn.submit')}
            </button>
            {done && (
              <button type="button" className="button" onClick={() => void record()}>
                {t('results.checkIn.record')}
              </button>
            )}
          </div>
          <ErrorAlert message={recordError} />
        </form>
      )}
    </Section>
  );
}
