// Thiết bị → dải số hiệu bưu gửi (S10): the range of item numbers the post gave this counter,
// the next number it will give and how many are left. A manager sets the range (a ledger
// entry); without one, clerks scan the label of every envelope.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput, S10Range } from '../../../../shared/contract/commands';
import type { Role } from '../../../../shared/contract/fields';
import { formatS10 } from '../../../../shared/identity/s10';
import { Field } from '../../components/Field';
import { ErrorAlert, SuccessStatus } from '../../components/Notice';
import { Section } from '../../components/Section';
import { fieldInvalid, issueFor, localError, useAction, useFocusFirstInvalid } from '../../hooks/use-action';
import { useDraft } from '../../hooks/use-draft';
import { useQuery } from '../../hooks/use-query';
import { currentLanguage } from '../../i18n';
import { formatNumber } from './scale-text';

type Settings = CommandOutput<'intake.settings'>;

export function S10RangeSection(props: { role: Role }) {
  const { t } = useTranslation();
  const settings = useQuery('intake.settings', {}, { onLedgerAppended: true });
  const data = settings.data;
  return (
    <Section title={t('devices.s10.title')} className="s10-range">
      {() => (
        <>
          <p className="section-intro">{t('devices.s10.intro')}</p>
          <ErrorAlert message={settings.error} />
          {!data && !settings.error && <p className="notice">{t('devices.s10.loading')}</p>}
          {data && <S10RangeView settings={data} />}
          {data &&
            (props.role === 'manager' ? (
              <>
                <h3 className="scale__settings-title">{t('devices.s10.formTitle')}</h3>
                <S10RangeForm range={data.s10} onSaved={settings.reload} />
              </>
            ) : (
              <p className="section-intro">{t('devices.s10.readOnly')}</p>
            ))}
        </>
      )}
    </Section>
  );
}

function S10RangeView(props: { settings: Settings }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { s10, nextS10, remaining } = props.settings;
  if (!s10) return <p className="notice notice--warn">{t('devices.s10.notSet')}</p>;
  return (
    <div className="s10-range__state">
      <p>{t('devices.s10.range', { first: formatS10(s10.service, s10.first), last: formatS10(s10.service, s10.last) })}</p>
      {nextS10 ? (
        <p>{t('devices.s10.next', { s10: nextS10 })}</p>
      ) : (
        <p className="notice notice--warn">{t('devices.s10.usedUp')}</p>
      )}
      <p>{t('devices.s10.remaining', { count: remaining, number: formatNumber(remaining, lang) })}</p>
    </div>
  );
}

interface S10FormValues {
  service: string;
  first: string;
  last: string;
}

const serial = (n: number) => String(n).padStart(8, '0');

const formValues = (r: S10Range | null): S10FormValues =>
  r ? { service: r.service, first: serial(r.first), last: serial(r.last) } : { service: 'RR', first: '', last: '' };

/** A serial as typed: up to 8 digits, leading zeros allowed, spaces ignored; null when it is not one. */
function readSerial(typed: string): number | null {
  const digits = typed.replace(/\s+/g, '');
  return /^\d{1,8}$/.test(digits) ? Number(digits) : null;
}

function S10RangeForm(props: { range: S10Range | null; onSaved: () => void }) {
  const { t } = useTranslation();
  const action = useAction('intake.configure');
  const [values, setValues] = useDraft<S10FormValues>('devices.s10Range', () => formValues(props.range));
  const [saved, setSaved] = useState(false);
  const alertId = useId();
  const form = useRef<HTMLFormElement>(null);
  const { error } = action;
  useFocusFirstInvalid(form, error);

  const set = (patch: Partial<S10FormValues>) => {
    setSaved(false);
    setValues((v) => ({ ...v, ...patch }));
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const first = readSerial(values.first);
    const last = readSerial(values.last);
    if (first === null || last === null) {
      const fields = [first === null ? 's10.first' : null, last === null ? 's10.last' : null].filter((f) => f !== null);
      action.setError(localError(t('devices.s10.serialInvalid'), fields));
      return;
    }
    const result = await action.run({ s10: { service: values.service.trim(), first, last } });
    if (result?.ok) {
      setValues(formValues(result.value.s10));
      setSaved(true);
      props.onSaved();
    }
  }

  const field = (name: keyof S10FormValues) => ({
    issue: issueFor(error, `s10.${name}`),
    invalid: fieldInvalid(error, `s10.${name}`),
    alertId,
  });
  return (
    <form ref={form} onSubmit={submit} noValidate aria-busy={action.pending} className="s10-range__form">
      <div className="form-grid form-grid--3">
        <Field label={t('devices.s10.service')} hint={t('devices.s10.serviceHint')} {...field('service')}>
          {(c) => (
            <input {...c} name="service" autoComplete="off" spellCheck={false} maxLength={2} className="input--short"
              value={values.service} onChange={(e) => set({ service: e.target.value.toUpperCase() })} />
          )}
        </Field>
        <Field label={t('devices.s10.first')} hint={t('devices.s10.firstHint')} {...field('first')}>
          {(c) => (
            <input {...c} name="first" inputMode="numeric" autoComplete="off" spellCheck={false}
              className="input--short" value={values.first} onChange={(e) => set({ first: e.target.value })} />
          )}
        </Field>
        <Field label={t('devices.s10.last')} hint={t('devices.s10.lastHint')} {...field('last')}>
          {(c) => (
            <input {...c} name="last" inputMode="numeric" autoComplete="off" spellCheck={false}
              className="input--short" value={values.last} onChange={(e) => set({ last: e.target.value })} />
          )}
        </Field>
      </div>
      <ErrorAlert id={alertId} message={error?.message} />
      <SuccessStatus message={saved ? t('devices.s10.saved') : null} />
      <div className="actions actions--start">
        <button type="submit" className="button button--primary">
          {t('devices.s10.save')}
        </button>
      </div>
    </form>
  );
}
