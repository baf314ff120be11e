// The counter's province, one of the 34: chosen at set-up, chosen again here when the text typed
// before the list existed named none of them (the receipts then print that old text until a
// manager chooses), or when the counter moves.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CounterInfo } from '../../app-state';
import { ErrorAlert, SuccessStatus } from '../../components/Notice';
import { Field } from '../../components/Field';
import { ProvincePicker } from '../../components/ProvincePicker';
import { Section } from '../../components/Section';
import { fieldInvalid, issueFor, useAction } from '../../hooks/use-action';

export function ProvinceSection(props: { counter: CounterInfo; onSaved: () => void }) {
  const { t } = useTranslation();
  const action = useAction('settings.province');
  const [code, setCode] = useState(props.counter.province ?? '');
  const [saved, setSaved] = useState<string | null>(null); // the name just saved
  const alertId = useId();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    const result = await action.run({ province: code });
    if (result?.ok) {
      setSaved(result.value.provinceName);
      props.onSaved();
    }
  }

  return (
    <Section title={t('admin.province.title')}>
      {() => (
        <form onSubmit={submit} noValidate aria-busy={action.pending} className="inline-form">
          {props.counter.province === null && (
            <p className="notice notice--error">{t('admin.province.unknown', { text: props.counter.provinceName })}</p>
          )}
          <Field label={t('setup.province')} hint={t('setup.provinceHint')} issue={issueFor(action.error, 'province')}
            invalid={fieldInvalid(action.error, 'province')} alertId={alertId}>
            {(c) => <ProvincePicker control={c} name="province" value={code} onChange={setCode} />}
          </Field>
          <div className="actions">
            <button type="submit" className="button button--primary">
              {t('admin.province.submit')}
            </button>
          </div>
          <ErrorAlert id={alertId} message={action.error?.message} />
          <SuccessStatus message={saved === null ? null : t('admin.province.saved', { name: saved })} />
        </form>
      )}
    </Section>
  );
}
