// The sync screen (Alt+5): where the counter stands with its province hub, progress while a
// backlog drains, the last error in plain words, "Đồng bộ ngay", and the centre's directives.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { syncProblemText } from '../../../../shared/contract/sync-messages';
import { errorText, isErrorCode } from '../../../../shared/contract/messages';
import { formatDateTime } from '../../../../shared/format';
import { useApi } from '../../api/api-context';
import { ErrorAlert } from '../../components/Notice';
import { useAction } from '../../hooks/use-action';
import { useQuery } from '../../hooks/use-query';
import { currentLanguage } from '../../i18n';
import type { Translation } from '../../i18n/vi';
import { useSyncStatus } from './use-sync';

export function SyncArea() {
  const { t } = useTranslation();
  const api = useApi();
  const lang = currentLanguage();
  const s = useSyncStatus();
  const directives = useQuery('sync.directives', {}, { onLedgerAppended: true });
  // A correction to money from the centre: a manager's decision (others are refused by the counter, and told so).
  const decide = useAction('sync.decideProposal');
  if (!s) return null;
  if (s.state === 'notEnrolled') return <p className="lead">{t('syncArea.notEnrolled')}</p>;
  return (
    <div className="sync-area">
      <p className="lead">{t('syncArea.intro')}</p>
      <dl className="facts">
        <Fact term={t('syncArea.hub')}>{s.hubUrl}</Fact>
        <Fact term={t('syncArea.acked')}>{t('syncArea.entryNumber', { seq: s.ackedSeq })}</Fact>
        <Fact term={t('syncArea.head')}>{t('syncArea.entryNumber', { seq: s.headSeq })}</Fact>
        <Fact term={t('syncArea.waiting')}>{t('syncArea.waitingCount', { entries: s.waiting, dossiers: s.waitingDossiers })}</Fact>
        <Fact term={t('syncArea.lastSuccess')}>{s.lastSuccessAt ? formatDateTime(s.lastSuccessAt, lang) : t('syncArea.never')}</Fact>
      </dl>
      {s.progress && (
        <p role="status">
          <progress max={s.progress.total} value={s.progress.sent} /> {t('syncArea.progress', { sent: s.progress.sent, total: s.progress.total, rate: s.progress.perSecond })}
        </p>
      )}
      {s.lastError && (
        <p role="alert" className="alert">
          <strong>{t('syncArea.lastError')}:</strong> {syncProblemText(s.lastError, lang)}
        </p>
      )}
      <p>
        <button type="button" className="button button--primary" onClick={() => void api.call('sync.now', { wait: false })}>
          {t('syncArea.syncNow')}
        </button>
      </p>
      <h2>{t('syncArea.directives')}</h2>
      <ErrorAlert message={decide.error?.message} />
      {directives.data && directives.data.directives.length === 0 ? (
        <p>{t('syncArea.noDirectives')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('syncArea.columns.id')}</th>
              <th scope="col">{t('syncArea.columns.kind')}</th>
              <th scope="col">{t('syncArea.columns.publishedBy')}</th>
              <th scope="col">{t('syncArea.columns.at')}</th>
              <th scope="col">{t('syncArea.columns.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {directives.data?.directives.map((d) => (
              <tr key={d.directiveId}>
                <td>{d.directiveId}</td>
                <td>{t(`syncArea.directiveKind.${d.kind.replace('.', '_') as keyof Translation['syncArea']['directiveKind']}`)}</td>
                <td>{d.publishedBy}</td>
                <td>{formatDateTime(d.at, lang)}</td>
                <td>
                  {t(`syncArea.outcome.${d.outcome}`)}
                  {d.refusal && isErrorCode(d.refusal.code) ? (
                    // Refused by this counter's own rules: worded as the same refusal to a clerk would be.
                    <div className="muted">{errorText(d.refusal.code, lang, d.refusal.params)}</div>
                  ) : (
                    d.problems.length > 0 && <div className="muted">{d.problems.join('; ')}</div>
                  )}
                  {d.outcome === 'awaitingManager' && (
                    <div>
                      <button type="button" className="button" disabled={decide.pending} onClick={() => void decide.run({ directiveId: d.directiveId, decision: 'accept', reason: null })}>
                        {t('syncArea.accept')}
                      </button>{' '}
                      <button type="button" className="button" disabled={decide.pending} onClick={() => void decide.run({ directiveId: d.directiveId, decision: 'reject', reason: null })}>
                        {t('syncArea.reject')}
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function Fact(props: { term: string; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}
