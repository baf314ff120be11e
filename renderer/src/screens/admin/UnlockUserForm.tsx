import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../../../shared/contract/commands';
import { ErrorAlert } from '../../components/Notice';
import { Field } from '../../components/Field';
import { fieldInvalid, issueFor, useAction } from '../../hooks/use-action';

/** A manager lifts a lock-out after wrong PINs; the reason goes into the ledger with the unlock. */
export function UnlockUserForm(props: { user: UserRow; onDone: (user: UserRow) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const action = useAction('users.unlock');
  const [reason, setReason] = useState('');
  const reasonInput = useRef<HTMLInputElement>(null);
  const alertId = useId();
  const { error } = action;

  useEffect(() => reasonInput.current?.focus(), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = await action.run({ userId: props.user.id, reason });
    if (result?.ok) props.onDone(result.value.user);
    else reasonInput.current?.focus();
  }

  return (
    <form className="unlock-user" onSubmit={submit} noValidate aria-busy={action.pending}>
      <Field label={t('admin.users.unlockReason', { name: props.user.name })} issue={issueFor(error, 'reason')}
        invalid={fieldInvalid(error, 'reason')} alertId={alertId}>
        {(c) => <input {...c} ref={reasonInput} name="reason" autoComplete="off" value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <ErrorAlert id={alertId} message={error?.message} />
      <div className="actions">
        <button type="submit" className="button button--primary">{t('admin.users.unlockSubmit')}</button>
        <button type="button" className="button" onClick={props.onCancel}>{t('admin.users.unlockCancel')}</button>
      </div>
    </form>
  );
}
