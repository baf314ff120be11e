import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/contract/commands';
import { formatDateTime } from '../../../shared/format';
import type { CounterInfo } from '../app-state';
import { useNow } from '../hooks/use-now';
import { currentLanguage, setLanguage } from '../i18n';
import { useScaleConnection } from './devices/use-scale';
import { printerBarText } from './devices/printer-text';
import { usePrinterStatus } from './devices/use-printer';
import { SyncIndicator } from './sync/SyncIndicator';

/** Where and who, the devices' state, the time, and the session's buttons. */
export function StatusBar(props: {
  user: SessionUser;
  counter: CounterInfo;
  onLock: () => void;
  onSignOut: () => void;
}) {
  const { t } = useTranslation();
  const now = useNow(30_000);
  const lang = currentLanguage();
  const other = lang === 'vi' ? 'en' : 'vi';
  const scale = useScaleConnection();
  const printer = printerBarText(t, usePrinterStatus());
  return (
    <footer className="status-bar" aria-label={t('status.label')}>
      <ul className="status-bar__items">
        <li className="status-bar__item status-bar__item--strong">
          {t('common.counterOffice', { number: props.counter.counterNumber, office: props.counter.officeName })}
        </li>
        <li className="status-bar__item">
          {t('status.user', { role: t(`role.${props.user.role}`), name: props.user.name })}
        </li>
        <li className={`status-bar__item${printer.tone === 'alert' ? ' status-bar__item--alert' : printer.tone === 'muted' ? ' status-bar__item--muted' : ''}`}>
          {printer.tone === 'alert' && <span aria-hidden="true">⚠ </span>}
          {printer.text}
        </li>
        <li className={`status-bar__item${scale === 'connected' ? '' : scale === 'disconnected' ? ' status-bar__item--alert' : ' status-bar__item--muted'}`}>
          {scale === 'disconnected' && <span aria-hidden="true">⚠ </span>}
          {t(scale === null || scale === 'unconfigured' ? 'status.scale' : `status.scaleState.${scale}`)}
        </li>
        <SyncIndicator />
        <li className="status-bar__item">
          <time dateTime={now.toISOString()}>{formatDateTime(now, lang)}</time>
        </li>
      </ul>
      <div className="status-bar__actions">
        <button type="button" className="button button--bar" lang={other} onClick={() => void setLanguage(other)}>
          {t('status.otherLanguage')}
        </button>
        <button type="button" className="button button--bar" onClick={props.onLock}>
          {t('status.lock')}
        </button>
        <button type="button" className="button button--bar" onClick={props.onSignOut}>
          {t('status.signOut')}
        </button>
      </div>
    </footer>
  );
}
