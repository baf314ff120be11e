import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { syncBarText } from './sync-text';
import { useSyncStatus } from './use-sync';

/** The status bar's sync item: live from the `sync.status` events. */
export function SyncIndicator() {
  const { t } = useTranslation();
  const bar = syncBarText(t, useSyncStatus(), currentLanguage());
  return (
    <li className={`status-bar__item${bar.tone === 'alert' ? ' status-bar__item--alert' : bar.tone === 'muted' ? ' status-bar__item--muted' : ''}`} data-testid="sync-status" aria-live="polite">
      {bar.tone === 'alert' && <span aria-hidden="true">⚠ </span>}
      {bar.parts.join(' · ')}
    </li>
  );
}
