// The citizens to call today: results back and not invited yet today. The clerk phones and
// records it; the app sends nothing itself (see electron/services/results/notification-port.ts).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, SuccessStatus } from '../../components/Notice';
import { Section } from '../../components/Section';
import { TableStateRow } from '../../components/TableStateRow';
import { useAction } from '../../hooks/use-action';
import { useQuery } from '../../hooks/use-query';

export function NotifySection() {
  const { t } = useTranslation();
  const list = useQuery('results.notifyList', {}, { onLedgerAppended: true });
  const action = useAction('results.notified');
  const [done, setDone] = useState<string | null>(null);

  async function notified(slipNumber: string) {
    const result = await action.run({ slipNumber, channel: 'phone' });
    if (result?.ok) setDone(t('results.notify.marked', { n: result.value.notices, slip: result.value.slipNumber }));
  }

  return (
    <Section title={t('results.notify.title')}>
      {(headingId) => (
        <>
          <table className="table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('results.notify.slip')}</th>
                <th scope="col">{t('results.notify.name')}</th>
                <th scope="col">{t('results.notify.phone')}</th>
                <th scope="col">{t('results.notify.notices')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('batches.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data?.results.map((r) => (
                <tr key={r.slipNumber}>
                  <th scope="row">{r.slipNumber}</th>
                  <td>{r.applicantName}</td>
                  <td>{r.phone}</td>
                  <td>{r.notices}</td>
                  <td>
                    <button type="button" className="button button--small" disabled={action.pending} onClick={() => void notified(r.slipNumber)}>
                      {t('results.notify.mark', { slip: r.slipNumber })}
                    </button>
                  </td>
                </tr>
              ))}
              <TableStateRow columns={5} loading={!list.data && !list.error} empty={list.data?.results.length === 0} loadingText={t('batches.loading')} emptyText={t('results.notify.empty')} />
            </tbody>
          </table>
          <ErrorAlert message={list.error ?? action.error?.message} />
          <SuccessStatus message={done} />
        </>
      )}
    </Section>
  );
}
