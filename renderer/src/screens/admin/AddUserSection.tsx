import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/contract/fields';
import { ErrorAlert, SuccessStatus } from '../../components/Notice';
import { Field } from '../../components/Field';
import { fieldInvalid, issueFor, localError, useAction, useFocusFirstInvalid } from '../../hooks/use-action';
import { useDraft } from '../../hooks/use-draft';
import { Section } from '../../components/Section';

const empty = { name: '', role: 'clerk' as Role, pin: '', pinConfirm: '' };
type Values = typeof empty;

export function AddUserSection(props: { onAdded: () => void }) {
  const { t } = useTranslation();
  const action = useAction('users.add');
  // Name and role survive a screen lock; the PINs do not.
  const [draft, setDraft] = useDraft('admin.addUser', { name: empty.name, role: empty.role });
  const [pins, setPins] = useState({ pin: '', pinConfirm: '' });
  const values: Values = { ...draft, ...pins };
  const setValues = (update: (v: Values) => Values) => {
    const next = update(values);
    setDraft({ name: next.name, role: next.role });
    setPins({ pin: next.pin, pinConfirm: next.pinConfirm });
  };
  const [added, setAdded] = useState<string | null>(null); // the new user's name
  const nameInput = useRef<HTMLInputElement>(null);
  const alertId = useId();
  const form = useRef<HTMLFormElement>(null);
  const { error } = action;
  useFocusFirstInvalid(form, error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setAdded(null);
    if (values.pin !== values.pinConfirm) {
      action.setError(localError(t('common.pinMismatch'), ['pinConfirm']));
      return;
    }
    const result = await action.run({ name: values.name, role: values.role, pin: values.pin });
    if (result && !result.ok && result.error.code === 'DUPLICATE_USER_NAME') {
      action.setError({ ...result.error, issues: [{ path: 'name', message: '' }] });
    }
    if (result?.ok) {
      setAdded(result.value.user.name);
      setValues(() => empty);
      nameInput.current?.focus();
      props.onAdded();
    }
  }

  const field = (name: keyof Values) => ({ issue: issueFor(error, name), invalid: fieldInvalid(error, name), alertId });
  return (
    <Section title={t('admin.addUser.title')}>
      {() => (
        <form ref={form} onSubmit={submit} noValidate aria-busy={action.pending}>
          <div className="form-grid">
            <Field label={t('admin.addUser.name')} {...field('name')}>
              {(c) => (
                <input {...c} ref={nameInput} name="name" autoComplete="off" value={values.name}
                  onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))} />
              )}
            </Field>
            <Field label={t('admin.addUser.role')} {...field('role')}>
              {(c) => (
                <select {...c} name="role" value={values.role}
                  onChange={(e) => setValues((v) => ({ ...v, role: e.target.value as Role }))}>
                  <option value="clerk">{t('role.clerk')}</option>
                  <option value="manager">{t('role.manager')}</option>
                </select>
              )}
            </Field>
            <Field label={t('admin.addUser.pin')} {...field('pin')}>
              {(c) => (
                <input {...c} name="pin" type="password" inputMode="numeric" autoComplete="new-password" value={values.pin}
                  onChange={(e) => setValues((v) => ({ ...v, pin: e.target.value }))} />
              )}
            </Field>
            <Field label={t('admin.addUser.pinConfirm')} {...field('pinConfirm')}>
              {(c) => (
                <input {...c} name="pinConfirm" type="password" inputMode="numeric" autoComplete="new-password"
                  value={values.pinConfirm} onChange={(e) => setValues((v) => ({ ...v, pinConfirm: e.target.value }))} />
              )}
            </Field>
          </div>
          <ErrorAlert id={alertId} message={error?.message} />
          <SuccessStatus message={added === null ? null : t('admin.addUser.added', { name: added })} />
          <div className="actions">
            <button type="submit" className="button button--primary">
              {t('admin.addUser.submit')}
            </button>
          </div>
        </form>
      )}
    </Section>
  );
}
