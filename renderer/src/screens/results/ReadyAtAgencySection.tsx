// Alt+3, beside the check-in: the results the departments have finished and still hold, one table
// per department, oldest first, so a clerk knows what to go and collect. Read-only; a result
// leaves the list when it is checked in (services/results/agency-results-ready.ts).
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../shared/format';
import type { Lang } from '../../../../shared/contract/messages';
import { ErrorAlert } from '../../components/Notice';
import { Section } from '../../components/Section';
import { useQuery } from '../../hooks/use-query';

export function ReadyAtAgencySection() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const query = useQuery('results.readyAtAgency', {}, { onLedgerAppended: true });
  const ready = query.data;
  return (
    <Section title={t('agencyResults.title')}>
      {() => (
        <>
          <p className="muted">{t('agencyResults.hint')}</p>
          <ErrorAlert message={query.error} />
          {ready && ready.total === 0 && <p role="status">{t('agencyResults.none')}</p>}
          {ready?.agencies.map((a) => (
            <div className="table-wrap" key={a.agency}>
              <table className="table">
                <caption>{t('agencyResults.agency', { agency: a.agency, count: a.results.length })}</caption>
                <thead>
                  <tr>
                    {(['slip', 'since', 'papers'] as const).map((c) => (
                      <th key={c} scope="col">
                        {t(`agencyResults.col.${c}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {a.results.map((r) => (
                    <tr key={r.slipNumber}>
                      <td>{r.slipNumber}</td>
                      <td>{formatDateTime(r.readyAt, lang)}</td>
                      <td>{r.resultPapers.join('; ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </>
      )}
    </Section>
  );
}
