// How the scale's live status reads on screen: the weight in grams, the state in words, and a
// tone (colour plus icon) so the state is never told by colour alone.
import type { TFunction } from 'i18next';
import type { ScaleStatus } from '../../../../shared/contract/commands';
import type { Lang } from '../../../../shared/contract/messages';

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'vi-VN');

/** "1.234" in Vietnamese, "1,234" in English. */
export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang)).format(n);
}

/** "1.234 g" in Vietnamese, "1,234 g" in English. */
export function formatGrams(grams: number, lang: Lang): string {
  return `${formatNumber(grams, lang)} g`;
}

export type ScaleTone = 'ok' | 'warn' | 'error' | 'idle';

/** What the clerk sees for the status: the words, the tone, and a detail line (why the port is not open). */
export interface ScaleStateView {
  text: string;
  tone: ScaleTone;
  icon: string;
  detail: string | null;
}

const refusalKeys = ['motion', 'overload', 'underload', 'negative', 'garbage', 'unit', 'busy', 'error'] as const;
type RefusalKey = (typeof refusalKeys)[number];
const isRefusalKey = (r: string): r is RefusalKey => (refusalKeys as readonly string[]).includes(r);

/** Why a reading cannot be charged, in words. A reading refused by the range rule has no protocol reason. */
function refusalText(t: TFunction, status: ScaleStatus): string {
  const r = status.refusal;
  if (r !== null && isRefusalKey(r)) return t(`devices.scale.refusal.${r}`);
  if (r === null && status.grams === 0) return t('devices.scale.refusal.empty');
  if (r === null && status.grams !== null) return t('devices.scale.refusal.range');
  return t('devices.scale.refusal.unknown');
}

export function scaleStateView(t: TFunction, status: ScaleStatus): ScaleStateView {
  switch (status.connection) {
    case 'unconfigured':
      return { text: t('devices.scale.state.unconfigured'), tone: 'idle', icon: '○', detail: null };
    case 'connecting':
      return { text: t('devices.scale.state.connecting'), tone: 'idle', icon: '⋯', detail: null };
    case 'disconnected':
      // The code in the clerk's language; the port's own (English) error text stays out of the sentence.
      return { text: t('devices.scale.state.disconnected'), tone: 'error', icon: '✕', detail: status.problem ? t(`devices.scale.problem.${status.problem}`) : null };
    case 'connected':
      break;
  }
  if (status.stable) return { text: t('devices.scale.state.stable'), tone: 'ok', icon: '✓', detail: null };
  switch (status.state) {
    case 'moving':
      return { text: t('devices.scale.state.moving'), tone: 'warn', icon: '∿', detail: null };
    case 'refused':
      return { text: t('devices.scale.state.refused', { reason: refusalText(t, status) }), tone: 'error', icon: '!', detail: null };
    default:
      return { text: t('devices.scale.state.waiting'), tone: 'idle', icon: '⋯', detail: null };
  }
}

/** A weight can be captured only from a stable reading on a connected scale. */
export function canCapture(status: ScaleStatus | null): boolean {
  return status !== null && status.connection === 'connected' && status.stable && status.grams !== null;
}

/** "cập nhật 0,3 giây trước": tenths under 10 s, whole seconds under a minute, then minutes. */
export function ageText(t: TFunction, lang: Lang, ageMs: number): string {
  const seconds = Math.max(0, ageMs) / 1000;
  if (seconds >= 60) return t('devices.scale.ageMinutes', { minutes: Math.floor(seconds / 60) });
  const digits = seconds < 10 ? 1 : 0;
  const shown = new Intl.NumberFormat(locale(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    digits ? Math.floor(seconds * 10) / 10 : Math.floor(seconds),
  );
  return t('devices.scale.ageSeconds', { seconds: shown });
}
