// The sync's state in the status bar's words: synced, n waiting, offline since hh:mm, refused.
import type { TFunction } from 'i18next';
import type { SyncStatus } from '../../../../shared/contract/sync';
import { syncProblemText } from '../../../../shared/contract/sync-messages';
import { formatDateTime } from '../../../../shared/format';
import type { Lang } from '../../../../shared/contract/messages';

export interface SyncBarText {
  parts: string[];
  tone: 'ok' | 'muted' | 'alert';
}

export function syncBarText(t: TFunction, s: SyncStatus | null, lang: Lang): SyncBarText {
  if (!s || s.state === 'notEnrolled') return { parts: [t('status.syncState.notEnrolled')], tone: 'muted' };
  if (s.state === 'refused') return { parts: [t('status.syncState.refused', { reason: s.lastError ? syncProblemText(s.lastError, lang) : '' })], tone: 'alert' };
  // The clerk counts dossiers; entries that are not dossiers (a weighing, a sign-out) count when no dossier waits.
  const count = s.waitingDossiers > 0 ? s.waitingDossiers : s.waiting;
  const waiting = count > 0 ? [t('status.syncState.waiting', { count })] : [];
  if (s.state === 'offline' && s.offlineSince) return { parts: [t('status.syncState.offline', { time: formatDateTime(s.offlineSince, lang).slice(0, 5) }), ...waiting], tone: 'alert' };
  if (s.state === 'synced') return { parts: [t('status.syncState.synced')], tone: 'ok' };
  return { parts: waiting, tone: 'muted' };
}
