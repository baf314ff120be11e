import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryView, ReadModelDifference, VerifyReport } from '../../../../shared/contract/commands';
import { formatDateTime } from '../../../../shared/format';
import { useApi } from '../../api/api-context';
import { isSessionLoss } from '../../api/guarded-client';
import { ErrorAlert, SuccessStatus } from '../../components/Notice';
import { useQuery } from '../../hooks/use-query';
import { currentLanguage } from '../../i18n';
import { Section } from '../../components/Section';
import { TableStateRow } from '../../components/TableStateRow';

export function LedgerSection() {
  const { t } = useTranslation();
  const api = useApi();
  const journal = useQuery('ledger.entries', { limit: 50 }, { onLedgerAppended: true });
  const [report, setReport] = useState<VerifyReport | null>(null);
  const [verifyError, setVerifyError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const lang = currentLanguage();
  const kinds = t('entryKind', { returnObjects: true }) as Record<string, string>;

  async function verify() {
    if (checking) return;
    setChecking(true);
    setReport(null);
    setVerifyError(null);
    const result = await api.call('ledger.verify', {});
    setChecking(false);
    if (result.ok) setReport(result.value);
    else if (!isSessionLoss(result.error)) setVerifyError(result.error.message);
  }

  function describeDifference(d: ReadModelDifference): string {
    const where = `${d.table} [${d.key}]${d.column ? ` ${d.column}` : ''}`;
    if (d.column === null && d.found === null) return t('admin.ledger.rowMissing', { where });
    if (d.column === null && d.expected === null) return t('admin.ledger.rowUnexplained', { where });
    const empty = t('admin.ledger.emptyValue');
    return t('admin.ledger.differs', { where, expected: d.expected ?? empty, found: d.found ?? empty });
  }

  function actor(entry: EntryView): string {
    switch (entry.actorKind) {
      case 'user':
        return entry.actorName ?? entry.actorUserId ?? '';
      case 'system':
        return t('admin.ledger.actorSystem');
      case 'console':
        return t('admin.ledger.actorConsole');
      case 'centre':
        return t('admin.ledger.actorCentre');
    }
  }

  return (
    <Section title={t('admin.ledger.title')}>
      {() => (
        <>
          <p className="section-intro">{t('admin.ledger.intro')}</p>
          <div className="actions actions--start">
            <button type="button" className="button button--primary" aria-busy={checking} onClick={() => void verify()}>
              {t('admin.ledger.verify')}
            </button>
          </div>
          {report?.ok && <SuccessStatus message={t('admin.ledger.intact', { count: report.entries })} />}
          <ErrorAlert
            message={
              verifyError ??
              (report && !report.ok
                ? report.problem === 'read_model_mismatch'
                  ? t('admin.ledger.tablesDiffer', { count: report.differenceCount })
                  : t('admin.ledger.broken', { seq: report.firstBadSeq ?? '?' })
                : null)
            }
          />
          {report && report.differences.length > 0 && (
            <ul className="ledger-differences">
              {report.differences.map((d) => (
                <li key={`${d.table}|${d.key}|${d.column ?? ''}`}>{describeDifference(d)}</li>
              ))}
            </ul>
          )}
          <ErrorAlert message={journal.error} />
          <p className="table-hint">{t('admin.ledger.journalHint')}</p>
          <div className="table-wrap">
            <table className="table table--journal">
              <caption>{t('admin.ledger.journal')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">{t('admin.ledger.seq')}</th>
                  <th scope="col">{t('admin.ledger.at')}</th>
                  <th scope="col">{t('admin.ledger.kind')}</th>
                  <th scope="col">{t('admin.ledger.actor')}</th>
                  <th scope="col" className="num">{t('admin.ledger.corrects')}</th>
                </tr>
              </thead>
              <tbody>
                {journal.data?.entries.map((entry) => (
                  <tr key={entry.seq}>
                    <td className="num">{entry.seq}</td>
                    <td>
                      <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time>
                    </td>
                    <td>{kinds[entry.kind] ?? entry.kind}</td>
                    <td>{actor(entry)}</td>
                    <td className="num">{entry.correctsSeq ?? ''}</td>
                  </tr>
                ))}
                <TableStateRow
                  columns={5}
                  loading={!journal.data && !journal.error}
                  empty={journal.data?.entries.length === 0}
                  loadingText={t('admin.ledger.loading')}
                  emptyText={t('admin.ledger.empty')}
                />
              </tbody>
            </table>
          </div>
        </>
      )}
    </Section>
  );
}
