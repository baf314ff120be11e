// Display formats for Vietnam. Times are stored as UTC instants; people read them in
// Asia/Ho_Chi_Minh whatever zone the machine's clock is set to.
import type { Lang } from './contract/messages';

export const counterTimeZone = 'Asia/Ho_Chi_Minh';

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'vi-VN');

/** Whole VND: "1.250.000 ₫" in Vietnamese. */
const vndFormats = {
  vi: new Intl.NumberFormat(locale('vi'), { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat(locale('en'), { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }),
};

export function formatVnd(amount: number, lang: Lang = 'vi'): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`VND amounts are whole numbers: ${amount}`);
  return vndFormats[lang].format(amount);
}

/** "27/11/2026" */
const dateFormat = (lang: Lang) => new Intl.DateTimeFormat(locale(lang), { timeZone: counterTimeZone, day: '2-digit', month: '2-digit', year: 'numeric' });
const dateFormats = { vi: dateFormat('vi'), en: dateFormat('en') };

export function formatDate(instant: Date | string, lang: Lang = 'vi'): string {
  return dateFormats[lang].format(new Date(instant));
}

/** A calendar day kept as "2026-11-27" (a counter's local day, no time zone), as people read it: "27/11/2026". */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
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

// Building an Intl formatter costs far more than using one, and every ledger entry needs a stamp.
const stampFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: counterTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Local wall-clock rendering kept beside each UTC instant in the ledger: "2026-11-27 14:05:09 +07:00". */
export function localStamp(instant: Date): string {
  const parts = Object.fromEntries(stampFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second} +07:00`;
}
