import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../../../shared/contract/commands';
import { formatDate, formatDateTime } from '../../../../shared/format';
import type { CommandError } from '../../../../shared/contract/result';
import { useApi } from '../../api/api-context';
import { newActionKey } from '../../api/client';
import { isSessionLoss } from '../../api/guarded-client';
import { ErrorAlert, SuccessStatus } from '../../components/Notice';
import { useQuery } from '../../hooks/use-query';
import { currentLanguage } from '../../i18n';
import { Section } from '../../components/Section';
import { TableStateRow } from '../../components/TableStateRow';
import { UnlockUserForm } from './UnlockUserForm';

export function UsersSection(props: { version: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const users = useQuery('users.list', {}, { onLedgerAppended: true });
  const [error, setError] = useState<CommandError | null>(null);
  const [done, setDone] = useState<{ name: string; active?: boolean; unlocked?: boolean } | null>(null);
  const [unlocking, setUnlocking] = useState<UserRow | null>(null);
  // One pending key per (user, new state): kept only while the outcome is unknown.
  const keys = useRef(new Map<string, string>());
  const busy = useRef(false);
  const lang = currentLanguage();
  const { reload } = users;

  useEffect(() => {
    if (props.version > 0) reload();
  }, [props.version, reload]);

  async function setActive(user: UserRow, active: boolean) {
    if (busy.current) return;
    busy.current = true;
    setDone(null);
    const slot = `${user.id}:${active}`;
    const idempotencyKey = keys.current.get(slot) ?? newActionKey();
    keys.current.set(slot, idempotencyKey);
    try {
      const result = await api.call('users.update', { userId: user.id, active, idempotencyKey });
      if (result.ok || result.error.code !== 'HOST_UNREACHABLE') keys.current.delete(slot);
      if (result.ok) {
        setError(null);
        setDone({ name: result.value.user.name, active });
        reload();
      } else {
        setError(isSessionLoss(result.error) ? null : result.error);
      }
    } finally {
      busy.current = false;
    }
  }

  function state(user: UserRow): string {
    if (!user.active) return t('admin.users.inactive');
    if (user.lockedUntil) return t('admin.users.lockedUntil', { time: formatDateTime(user.lockedUntil, lang) });
    return t('admin.users.active');
  }

  return (
    <Section title={t('admin.users.title')}>
      {(headingId) => (
        <>
          <ErrorAlert message={error?.message ?? users.error} />
          <SuccessStatus
            message={
              done &&
              t(done.unlocked ? 'admin.users.unlocked' : done.active ? 'admin.users.reactivated' : 'admin.users.deactivated', { name: done.name })
            }
          />
          <div className="table-wrap">
            <table className="table" aria-labelledby={headingId}>
              <thead>
                <tr>
                  <th scope="col">{t('admin.users.name')}</th>
                  <th scope="col">{t('admin.users.role')}</th>
                  <th scope="col">{t('admin.users.state')}</th>
                  <th scope="col">{t('admin.users.createdAt')}</th>
                  <th scope="col">{t('admin.users.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {users.data?.users.map((user) => (
                  <tr key={user.id} className={user.active ? undefined : 'row--inactive'}>
                    <th scope="row">{user.name}</th>
                    <td>{t(`role.${user.role}`)}</td>
                    <td>
                      <span className={`badge badge--${!user.active ? 'off' : user.lockedUntil ? 'warn' : 'on'}`}>
                        {state(user)}
                      </span>
                    </td>
                    <td>{formatDate(user.createdAt, lang)}</td>
                    <td>
                      <button type="button" className="button button--small" onClick={() => void setActive(user, !user.active)}>
                        {t(user.active ? 'admin.users.deactivate' : 'admin.users.reactivate')}
                        <span className="visually-hidden"> {user.name}</span>
                      </button>
                      {user.active && user.lockedUntil && (
                        <button type="button" className="button button--small" onClick={() => { setDone(null); setUnlocking(user); }}>
                          {t('admin.users.unlock')}
                          <span className="visually-hidden"> {user.name}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
                <TableStateRow
                  columns={5}
                  loading={!users.data && !users.error}
                  empty={users.data?.users.length === 0}
                  loadingText={t('admin.users.loading')}
                  emptyText={t('admin.users.empty')}
                />
              </tbody>
            </table>
          </div>
          {unlocking && (
            <UnlockUserForm
              key={unlocking.id}
              user={unlocking}
              onCancel={() => setUnlocking(null)}
              onDone={(user) => {
                setUnlocking(null);
                setDone({ name: user.name, unlocked: true });
                reload();
              }}
            />
          )}
        </>
      )}
    </Section>
  );
}
