// Alt+4 "Kết thúc ngày": the clerk's drawer (open, cash in/out, count and close), the day's X
// report with every figure drillable to its entries and on to the dossier page, the charts, and
// the manager's Z close with the PDF and CSV downloads.
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../../shared/contract/commands';
import { Field } from '../../components/Field';
import { useQuery } from '../../hooks/use-query';
import { CloseDaySection } from './CloseDaySection';
import { DrawerSection } from './DrawerSection';
import { DrillContext, type DrillRequest } from './drill-context';
import { DrillList } from './DrillList';
import { OfficeDaySection } from './OfficeDaySection';
import { ReportSection } from './ReportSection';
import { ToleranceForm } from './ToleranceForm';
import './end-of-day.css';

export function EndOfDayArea(props: { user: SessionUser }) {
  const { t } = useTranslation();
  const isManager = props.user.role === 'manager';
  const settings = useQuery('day.settings', {});
  // Today unless the person asks for another day (typed as YYYY-MM-DD in the date box).
  const [day, setDay] = useState<string | null>(null);
  const [dayTyped, setDayTyped] = useState('');
  const report = useQuery('day.xReport', day ? { day } : {}, { onLedgerAppended: true });
  const [drill, setDrill] = useState<DrillRequest | null>(null);
  // Closing a drill-down puts the cursor back on the figure it was opened from.
  const opener = useRef<HTMLElement | null>(null);
  const openDrill = useCallback((request: DrillRequest) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setDrill(request);
  }, []);
  const closeDrill = useCallback(() => {
    setDrill(null);
    opener.current?.focus();
  }, []);
  const toleranceVnd = settings.data?.toleranceVnd ?? null;

  function show(e: FormEvent) {
    e.preventDefault();
    setDay(dayTyped === '' ? null : dayTyped);
  }

  return (
    <DrillContext.Provider value={openDrill}>
      <p className="lead">{t('endOfDay.intro')}</p>
      <DrawerSection toleranceVnd={toleranceVnd} signedInAsManager={isManager} />
      {isManager && <ToleranceForm toleranceVnd={toleranceVnd} onSaved={settings.reload} />}
      <form className="inline-form" onSubmit={show} noValidate>
        <Field label={t('endOfDay.report.day')}>
          {(c) => <input {...c} name="reportDay" type="date" value={dayTyped} onChange={(e) => setDayTyped(e.target.value)} />}
        </Field>
        <div className="actions">
          <button type="submit" className="button">
            {t('endOfDay.report.show')}
          </button>
        </div>
      </form>
      {report.error && <p className="notice notice--error">{report.error}</p>}
      {!report.data && !report.error && <p>{t('endOfDay.loading')}</p>}
      {report.data && (
        <>
          <ReportSection report={report.data} isManager={isManager} toleranceVnd={toleranceVnd} />
          {drill && <DrillList request={drill} onClose={closeDrill} />}
          <CloseDaySection report={report.data} isManager={isManager} />
          {isManager && <OfficeDaySection day={report.data.day} />}
        </>
      )}
    </DrillContext.Provider>
  );
}
