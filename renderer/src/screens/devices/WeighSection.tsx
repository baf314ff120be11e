// Ghi khối lượng và tính cước: the weight enters the ledger from a stable reading (with the
// frame as evidence) or typed by hand with a reason, and that recorded weight is what is charged.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScaleStatus, WeightRecord } from '../../../../shared/contract/commands';
import { Field } from '../../components/Field';
import { ErrorAlert, SuccessStatus } from '../../components/Notice';
import { fieldInvalid, issueFor, useAction, useFocusFirstInvalid } from '../../hooks/use-action';
import { useDraft } from '../../hooks/use-draft';
import { currentLanguage } from '../../i18n';
import { Section } from '../../components/Section';
import { ChargeQuote } from './ChargeQuote';
import { canCapture, formatGrams, formatNumber } from './scale-text';

export function WeighSection(props: { status: ScaleStatus | null }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const capture = useAction('scale.capture');
  const manual = useAction('scale.manualWeight');
  /** The weight recorded last: the one the charge is for. Kept through a screen lock. */
  const [weight, setWeight] = useDraft<WeightRecord | null>('devices.weight', null);
  const [manualValues, setManualValues] = useDraft('devices.manualWeight', { grams: '', reason: '' });
  /** Just recorded: confirmed once, not again after a lock. */
  const [confirmed, setConfirmed] = useState<WeightRecord | null>(null);
  const alertId = useId();
  const captureHintId = useId();
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, manual.error);
  const stable = canCapture(props.status);

  function recorded(record: WeightRecord) {
    setWeight(record);
    setConfirmed(record);
    capture.setError(null);
    manual.setError(null);
  }

  async function captureWeight() {
    setConfirmed(null);
    const result = await capture.run({});
    if (result?.ok) recorded(result.value);
  }

  async function enterManually(e: FormEvent) {
    e.preventDefault();
    setConfirmed(null);
    // Sent as typed: the counter reads it with the one grams parser and names what was typed if it is not whole grams.
    const result = await manual.run({ grams: manualValues.grams, reason: manualValues.reason });
    if (result?.ok) {
      recorded(result.value);
      setManualValues({ grams: '', reason: '' });
    }
  }

  const weightText = (w: WeightRecord) => `${formatGrams(w.grams, lang)}${w.manual ? ` ${t('devices.weigh.manualMark')}` : ''}`;
  const field = (name: 'grams' | 'reason') => ({ issue: issueFor(manual.error, name), invalid: fieldInvalid(manual.error, name), alertId });
  return (
    <Section title={t('devices.weigh.title')} className="weigh">
      {() => (
        <div className="weigh__grid">
          <div className="weigh__record">
            <div className="actions actions--start weigh__capture">
              <button type="button" className="button button--primary" disabled={!stable} aria-busy={capture.pending}
                aria-describedby={captureHintId} onClick={() => void captureWeight()}>
                {t('devices.weigh.capture')}
              </button>
            </div>
            <p className="field__hint weigh__hint" id={captureHintId}>{t('devices.weigh.captureHint')}</p>
            <ErrorAlert message={capture.error?.message} />

            <form ref={form} onSubmit={enterManually} noValidate aria-busy={manual.pending}>
              <fieldset>
                <legend>{t('devices.weigh.manual')}</legend>
                <Field label={t('devices.weigh.manualGrams')} {...field('grams')}>
                  {(c) => (
                    <input {...c} name="grams" type="text" inputMode="numeric" autoComplete="off"
                      className="input--short" value={manualValues.grams}
                      onChange={(e) => setManualValues({ ...manualValues, grams: e.target.value })} />
                  )}
                </Field>
                <Field label={t('devices.weigh.manualReason')} hint={t('devices.weigh.manualReasonHint')} {...field('reason')}>
                  {(c) => (
                    <input {...c} name="reason" autoComplete="off" value={manualValues.reason}
                      onChange={(e) => setManualValues({ ...manualValues, reason: e.target.value })} />
                  )}
                </Field>
                <ErrorAlert id={alertId} message={manual.error?.message} />
                <div className="actions actions--start">
                  <button type="submit" className="button">
                    {t('devices.weigh.manualSubmit')}
                  </button>
                </div>
              </fieldset>
            </form>
          </div>

          <div className="weigh__charge">
            <SuccessStatus
              message={
                confirmed &&
                t(confirmed.manual ? 'devices.weigh.entered' : 'devices.weigh.captured', {
                  grams: formatNumber(confirmed.grams, lang),
                  seq: confirmed.seq,
                })
              }
            />
            <p className="weigh__weight">
              <span className="weigh__weight-label">{t('devices.weigh.weight')}</span>
              {weight ? (
                <>
                  <strong className="weigh__weight-value">{weightText(weight)}</strong>
                  <span className="weigh__weight-entry">{t('devices.weigh.entry', { seq: weight.seq })}</span>
                </>
              ) : (
                <strong className="weigh__weight-value">{t('devices.scale.noWeight')}</strong>
              )}
            </p>
            <ChargeQuote weight={weight} />
          </div>
        </div>
      )}
    </Section>
  );
}
