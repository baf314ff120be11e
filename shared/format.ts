// Display formats for Vietnam. Times are stored as UTC instants; people read them in
// Asia/Ho_Chi_Minh whatever zone the machine's clock is set to.
import type { Lang } from './contract/messages';

export const counterTimeZone = 'Asia/Ho_Chi_Minh';

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'vi-VN');

/** Whole VND: "1.250.000 ₫" in Vietnamese. */
export function formatVnd(amount: number, lang: Lang = 'vi'): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`VND amounts are whole numbers: ${amount}`);
  return new Intl.NumberFormat(locale(lang), { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(amount);
}

/** "27/11/2026" */
export function formatDate(instant: Date | string, lang: Lang = 'vi'): string {
  return new Intl.DateTimeFormat(locale(lang), {
    timeZone: counterTimeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(instant));
}

/** "14:05 27/11/2026" — time first, as Vietnamese forms write it. */
export function formatDateTime(instant: Date | string, lang: Lang = 'vi'): string {
  const d = new Date(instant);
  const time = new Intl.DateTimeFormat(locale(lang), {
    timeZone: counterTimeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(d);
  return `${time} ${formatDate(d, lang)}`;
}

/** Local wall-clock rendering kept beside each UTC instant in the ledger: "2026-11-27 14:05:09 +07:00". */
export function localStamp(instant: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: counterTimeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second} +07:00`;
}
