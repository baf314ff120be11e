// The session is kept but hidden until the same person types their PIN again.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/contract/commands';
import type { CounterInfo } from '../app-state';
import { ErrorAlert } from '../components/Notice';
import { Field } from '../components/Field';
import { PinField } from '../components/PinField';
import { useAction } from '../hooks/use-action';

export function LockScreen(props: {
  user: SessionUser;
  counter: CounterInfo | null;
  onUnlocked: () => void;
  onSwitchUser: () => void;
}) {
  const { t } = useTranslation();
  const action = useAction('auth.signIn');
  const [pin, setPin] = useState('');
  const pinInput = useRef<HTMLInputElement>(null);
  const alertId = useId();

  useEffect(() => pinInput.current?.focus(), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = await action.run({ userId: props.user.id, pin });
    if (!result) return;
    if (result.ok) {
      props.onUnlocked();
      return;
    }
    setPin('');
    pinInput.current?.focus();
  }

  return (
    <div className="centre-page centre-page--locked">
      <main className="card card--narrow" aria-labelledby="lock-title">
        <p className="brand-line">{t('app.title')}</p>
        <h1 id="lock-title">{t('lock.title')}</h1>
        {props.counter && (
          <p className="counter-identity">
            {t('common.counterOffice', { number: props.counter.counterNumber, office: props.counter.officeName })}
          </p>
        )}
        <p className="lead">
          {t('lock.who', { name: props.user.name })}
        </p>
        <p>{t('lock.hint')}</p>
        <form onSubmit={submit} noValidate aria-busy={action.pending}>
          <PinField label={t('lock.pin')} invalid={action.error !== null} alertId={alertId} value={pin} onChange={setPin} inputRef={pinInput} />
          <ErrorAlert id={alertId} message={action.error?.message} />
          <div className="actions">
            <button type="submit" className="button button--primary">
              {t('lock.unlock')}
            </button>
            <button type="button" className="button" onClick={props.onSwitchUser}>
              {t('lock.switchUser')}
            </button>
          </div>
        </form>
      </main>
    </div>
  );
}
