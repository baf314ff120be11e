// The pictures a manager would rather look at than read: dossiers received per hour (the same
// hours the Z report's PDF draws, `day.hours`), money per agency and per service.
import { useTranslation } from 'react-i18next';
import type { DayReport } from '../../../../shared/contract/day';
import { useQuery } from '../../hooks/use-query';
import { AmountBars } from './AmountBars';
import { HourChart } from './HourChart';
import { useServiceName } from './ReportTables';

export function ReportCharts(props: { report: DayReport }) {
  const { t } = useTranslation();
  const serviceName = useServiceName();
  const r = props.report;
  const hours = useQuery('day.hours', { day: r.day }, { onLedgerAppended: true });
  return (
    <section aria-label={t('endOfDay.report.charts')} className="eod-charts">
      <HourChart title={t('endOfDay.report.perHour')} hours={hours.data?.hours ?? []} />
      <AmountBars title={t('endOfDay.report.perAgency')} bars={r.feesOnBehalf.map((a) => ({ label: a.agency, amountVnd: a.collected.vnd - a.refunded.vnd }))} />
      <AmountBars title={t('endOfDay.report.perService')} bars={r.postalRevenue.map((s) => ({ label: serviceName(s.service), amountVnd: s.netVnd }))} />
    </section>
  );
}

