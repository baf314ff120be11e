// The weight on the pan as the scale reports it, large, with its state in words and an icon,
// how fresh it is, and the zero and tare buttons.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScaleStatus } from '../../../../shared/contract/commands';
import { useApi } from '../../api/api-context';
import { isSessionLoss } from '../../api/guarded-client';
import { ErrorAlert, SuccessStatus } from '../../components/Notice';
import { useNow } from '../../hooks/use-now';
import { currentLanguage } from '../../i18n';
import { ageText, formatGrams, scaleStateView } from './scale-text';

export function LiveWeight(props: { status: ScaleStatus | null }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { status } = props;
  const view = status ? scaleStateView(t, status) : null;
  const zero = useAdjust('zero');
  const tare = useAdjust('tare');
  return (
    <>
      <div className={`scale-live scale-live--${view?.tone ?? 'idle'}`}>
        {/* Only the weight and its state are announced; the age beside it changes twice a second and is not. */}
        <div role="status" aria-label={t('devices.scale.live')} className="scale-live__reading">
          <span className="scale-live__grams">
            {status?.grams != null ? formatGrams(status.grams, lang) : t('devices.scale.noWeight')}
          </span>{' '}
          {view && (
            <span className="scale-live__state">
              <span className="scale-live__icon" aria-hidden="true">
                {view.icon}
              </span>
              <span>
                {view.text}
                {view.detail && <span className="scale-live__detail"> — {view.detail}</span>}
              </span>
            </span>
          )}
        </div>
        <div className="scale-live__side">
          <ReadingAge at={status?.at ?? null} />
          <button type="button" className="button" aria-busy={zero.pending} onClick={() => void zero.run()}>
            {t('devices.scale.zero')}
          </button>
          <button type="button" className="button" aria-busy={tare.pending} onClick={() => void tare.run()}>
            {t('devices.scale.tare')}
          </button>
        </div>
      </div>
      <SuccessStatus message={zero.sent ? t('devices.scale.zeroSent') : tare.sent ? t('devices.scale.tareSent') : null} />
      <ErrorAlert message={zero.error ?? tare.error} />
    </>
  );
}

/** "cập nhật 0,3 giây trước", redrawn every 500 ms on its own so the rest of the area is not. */
function ReadingAge(props: { at: string | null }) {
  const { t } = useTranslation();
  const now = useNow(500);
  if (!props.at) return null;
  return (
    <p className="scale-live__age">
      <time dateTime={props.at}>{ageText(t, currentLanguage(), now.getTime() - Date.parse(props.at))}</time>
    </p>
  );
}

/** Zero and tare are device actions, not ledger entries (no idempotency key): one call, its answer shown. */
function useAdjust(action: 'zero' | 'tare') {
  const api = useApi();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);

  async function run() {
    if (pending) return;
    setPending(true);
    setError(null);
    setSent(false);
    const result = await api.call('scale.adjust', { action });
    setPending(false);
    if (result.ok) setSent(true);
    else if (!isSessionLoss(result.error)) setError(result.error.message);
  }

  return { run, pending, error, sent };
}
