// The overdue lists (Alt+3): open dossiers past their due date, one table per step, then those at
// the agency with no result by the due date and results back that have not reached the citizen
// after the days chosen. Read-only; follows the ledger as it grows.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayVi } from '../../../../shared/calendar/day';
import type { CommandOutput } from '../../../../shared/contract/commands';
import { dossierStatusLabels, type Lang } from '../../../../shared/contract/messages';
import { defaultUncollectedDays } from '../../../../shared/dossier/overdue';
import { ErrorAlert } from '../../components/Notice';
import { Field } from '../../components/Field';
import { Section } from '../../components/Section';
import { useQuery } from '../../hooks/use-query';

type Output = CommandOutput<'dossiers.overdue'>;
type List = Output['uncollected'];

export function OverdueSection() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [typed, setTyped] = useState(String(defaultUncollectedDays));
  const [days, setDays] = useState(defaultUncollectedDays);
  const query = useQuery('dossiers.overdue', { uncollectedDays: days }, { onLedgerAppended: true });
  const o = query.data;

  function submit(e: FormEvent) {
    e.preventDefault();
    // Whole days only; anything else is sent as typed so the counter's message names the rule.
    setDays(/^\d{1,3}$/.test(typed.trim()) ? Number(typed.trim()) : Number.NaN);
    query.reload();
  }

  return (
    <Section title={t('overdue.title')}>
      {() => (
        <>
          <form onSubmit={submit} noValidate aria-label={t('overdue.title')}>
            <div className="form-grid">
              <Field label={t('overdue.days')}>
                {(c) => <input {...c} name="uncollectedDays" inputMode="numeric" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />}
              </Field>
            </div>
            <div className="actions">
              <button type="submit" className="button">
                {t('overdue.refresh')}
              </button>
            </div>
          </form>
          <ErrorAlert message={query.error} />
          {o && (
            <>
              <p>{t('overdue.asOf', { day: formatDayVi(o.today) })}</p>
              {o.byStatus.length === 0 && <p role="status">{t('overdue.none')}</p>}
              {o.byStatus.map((g) => (
                <OverdueTable key={g.status} title={t('overdue.byStatus', { status: dossierStatusLabels[g.status][lang], total: g.total })} list={g} />
              ))}
              <OverdueTable title={t('overdue.awaitingAgency', { total: o.awaitingAgency.total })} list={o.awaitingAgency} />
              <OverdueTable title={t('overdue.uncollected', { days: o.uncollectedDays, total: o.uncollected.total })} list={o.uncollected} />
            </>
          )}
        </>
      )}
    </Section>
  );
}

function OverdueTable({ title, list }: { title: string; list: List }) {
  const { t } = useTranslation();
  if (list.total === 0) return <h3>{title}</h3>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{title}</caption>
        <thead>
          <tr>
            {(['slip', 'applicant', 'phone', 'procedure', 'due', 'late'] as const).map((c) => (
              <th key={c} scope="col">
                {t(`overdue.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {list.dossiers.map((d) => (
            <tr key={d.slipNumber}>
              <td>{d.slipNumber}</td>
              <td>{d.applicantName}</td>
              <td>{d.phone}</td>
              <td>{d.procedureName}</td>
              <td>{formatDayVi(d.dueDate)}</td>
              <td>{d.daysLate}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.total > list.dossiers.length && <p className="table-hint">{t('overdue.more', { count: list.total - list.dossiers.length })}</p>}
    </div>
  );
}
