// The office view (managers): this counter's day file to take to the others, the others' day
// files imported here, and every counter's day side by side with the office's totals. The
// counter checks each file's signature and origin; this screen only shows what it answers.
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeCounterDay } from '../../../../shared/contract/day-output';
import type { Lang } from '../../../../shared/contract/messages';
import { formatDay, formatVnd } from '../../../../shared/format';
import { useApi } from '../../api/api-context';
import { Field } from '../../components/Field';
import { ErrorAlert, SuccessStatus } from '../../components/Notice';
import { Section } from '../../components/Section';
import { useAction } from '../../hooks/use-action';
import { useQuery } from '../../hooks/use-query';
import { downloadFile } from '../download-file';

export function OfficeDaySection(props: { day: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const api = useApi();
  const office = useQuery('office.day', { day: props.day }, { onLedgerAppended: true });
  const importing = useAction('office.importDay');
  const [messages, setMessages] = useState<string[]>([]);
  const [exportError, setExportError] = useState<string | null>(null);
  const vnd = (n: number | null) => (n === null ? t('officeView.notCounted') : formatVnd(n, lang));

  async function exportFile() {
    setMessages([]);
    const result = await api.call('office.exportDay', { day: props.day });
    setExportError(result.ok ? null : result.error.message);
    if (!result.ok) return;
    downloadFile(result.value.fileName, result.value.content, 'application/json');
    setMessages([t('officeView.exported', { file: result.value.fileName, fingerprint: result.value.keyFingerprint })]);
  }

  async function importFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    // The same file can be chosen again after a refusal.
    e.target.value = '';
    if (!file) return;
    setMessages([]);
    const result = await importing.run({ content: await file.text() });
    if (!result?.ok) return;
    const v = result.value;
    const done = t(v.replaced ? 'officeView.importedReplaced' : 'officeView.imported', { day: formatDay(v.day), counter: v.counterNumber });
    setMessages(v.firstFromCounter ? [done, t('officeView.firstKey', { counter: v.counterNumber, fingerprint: v.keyFingerprint })] : [done]);
  }

  function state(c: OfficeCounterDay): string {
    if (c.state === 'open') return t('officeView.stateX');
    return t(c.provisional ? 'officeView.stateZProvisional' : 'officeView.stateZ', { number: c.zNumber });
  }

  return (
    <Section title={t('officeView.title')} className="office-day">
      {() => (
        <>
          <p>{t('officeView.explain')}</p>
          <div className="actions actions--start">
            <button type="button" className="button" onClick={() => void exportFile()}>
              {t('officeView.export')}
            </button>
          </div>
          <ErrorAlert message={exportError} />
          <Field label={t('officeView.importFile')} hint={t('officeView.importHint')}>
            {(c) => <input {...c} name="dayFile" type="file" accept=".json,application/json" onChange={(e) => void importFile(e)} aria-busy={importing.pending} />}
          </Field>
          <ErrorAlert message={importing.error?.message} />
          {messages.map((m) => (
            <SuccessStatus key={m} message={m} />
          ))}
          {office.error && <p className="notice notice--error">{office.error}</p>}
          {!office.data && !office.error && <p>{t('officeView.loading')}</p>}
          {office.data && (
            <div className="table-wrap">
              <table className="table" aria-label={t('officeView.title')}>
                <thead>
                  <tr>
                    <th scope="col">{t('officeView.counter')}</th>
                    <th scope="col">{t('officeView.state')}</th>
                    <th scope="col" className="num">{t('officeView.dossiers')}</th>
                    <th scope="col" className="num">{t('officeView.notHandedOver')}</th>
                    <th scope="col" className="num">{t('officeView.expectedCash')}</th>
                    <th scope="col" className="num">{t('officeView.difference')}</th>
                    <th scope="col" className="num">{t('officeView.fees')}</th>
                    <th scope="col" className="num">{t('officeView.postal')}</th>
                  </tr>
                </thead>
                <tbody>
                  {office.data.counters.map((c) => (
                    <tr key={c.counterNumber}>
                      <th scope="row">
                        {c.counterNumber} ({c.source === 'this' ? t('officeView.thisCounter') : t('officeView.importedAt', { at: c.importedAtLocal })})
                      </th>
                      <td>{state(c)}</td>
                      <td className="num">{c.dossiersReceived}</td>
                      <td className="num">{c.notHandedOver}</td>
                      <td className="num">{vnd(c.expectedCashVnd)}</td>
                      <td className="num">{vnd(c.differenceVnd)}</td>
                      <td className="num">{vnd(c.feesVnd)}</td>
                      <td className="num">{vnd(c.postalVnd)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={2}>
                      {t('officeView.total')}
                    </th>
                    <td className="num">{office.data.totals.dossiersReceived}</td>
                    <td className="num">{office.data.totals.notHandedOver}</td>
                    <td className="num">{vnd(office.data.totals.expectedCashVnd)}</td>
                    <td className="num">{vnd(office.data.totals.differenceVnd)}</td>
                    <td className="num">{vnd(office.data.totals.feesVnd)}</td>
                    <td className="num">{vnd(office.data.totals.postalVnd)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          )}
        </>
      )}
    </Section>
  );
}
