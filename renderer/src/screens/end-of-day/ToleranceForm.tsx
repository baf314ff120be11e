// The manager's setting: how large a drawer difference a clerk may close with a reason alone;
// above it a manager approves with their PIN.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../shared/contract/messages';
import { formatVnd } from '../../../../shared/format';
import { Field } from '../../components/Field';
import { ErrorAlert, SuccessStatus } from '../../components/Notice';
import { fieldInvalid, issueFor, localError, useAction } from '../../hooks/use-action';
import { readVnd } from './count-input';

export function ToleranceForm(props: { toleranceVnd: number | null; onSaved(): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const saving = useAction('day.configure');
  const [typed, setTyped] = useState('');
  const [done, setDone] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    const toleranceVnd = readVnd(typed);
    if (Number.isNaN(toleranceVnd)) return saving.setError(localError(t('endOfDay.drawer.move.badAmount'), ['toleranceVnd']));
    const result = await saving.run({ toleranceVnd });
    if (result?.ok) {
      setDone(t('endOfDay.tolerance.saved', { amount: formatVnd(result.value.toleranceVnd, lang) }));
      setTyped('');
      props.onSaved();
    }
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-busy={saving.pending} aria-label={t('endOfDay.tolerance.title')}>
      <Field
        label={t('endOfDay.tolerance.label')}
        hint={props.toleranceVnd === null ? undefined : t('endOfDay.tolerance.now', { amount: formatVnd(props.toleranceVnd, lang) })}
        issue={issueFor(saving.error, 'toleranceVnd')}
        invalid={fieldInvalid(saving.error, 'toleranceVnd')}
      >
        {(c) => <input {...c} name="toleranceVnd" inputMode="numeric" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" className="button">
          {t('endOfDay.tolerance.submit')}
        </button>
      </div>
      <ErrorAlert message={saving.error?.message} />
      <SuccessStatus message={done} />
    </form>
  );
}
