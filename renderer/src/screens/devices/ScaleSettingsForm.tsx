// The manager's scale settings: the port typed by hand (pseudo terminals and some USB adapters
// are not listed), the protocol with its usual serial settings, and the stability rule for
// protocols without a stability flag. Saving is a ledger entry and reopens the port.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScaleSettings } from '../../../../shared/contract/fields';
import { Field } from '../../components/Field';
import { ErrorAlert, SuccessStatus } from '../../components/Notice';
import { fieldInvalid, issueFor, localError, useAction, useFocusFirstInvalid } from '../../hooks/use-action';
import { useDraft } from '../../hooks/use-draft';
import {
  baudRates,
  dataBitsChoices,
  formValues,
  parities,
  stopBitsChoices,
  toSettings,
  withProtocol,
  type ProtocolChoice,
  type ScaleFormValues,
} from './scale-form';

export function ScaleSettingsForm(props: { settings: ScaleSettings | null; protocols: ProtocolChoice[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const action = useAction('devices.scale.configure');
  const [values, setValues] = useDraft<ScaleFormValues>('devices.scaleSettings', () => formValues(props.settings));
  const [saved, setSaved] = useState(false);
  const alertId = useId();
  const stabilityHintId = useId();
  const form = useRef<HTMLFormElement>(null);
  const { error } = action;
  useFocusFirstInvalid(form, error);

  const set = (patch: Partial<ScaleFormValues>) => {
    setSaved(false);
    setValues((v) => ({ ...v, ...patch }));
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const protocol = values.protocol;
    if (protocol === '') {
      action.setError(localError(t('devices.scale.protocolRequired'), ['settings.protocol']));
      return;
    }
    const result = await action.run({ settings: toSettings({ ...values, protocol }) });
    if (result?.ok) {
      setValues(formValues(result.value.settings));
      setSaved(true);
      props.onSaved();
    }
  }

  const chosen = props.protocols.find((p) => p.id === values.protocol);
  const field = (name: keyof ScaleFormValues) => ({
    issue: issueFor(error, `settings.${name}`),
    invalid: fieldInvalid(error, `settings.${name}`),
    alertId,
  });
  return (
    <form ref={form} onSubmit={submit} noValidate aria-busy={action.pending} className="scale-settings">
      <div className="form-grid">
        <Field label={t('devices.scale.path')} hint={t('devices.scale.pathHint')} {...field('path')}>
          {(c) => (
            <input {...c} name="path" autoComplete="off" spellCheck={false} placeholder={t('devices.scale.pathPlaceholder')}
              value={values.path} onChange={(e) => set({ path: e.target.value })} />
          )}
        </Field>
        <Field label={t('devices.scale.protocol')} hint={t('devices.scale.protocolHint')} {...field('protocol')}>
          {(c) => (
            <select {...c} name="protocol" value={values.protocol}
              onChange={(e) => {
                const id = e.target.value as ScaleFormValues['protocol'];
                setSaved(false);
                setValues((v) => withProtocol(v, props.protocols.find((p) => p.id === id), id));
              }}>
              {values.protocol === '' && <option value="">{t('devices.scale.chooseProtocol')}</option>}
              {props.protocols.map((p) => (
                <option key={p.id} value={p.id}>
                  {t(`devices.scale.protocolName.${p.id}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-grid form-grid--4">
        <NumberSelect
          label={t('devices.scale.baudRate')}
          name="baudRate"
          value={values.baudRate}
          choices={baudRates}
          onChange={(v) => set({ baudRate: v })}
          {...field('baudRate')}
        />
        <NumberSelect
          label={t('devices.scale.dataBits')}
          name="dataBits"
          value={values.dataBits}
          choices={dataBitsChoices}
          onChange={(v) => set({ dataBits: v })}
          {...field('dataBits')}
        />
        <Field label={t('devices.scale.parity')} {...field('parity')}>
          {(c) => (
            <select {...c} name="parity" value={values.parity}
              onChange={(e) => set({ parity: e.target.value as ScaleFormValues['parity'] })}>
              {parities.map((p) => (
                <option key={p} value={p}>{t(`devices.scale.parityOption.${p}`)}</option>
              ))}
            </select>
          )}
        </Field>
        <NumberSelect
          label={t('devices.scale.stopBits')}
          name="stopBits"
          value={values.stopBits}
          choices={stopBitsChoices}
          onChange={(v) => set({ stopBits: v })}
          {...field('stopBits')}
        />
      </div>
      <fieldset className="scale-settings__stability" aria-describedby={stabilityHintId}>
        <legend>{t('devices.scale.stabilityLegend')}</legend>
        <p className="field__hint scale-settings__hint" id={stabilityHintId}>
          {t('devices.scale.stabilityHint')}
          {chosen?.hasStabilityFlag && ` ${t('devices.scale.stabilityUnused')}`}
        </p>
        <div className="scale-settings__rule">
          <Field label={t('devices.scale.stableCount')} {...field('stableCount')}>
            {(c) => (
              <input {...c} name="stableCount" type="number" inputMode="numeric" min={2} max={20} step={1}
                className="input--short" value={values.stableCount} onChange={(e) => set({ stableCount: e.target.value })} />
            )}
          </Field>
          <Field label={t('devices.scale.stableWindow')} {...field('stableWindowMs')}>
            {(c) => (
              <input {...c} name="stableWindowMs" type="number" inputMode="numeric" min={200} max={10000} step={100}
                className="input--short" value={values.stableWindowMs} onChange={(e) => set({ stableWindowMs: e.target.value })} />
            )}
          </Field>
        </div>
      </fieldset>
      <ErrorAlert id={alertId} message={error?.message} />
      <SuccessStatus message={saved ? t('devices.scale.saved') : null} />
      <div className="actions actions--start">
        <button type="submit" className="button button--primary">
          {t('devices.scale.save')}
        </button>
      </div>
    </form>
  );
}

/** A serial setting chosen from a short list of numbers (baud rate, data bits, stop bits). */
function NumberSelect(props: {
  label: string;
  name: string;
  value: string;
  choices: readonly number[];
  onChange: (value: string) => void;
  issue: string | undefined;
  invalid: boolean;
  alertId: string;
}) {
  return (
    <Field label={props.label} issue={props.issue} invalid={props.invalid} alertId={props.alertId}>
      {(c) => (
        <select {...c} name={props.name} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
          {props.choices.map((b) => (
            <option key={b} value={b}>
              {b}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
