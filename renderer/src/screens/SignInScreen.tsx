// Who is at the counter: pick a name, type the PIN, Enter.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/contract/commands';
import type { CounterInfo } from '../app-state';
import { useApi } from '../api/api-context';
import { ErrorAlert, SuccessStatus } from '../components/Notice';
import { Field } from '../components/Field';
import { PinField } from '../components/PinField';
import { useAction } from '../hooks/use-action';

export function SignInScreen(props: { counter: CounterInfo | null; notice?: string | undefined; onSignedIn: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const action = useAction('auth.signIn');
  const [users, setUsers] = useState<SessionUser[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [loads, setLoads] = useState(0);
  const [userId, setUserId] = useState('');
  const [pin, setPin] = useState('');
  const pinInput = useRef<HTMLInputElement>(null);
  const alertId = useId();

  useEffect(() => pinInput.current?.focus(), []);

  useEffect(() => {
    let live = true;
    void api.call('auth.signInOptions', {}).then((result) => {
      if (!live) return;
      if (!result.ok) {
        setLoadError(result.error.message);
        return;
      }
      setLoadError(null);
      setUsers(result.value.users);
      setUserId((current) => current || result.value.users[0]?.id || '');
    });
    return () => {
      live = false;
    };
  }, [api, loads]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!userId) return;
    const result = await action.run({ userId, pin });
    if (!result) return;
    if (result.ok) {
      props.onSignedIn();
      return;
    }
    setPin('');
    pinInput.current?.focus();
  }

  const error = action.error?.message ?? loadError;
  return (
    <div className="centre-page">
      <main className="card card--narrow" aria-labelledby="sign-in-title">
        <p className="brand-line">{t('app.title')}</p>
        <h1 id="sign-in-title">{t('signIn.title')}</h1>
        {props.counter && (
          <p className="lead counter-identity">
            {t('common.counterOffice', { number: props.counter.counterNumber, office: props.counter.officeName })}
          </p>
        )}
        <SuccessStatus tone="info" message={props.notice} />
        {users && users.length === 0 && <p className="notice">{t('signIn.noUsers')}</p>}
        <form onSubmit={submit} noValidate aria-busy={action.pending}>
          <Field label={t('signIn.user')}>
            {(c) => (
              <select
                {...c}
                name="userId"
                value={userId}
                onChange={(e) => {
                  setUserId(e.target.value);
                  action.setError(null);
                  pinInput.current?.focus();
                }}
              >
                {(users ?? []).map((u) => (
                  <option key={u.id} value={u.id}>
                    {t('signIn.userOption', { name: u.name, role: t(`roleInline.${u.role}`) })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <PinField label={t('signIn.pin')} invalid={action.error !== null} alertId={alertId} value={pin} onChange={setPin} inputRef={pinInput} />
          <ErrorAlert id={alertId} message={error} />
          <div className="actions">
            {loadError !== null && (
              <button type="button" className="button" onClick={() => setLoads((n) => n + 1)}>
                {t('app.retry')}
              </button>
            )}
            <button type="submit" className="button button--primary button--block">
              {t('signIn.submit')}
            </button>
          </div>
        </form>
      </main>
    </div>
  );
}
