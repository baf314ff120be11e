// The Vietnamese lunisolar calendar, after Hồ Ngọc Đức's astronomical algorithm (new moons and
// the sun's longitude from Jean Meeus' "Astronomical Algorithms"). Months begin on the day of the
// new moon *in Vietnam* (UTC+7): Chinese tables use UTC+8 and put Tết a day off in some years, so
// the zone is fixed here rather than taken from a library or the machine.
import { dayFromNumber, dayNumber, type Day } from './day';

const timeZone = 7;
/** Julian day number of 1970-01-01, to move between day numbers and Julian days. */
const julianEpoch = 2_440_588;
const synodicMonth = 29.530588853;
/** The new moon of 1900-01-01 13:52 UTC, from which new moons are counted. */
const newMoon1900 = 2_415_021.076998695;
const rad = Math.PI / 180;

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  /** The leap (intercalary) month, which repeats the number of the month before it. */
  leap: boolean;
}

const jd = (day: Day) => dayNumber(day) + julianEpoch;

/** The moment (Julian day, UTC) of the k-th new moon after 1900-01-01. */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * rad);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let C1 = (0.1734 - 0.000393 * T) * Math.sin(M * rad) + 0.0021 * Math.sin(2 * rad * M);
  C1 = C1 - 0.4068 * Math.sin(Mpr * rad) + 0.0161 * Math.sin(rad * 2 * Mpr);
  C1 = C1 - 0.0004 * Math.sin(rad * 3 * Mpr);
  C1 = C1 + 0.0104 * Math.sin(rad * 2 * F) - 0.0051 * Math.sin(rad * (M + Mpr));
  C1 = C1 - 0.0074 * Math.sin(rad * (M - Mpr)) + 0.0004 * Math.sin(rad * (2 * F + M));
  C1 = C1 - 0.0004 * Math.sin(rad * (2 * F - M)) - 0.0006 * Math.sin(rad * (2 * F + Mpr));
  C1 = C1 + 0.001 * Math.sin(rad * (2 * F - Mpr)) + 0.0005 * Math.sin(rad * (2 * Mpr + M));
  const deltaT = T < -11 ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3 : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + C1 - deltaT;
}

/** The sun's apparent longitude in radians, 0…2π, at a Julian day (UTC). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(rad * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(rad * 2 * M) + 0.00029 * Math.sin(rad * 3 * M);
  const L = (L0 + DL) * rad;
  return L - 2 * Math.PI * Math.floor(L / (2 * Math.PI));
}

/** The Julian day number on which the k-th new moon falls, in Vietnam. */
const newMoonDay = (k: number) => Math.floor(newMoon(k) + 0.5 + timeZone / 24);

/** Which of the 12 thirty-degree sectors the sun is in at the start of a Vietnamese day. */
const sunSector = (jdn: number) => Math.floor((sunLongitude(jdn - 0.5 - timeZone / 24) / Math.PI) * 6);

/** Start of the 11th lunar month (the one holding the winter solstice) of a solar year. */
function month11Start(year: number): number {
  const k = Math.floor((jd(`${String(year).padStart(4, '0')}-12-31`) - 2415021) / synodicMonth);
  const nm = newMoonDay(k);
  // If the sun is already past 270° at that new moon, the solstice fell in the month before.
  return sunSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

/** In a leap year (13 months between two 11th months): which month after the 11th is the leap one. */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - newMoon1900) / synodicMonth + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  // The leap month is the first one in which the sun enters no new sector (no major solar term).
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

export function solarToLunar(day: Day): LunarDate {
  const jdn = jd(day);
  const year = Number(day.slice(0, 4));
  // The mean-month estimate can miss by one where the true new moon runs far from the mean
  // (2054-04-30 would otherwise come out as day 0), so step to the month that holds the day.
  let k = Math.floor((jdn - newMoon1900) / synodicMonth);
  while (newMoonDay(k) > jdn) k--;
  while (newMoonDay(k + 1) <= jdn) k++;
  const monthStart = newMoonDay(k);
  let a11 = month11Start(year);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = month11Start(year - 1);
  } else {
    lunarYear = year + 1;
    b11 = month11Start(year + 1);
  }
  const diff = Math.floor((monthStart - a11) / 29);
  let month = diff + 11;
  let leap = false;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { day: jdn - monthStart + 1, month, year: lunarYear, leap };
}

/** The solar day of a lunar date; null for a leap month the year does not have. */
export function lunarToSolar({ day, month, year, leap }: LunarDate): Day | null {
  const [a11, b11] = month < 11 ? [month11Start(year - 1), month11Start(year)] : [month11Start(year), month11Start(year + 1)];
  const k = Math.floor(0.5 + (a11 - newMoon1900) / synodicMonth);
  let offset = month - 11;
  if (offset < 0) offset += 12;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    let leapMonth = leapOffset - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return null;
    if (leap || offset >= leapOffset) offset += 1;
  } else if (leap) {
    return null;
  }
  return dayFromNumber(newMoonDay(k + offset) + day - 1 - julianEpoch);
}
