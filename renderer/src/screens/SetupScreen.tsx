// First run: the counter's identity and its first manager. The counter validates everything
// except that the PIN was typed the same twice.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/Notice';
import { Field } from '../components/Field';
import { fieldInvalid, issueFor, localError, useAction, useFocusFirstInvalid } from '../hooks/use-action';
import { ProvincePicker } from '../components/ProvincePicker';

const initial = {
  officeCode: '',
  officeName: '',
  counterNumber: '',
  /** A code of the 34, '' until chosen: no province is assumed. */
  province: '',
  managerName: '',
  managerPin: '',
  managerPinConfirm: '',
};

type Values = typeof initial;

export function SetupScreen(props: { onDone: () => void }) {
  const { t } = useTranslation();
  const action = useAction('setup.initialize');
  const [values, setValues] = useState<Values>(initial);
  const alertId = useId();
  const firstInput = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const { error } = action;
  useFocusFirstInvalid(form, error);

  useEffect(() => firstInput.current?.focus(), []);

  const set = (name: keyof Values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [name]: e.target.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (values.managerPin !== values.managerPinConfirm) {
      action.setError(localError(t('common.pinMismatch'), ['managerPinConfirm']));
      return;
    }
    const counter = values.counterNumber.trim();
    const result = await action.run({
      officeCode: values.officeCode,
      officeName: values.officeName,
      // Empty or not a number: sent as such, and the counter says what is wrong.
      counterNumber: counter === '' ? Number.NaN : Number(counter),
      province: values.province,
      managerName: values.managerName,
      managerPin: values.managerPin,
    });
    // Done, or done meanwhile from another screen or the technicians' console: on to sign-in.
    if (result?.ok || result?.error.code === 'ALREADY_INITIALIZED') props.onDone();
  }

  const field = (name: keyof Values) => ({
    issue: issueFor(error, name),
    invalid: fieldInvalid(error, name),
    alertId,
  });

  return (
    <div className="centre-page">
      <main className="card card--wide" aria-labelledby="setup-title">
        <p className="brand-line">{t('app.title')}</p>
        <h1 id="setup-title">{t('setup.title')}</h1>
        <p className="lead">{t('setup.intro')}</p>
        <form ref={form} onSubmit={submit} noValidate aria-busy={action.pending}>
          <fieldset>
            <legend>{t('setup.officeGroup')}</legend>
            <div className="form-grid form-grid--3">
              <Field label={t('setup.officeCode')} {...field('officeCode')}>
                {(c) => (
                  <input {...c} ref={firstInput} name="officeCode" autoComplete="off" spellCheck={false}
                    value={values.officeCode} onChange={set('officeCode')} />
                )}
              </Field>
              <Field label={t('setup.officeName')} className="span-2" {...field('officeName')}>
                {(c) => (
                  <input {...c} name="officeName" autoComplete="off" value={values.officeName} onChange={set('officeName')} />
                )}
              </Field>
              <Field label={t('setup.counterNumber')} {...field('counterNumber')}>
                {(c) => (
                  <input {...c} name="counterNumber" type="number" inputMode="numeric" min={1} max={99} step={1}
                    value={values.counterNumber} onChange={set('counterNumber')} />
                )}
              </Field>
              <Field label={t('setup.province')} hint={t('setup.provinceHint')} className="span-2" {...field('province')}>
                {(c) => (
                  <ProvincePicker control={c} name="province" value={values.province}
                    onChange={(province) => setValues((v) => ({ ...v, province }))} />
                )}
              </Field>
            </div>
          </fieldset>
          <fieldset>
            <legend>{t('setup.managerGroup')}</legend>
            <div className="form-grid form-grid--3">
              <Field label={t('setup.managerName')} {...field('managerName')}>
                {(c) => (
                  <input {...c} name="managerName" autoComplete="off" value={values.managerName} onChange={set('managerName')} />
                )}
              </Field>
              <Field label={t('setup.managerPin')} hint={t('setup.managerPinHint')} {...field('managerPin')}>
                {(c) => (
                  <input {...c} name="managerPin" type="password" inputMode="numeric" autoComplete="new-password"
                    value={values.managerPin} onChange={set('managerPin')} />
                )}
              </Field>
              <Field label={t('setup.managerPinConfirm')} {...field('managerPinConfirm')}>
                {(c) => (
                  <input {...c} name="managerPinConfirm" type="password" inputMode="numeric" autoComplete="new-password"
                    value={values.managerPinConfirm} onChange={set('managerPinConfirm')} />
                )}
              </Field>
            </div>
          </fieldset>
          <ErrorAlert id={alertId} message={error?.message} />
          <div className="actions">
            <button type="submit" className="button button--primary">
              {t('setup.submit')}
            </button>
          </div>
        </form>
      </main>
    </div>
  );
}
