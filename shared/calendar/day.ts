// Calendar days as plain 'YYYY-MM-DD' strings and their arithmetic. Everything goes through UTC
// day numbers, never the machine's clock or zone: a counter PC set to UTC (or anything else)
// must give the same dates as one set to Asia/Ho_Chi_Minh.

/** A calendar day, 'YYYY-MM-DD'. */
export type Day = string;

const msPerDay = 86_400_000;
/** Vietnam keeps UTC+7 all year (no daylight saving since 1975). */
const vietnamOffsetHours = 7;

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month and day of a well-formed day; null for anything else (31 Feb, '2026-2-1'). */
export function parseDay(day: string): { year: number; month: number; date: number } | null {
  const m = dayPattern.exec(day);
  if (!m) return null;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return dayFromNumber(dayNumberOf(year, month, date)) === day ? { year, month, date } : null;
}

export function isDay(day: string): boolean {
  return parseDay(day) !== null;
}

/** Days since 1970-01-01. */
export function dayNumberOf(year: number, month: number, date: number): number {
  return Math.floor(Date.UTC(year, month - 1, date) / msPerDay);
}

export function dayNumber(day: Day): number {
  const p = parseDay(day);
  if (!p) throw new RangeError(`not a day: ${day}`);
  return dayNumberOf(p.year, p.month, p.date);
}

export function dayFromNumber(n: number): Day {
  const d = new Date(n * msPerDay);
  const pad = (v: number, width = 2) => String(v).padStart(width, '0');
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function makeDay(year: number, month: number, date: number): Day {
  return dayFromNumber(dayNumberOf(year, month, date));
}

export function addDays(day: Day, n: number): Day {
  return dayFromNumber(dayNumber(day) + n);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
  // 1970-01-01 was a Thursday.
  return (((dayNumber(day) + 4) % 7) + 7) % 7;
}

export function isWeekend(day: Day): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

export function yearOf(day: Day): number {
  return Number(day.slice(0, 4));
}

/** The Vietnamese wall clock at an instant: the local day and the seconds since local midnight. */
export function vietnamTime(instant: string): { day: Day; secondOfDay: number } {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${instant}`);
  const local = ms + vietnamOffsetHours * 3_600_000;
  const n = Math.floor(local / msPerDay);
  return { day: dayFromNumber(n), secondOfDay: Math.floor((local - n * msPerDay) / 1000) };
}

/** '17/02/2026', as Vietnamese forms write dates. */
export function formatDayVi(day: Day): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

const weekdayNames = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

export function weekdayVi(day: Day): string {
  return weekdayNames[weekday(day)]!;
}
