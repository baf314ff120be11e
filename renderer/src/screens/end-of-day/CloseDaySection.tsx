// The Z report: the manager closes the day. With print jobs still waiting (or entries not yet
// synced) the counter closes only provisionally, marked as such and re-issued once they clear;
// then the day's PDF and CSV tables can be downloaded.
import { formatDay } from '../../../../shared/format';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayReport } from '../../../../shared/contract/day';
import { useApi } from '../../api/api-context';
import { ErrorAlert, SuccessStatus } from '../../components/Notice';
import { Section } from '../../components/Section';
import { useAction } from '../../hooks/use-action';
import { downloadPdf } from '../lookup/download-pdf';
import { downloadFile } from '../download-file';

export function CloseDaySection(props: { report: DayReport; isManager: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  const closing = useAction('day.close');
  const [provisional, setProvisional] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const r = props.report;
  const openDrawers = r.drawers.filter((d) => d.close === null).length;
  // A provisional close is closed again (re-issued) once its prints or syncs have cleared.
  const closable = r.state === 'open' || r.provisional;

  async function close(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    const result = await closing.run({ day: r.day, provisional });
    if (result?.ok) {
      const v = result.value;
      setDone(t(v.provisional ? 'endOfDay.close.doneProvisional' : 'endOfDay.close.done', { day: formatDay(v.day), number: v.zNumber }));
    }
  }

  async function pdf() {
    const result = await api.call('day.reportPdf', { day: r.day });
    setDownloadError(result.ok ? null : result.error.message);
    if (result.ok) downloadPdf(result.value.fileName, result.value.pdfBase64);
  }

  async function csv() {
    const result = await api.call('day.csv', { day: r.day });
    setDownloadError(result.ok ? null : result.error.message);
    // Each table's text already starts with the byte-order mark Excel needs to read Vietnamese as UTF-8.
    if (result.ok) for (const file of result.value.files) downloadFile(file.fileName, file.csv, 'text/csv;charset=utf-8');
  }

  return (
    <Section title={t('endOfDay.close.title')}>
      {() => (
        <>
          <p>{t('endOfDay.close.explain')}</p>
          {closable && !props.isManager && <p>{t('endOfDay.close.managerOnly')}</p>}
          {closable && props.isManager && (
            <form onSubmit={close} noValidate aria-busy={closing.pending} aria-label={t('endOfDay.close.title')}>
              {openDrawers > 0 && <p className="notice notice--warn">{t('endOfDay.close.openDrawers', { count: openDrawers })}</p>}
              <label className="checkbox">
                <input type="checkbox" name="provisional" checked={provisional} onChange={(e) => setProvisional(e.target.checked)} /> {t('endOfDay.close.provisional')}
              </label>
              <ErrorAlert message={closing.error?.message} />
              <div className="actions actions--start">
                <button type="submit" className="button button--primary">
                  {t(r.state === 'open' ? 'endOfDay.close.submit' : 'endOfDay.close.reissue', { day: formatDay(r.day) })}
                </button>
              </div>
            </form>
          )}
          <SuccessStatus message={done} />
          <ErrorAlert message={downloadError} />
          <div className="actions actions--start">
            <button type="button" className="button" onClick={() => void pdf()}>
              {t('endOfDay.close.pdf')}
            </button>
            <button type="button" className="button" onClick={() => void csv()}>
              {t('endOfDay.close.csv')}
            </button>
          </div>
        </>
      )}
    </Section>
  );
}
