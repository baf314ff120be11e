import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, SuccessStatus } from '../../components/Notice';
import { Field } from '../../components/Field';
import { issueFor, useAction } from '../../hooks/use-action';
import { useDraft } from '../../hooks/use-draft';
import { Section } from '../../components/Section';

export function SettingsSection(props: { idleLockMinutes: number; onSaved: () => void }) {
  const { t } = useTranslation();
  const action = useAction('settings.update');
  const [minutes, setMinutes] = useDraft('admin.idleLockMinutes', () => String(props.idleLockMinutes));
  const [saved, setSaved] = useState<number | null>(null); // the minutes just saved
  const alertId = useId();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    const text = minutes.trim();
    const result = await action.run({ idleLockMinutes: text === '' ? Number.NaN : Number(text) });
    if (result?.ok) {
      setMinutes(String(result.value.idleLockMinutes));
      setSaved(result.value.idleLockMinutes);
      props.onSaved();
    }
  }

  return (
    <Section title={t('admin.settings.title')}>
      {() => (
        <form onSubmit={submit} noValidate aria-busy={action.pending} className="inline-form">
          <Field
            label={t('admin.settings.idleLock')}
            hint={t('admin.settings.idleLockHint')}
            issue={issueFor(action.error, 'idleLockMinutes')}
            invalid={action.error !== null}
            alertId={alertId}
          >
            {(c) => (
              <input {...c} name="idleLockMinutes" type="number" inputMode="numeric" min={1} max={60} step={1}
                className="input--short" value={minutes} onChange={(e) => setMinutes(e.target.value)} />
            )}
          </Field>
          <div className="actions">
            <button type="submit" className="button button--primary">
              {t('admin.settings.submit')}
            </button>
          </div>
          <ErrorAlert id={alertId} message={action.error?.message} />
          <SuccessStatus message={saved === null ? null : t('admin.settings.saved', { minutes: saved })} />
        </form>
      )}
    </Section>
  );
}
