// Khối lượng bì hồ sơ: the envelope's weight enters the ledger from a stable reading, or typed
// by hand with a reason; that entry (its seq) is what the dossier is charged for. The postal
// item number is scanned from the envelope's label, or left empty for the counter's next one.
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput, WeightRecord } from '../../../../shared/contract/commands';
import { Field } from '../../components/Field';
import { ErrorAlert, SuccessStatus } from '../../components/Notice';
import { Section } from '../../components/Section';
import { fieldInvalid, issueFor, useAction } from '../../hooks/use-action';
import { useDraft } from '../../hooks/use-draft';
import { currentLanguage } from '../../i18n';
import { LiveWeight } from '../devices/LiveWeight';
import { canCapture, formatGrams } from '../devices/scale-text';
import { useScale } from '../devices/use-scale';
import { withLocal, type Check } from './field-check';
import { localProblem, type IntakeDraft } from './intake-draft';

type Settings = CommandOutput<'intake.settings'>;

export function WeightSection(props: {
  draft: IntakeDraft;
  onWeight: (weight: WeightRecord) => void;
  onS10: (s10: string) => void;
  settings: Settings | null;
  check: Check;
  showAll: boolean;
  /** Where the cursor goes after a scanned label (a scanner ends with Enter). */
  onS10Done: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { status } = useScale();
  const capture = useAction('scale.capture');
  const manual = useAction('scale.manualWeight');
  const [manualValues, setManualValues] = useDraft('intake.manualWeight', { open: false, grams: '', reason: '' });
  const captureHintId = useId();
  const manualAlertId = useId();
  const manualPanelId = useId();
  const [s10Left, setS10Left] = useState(false);
  const weight = props.draft.weight;
  const weightCheck = props.check('weightSeq');
  const s10Check = withLocal(props.check('s10'), localProblem('s10', props.draft, lang), props.showAll || s10Left);
  const stable = canCapture(status);

  function recorded(record: WeightRecord) {
    props.onWeight(record);
    capture.setError(null);
    manual.setError(null);
  }

  async function captureWeight() {
    const result = await capture.run({});
    if (result?.ok) recorded(result.value);
  }

  async function enterManually() {
    // Sent as typed: the counter reads it with the one grams parser and names what was typed if it is not whole grams.
    const result = await manual.run({ grams: manualValues.grams, reason: manualValues.reason });
    if (result?.ok) {
      recorded(result.value);
      setManualValues({ open: false, grams: '', reason: '' });
    }
  }

  /** Enter in the manual fields records the manual weight (not the whole form's review). */
  function manualKey(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    e.preventDefault();
    void enterManually();
  }

  function s10Key(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    e.preventDefault();
    setS10Left(true);
    // A good label moves on to the next section; a misread one keeps the cursor here, with its message.
    if (!localProblem('s10', props.draft, lang)) props.onS10Done();
  }

  const manualField = (name: 'grams' | 'reason') => ({
    issue: issueFor(manual.error, name),
    invalid: fieldInvalid(manual.error, name),
    alertId: manualAlertId,
  });
  const settings = props.settings;
  const s10Hint = !settings
    ? undefined
    : settings.nextS10
      ? t('intake.weight.s10Next', { next: settings.nextS10 })
      : settings.s10
        ? t('intake.weight.s10UsedUp')
        : t('intake.weight.s10NotSet');

  return (
    <Section title={t('intake.weight.title')} className="intake-section intake-weight">
      {() => (
        <>
          <LiveWeight status={status} />
          <div className="intake-weight__record">
            <div className="actions actions--start">
              <button
                type="button"
                className="button button--primary"
                disabled={!stable}
                aria-busy={capture.pending}
                aria-describedby={captureHintId}
                data-invalid={weightCheck.invalid ? 'true' : undefined}
                onClick={() => void captureWeight()}
              >
                {t('intake.weight.capture')}
              </button>
            </div>
            <p className="field__hint" id={captureHintId}>
              {t('intake.weight.captureHint')}
            </p>
            <ErrorAlert message={capture.error?.message} />
            <p role="status" className={`intake-weight__recorded${weightCheck.invalid ? ' intake-weight__recorded--invalid' : ''}`}>
              {weight
                ? `${t('intake.weight.recorded', { grams: formatGrams(weight.grams, lang) })}${weight.manual ? ` ${t('intake.weight.manualMark')}` : ''}`
                : t('intake.weight.none')}
            </p>
            {weightCheck.issue && <p className="field__issue">{weightCheck.issue}</p>}
          </div>

          <div className="intake-weight__manual">
            <button
              type="button"
              className="intake-weight__toggle"
              aria-expanded={manualValues.open}
              aria-controls={manualPanelId}
              data-invalid={weightCheck.invalid && !stable ? 'true' : undefined}
              onClick={() => setManualValues({ ...manualValues, open: !manualValues.open })}
            >
              <span aria-hidden="true">{manualValues.open ? '▾' : '▸'} </span>
              {t('intake.weight.manual')}
            </button>
            <div className="inline-form" id={manualPanelId} hidden={!manualValues.open}>
              <Field label={t('intake.weight.manualGrams')} {...manualField('grams')}>
                {(c) => (
                  <input
                    {...c}
                    name="manualGrams"
                    type="text"
                    inputMode="numeric"
                    className="input--short"
                    autoComplete="off"
                    value={manualValues.grams}
                    onChange={(e) => setManualValues({ ...manualValues, grams: e.target.value })}
                    onKeyDown={manualKey}
                  />
                )}
              </Field>
              <Field label={t('intake.weight.manualReason')} hint={t('intake.weight.manualReasonHint')} className="intake-weight__reason" {...manualField('reason')}>
                {(c) => (
                  <input
                    {...c}
                    name="manualReason"
                    autoComplete="off"
                    value={manualValues.reason}
                    onChange={(e) => setManualValues({ ...manualValues, reason: e.target.value })}
                    onKeyDown={manualKey}
                  />
                )}
              </Field>
              <div className="actions">
                <button type="button" className="button" aria-busy={manual.pending} onClick={() => void enterManually()}>
                  {t('intake.weight.manualSubmit')}
                </button>
              </div>
              <ErrorAlert id={manualAlertId} message={manual.error?.message} />
            </div>
          </div>

          <Field label={t('intake.weight.s10')} hint={s10Hint} className="intake-weight__s10" {...s10Check}>
            {(c) => (
              <input
                {...c}
                name="s10"
                autoComplete="off"
                spellCheck={false}
                autoCapitalize="characters"
                placeholder={settings?.nextS10 ?? undefined}
                value={props.draft.s10}
                onChange={(e) => props.onS10(e.target.value)}
                onKeyDown={s10Key}
                onBlur={() => setS10Left(true)}
              />
            )}
          </Field>
        </>
      )}
    </Section>
  );
}
