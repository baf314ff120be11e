// Hồ sơ đã nhận hôm nay: the dossiers this counter received today, newest first — also the
// place to check after an unanswered save whether the dossier was recorded.
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatVnd } from '../../../../shared/format';
import { ErrorAlert } from '../../components/Notice';
import { Section } from '../../components/Section';
import { TableStateRow } from '../../components/TableStateRow';
import { useQuery } from '../../hooks/use-query';
import { useNow } from '../../hooks/use-now';
import { currentLanguage } from '../../i18n';

export function RecentDossiers() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const recent = useQuery('intake.recent', { limit: 100 }, { onLedgerAppended: true });
  const today = formatDate(useNow(60_000));
  const dossiers = (recent.data?.dossiers ?? []).filter((d) => formatDate(d.receivedAt) === today);
  return (
    <Section title={t('intake.recent.title')} className="intake-recent">
      {(headingId) => (
        <>
          <ErrorAlert message={recent.error} />
          <div className="table-wrap">
            <table className="table" aria-labelledby={headingId}>
              <thead>
                <tr>
                  <th scope="col">{t('intake.recent.slip')}</th>
                  <th scope="col">{t('intake.recent.time')}</th>
                  <th scope="col">{t('intake.recent.applicant')}</th>
                  <th scope="col">{t('intake.recent.procedure')}</th>
                  <th scope="col">{t('intake.recent.s10')}</th>
                  <th scope="col" className="num">{t('intake.recent.total')}</th>
                </tr>
              </thead>
              <tbody>
                <TableStateRow
                  columns={6}
                  loading={recent.data === null && recent.error === null}
                  empty={recent.data !== null && dossiers.length === 0}
                  loadingText={t('intake.recent.loading')}
                  emptyText={t('intake.recent.none')}
                />
                {dossiers.map((d) => (
                  <tr key={d.slipNumber}>
                    <th scope="row" className="intake-recent__slip">{d.slipNumber}</th>
                    <td>{formatDateTime(d.receivedAt, lang).split(' ')[0]}</td>
                    <td>{d.applicantName}</td>
                    <td>{d.procedureName}</td>
                    <td>{d.s10}</td>
                    <td className="num">{formatVnd(d.totalVnd, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Section>
  );
}
