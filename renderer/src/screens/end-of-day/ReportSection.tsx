// The day's report on screen: an X report while the day is open (any time, changes nothing), the
// Z report once closed — "Tạm" (provisional) in plain sight when it is one — with every figure
// drillable, the charts, and for a manager the closing of any clerk's drawer.
import { formatDay } from '../../../../shared/format';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayReport, DrawerSession } from '../../../../shared/contract/day';
import { Section } from '../../components/Section';
import { CloseDrawerForm } from './CloseDrawerForm';
import { SuccessStatus } from '../../components/Notice';
import { ReportCharts } from './ReportCharts';
import { CashTable, DossierTable, FeesTable, PostalTable, ReceiptFacts } from './ReportTables';

export function ReportSection(props: { report: DayReport; isManager: boolean; toleranceVnd: number | null }) {
  const { t } = useTranslation();
  const r = props.report;
  const [closing, setClosing] = useState<DrawerSession | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const reasons = r.provisionalReasons
    .map((p) => t(p.kind === 'printsWaiting' ? 'endOfDay.report.reasonPrintsWaiting' : 'endOfDay.report.reasonUnsynced', { count: p.count }))
    .join('; ');
  const title =
    r.state === 'closed' && r.zNumber !== null
      ? t('endOfDay.report.z', { number: r.zNumber, day: formatDay(r.day), at: r.closedAtLocal?.slice(11, 16) ?? '', name: r.closedBy?.name ?? '' })
      : t('endOfDay.report.x', { day: formatDay(r.day) });
  return (
    <Section title={t('endOfDay.report.title')}>
      {() => (
        <>
          <p className="lead">
            {title}
            {r.provisional && <span className="eod-provisional">{t('endOfDay.report.provisional')}</span>}
          </p>
          {r.provisional && <p className="notice notice--warn">{t('endOfDay.report.provisionalNote', { reasons })}</p>}
          {r.lastEntry && <p className="table-hint">{t('endOfDay.report.anchor', { seq: r.lastEntry.seq, hash: r.lastEntry.hash.slice(0, 16) })}</p>}
          <p className="section-intro">{t('endOfDay.report.drillHint')}</p>
          <CashTable report={r} canClose={props.isManager && r.state === 'open'} onCloseDrawer={setClosing} />
          <SuccessStatus message={notice} />
          {closing && (
            <CloseDrawerForm
              key={closing.drawerId}
              drawer={closing}
              toleranceVnd={props.toleranceVnd}
              signedInAsManager={props.isManager}
              title={t('endOfDay.drawer.close.titleOf', { name: closing.clerk.name })}
              onClosed={(message) => {
                setNotice(message);
                setClosing(null);
              }}
            />
          )}
          <FeesTable report={r} />
          <PostalTable report={r} />
          <DossierTable report={r} />
          <ReceiptFacts report={r} />
          <ReportCharts report={r} />
        </>
      )}
    </Section>
  );
}
