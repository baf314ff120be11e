// The days off of one year for state agencies (Saturday and Sunday are their weekly rest):
// the Labour Code's holidays (art. 112) as computed, replaced or extended by the published
// decisions in the overrides, plus a compensatory day for each holiday on a weekend (art. 111.3).
import { addDays, isWeekend, makeDay, weekday, type Day } from './day';
import { lunarToSolar, solarToLunar } from './lunar';
import { occasionIds, type OccasionId, type YearOverrides } from './overrides';

export type HolidayKind = 'holiday' | 'compensatory' | 'decision' | 'workingSaturday';

export interface Holiday {
  date: Day;
  name: string;
  kind: HolidayKind;
  /** The rule that gives the day, or the decision the overrides file names. */
  source: string;
}

const labourCode = 'Bộ luật Lao động 2019, Điều 112';
const compensation = 'Bộ luật Lao động 2019, Điều 111 khoản 3';
/** Tết and the day beside 2 September are chosen by the Prime Minister; ours is a default. */
const byDefault = (year: number) => `${labourCode} — ngày mặc định, chưa có quyết định của Thủ tướng cho năm ${year}`;

function lunarDayOf(year: number, month: number, day: number): Day {
  // Month 1 and month 3 always exist outside a leap, so the conversion cannot miss.
  return lunarToSolar({ day, month, year, leap: false })!;
}

/**
 * Which day joins 2 September: the one that bridges to the weekend (3 Sep when 2 Sep is a Monday,
 * Thursday or Sunday, else 1 Sep), as the decisions for 2024, 2025 and 2026 chose.
 */
function nationalDayNeighbour(year: number): Day {
  const w = weekday(makeDay(year, 9, 2));
  return makeDay(year, 9, w === 0 || w === 1 || w === 4 ? 3 : 1);
}

function occasionName(occasion: OccasionId, date: Day): string {
  switch (occasion) {
    case 'newYear':
      return 'Tết Dương lịch (1/1)';
    case 'tet': {
      const l = solarToLunar(date);
      return `Tết Nguyên đán (${l.day}/${l.month} âm lịch)`;
    }
    case 'hungKings':
      return 'Giỗ Tổ Hùng Vương (10/3 âm lịch)';
    case 'reunification':
      return 'Ngày Chiến thắng (30/4)';
    case 'labourDay':
      return 'Ngày Quốc tế Lao động (1/5)';
    case 'nationalDay':
      return date.endsWith('-09-02') ? 'Quốc khánh (2/9)' : `Quốc khánh (nghỉ liền kề ${Number(date.slice(8))}/9)`;
  }
}

/** The Labour Code's days for an occasion, with the default choice where a decision is expected. */
function computedDays(occasion: OccasionId, year: number): { days: Day[]; source: string } {
  switch (occasion) {
    case 'newYear':
      return { days: [makeDay(year, 1, 1)], source: labourCode };
    case 'tet': {
      // Default: the last day of the old lunar year and the first four of the new one, the
      // split the decisions most often make (2026: 16–20 Feb).
      const firstDay = lunarDayOf(year, 1, 1);
      return { days: [-1, 0, 1, 2, 3].map((n) => addDays(firstDay, n)), source: byDefault(year) };
    }
    case 'hungKings':
      return { days: [lunarDayOf(year, 3, 10)], source: labourCode };
    case 'reunification':
      return { days: [makeDay(year, 4, 30)], source: labourCode };
    case 'labourDay':
      return { days: [makeDay(year, 5, 1)], source: labourCode };
    case 'nationalDay':
      return { days: [makeDay(year, 9, 2), nationalDayNeighbour(year)].sort(), source: byDefault(year) };
  }
}

const kindOrder: Record<HolidayKind, number> = { holiday: 0, compensatory: 1, decision: 2, workingSaturday: 3 };

/** Every day off and every working Saturday of `year`, in date order. */
export function holidaysOf(year: number, overrides?: YearOverrides): Holiday[] {
  const days: Holiday[] = [];
  const onWeekend: Holiday[] = [];
  for (const occasion of occasionIds) {
    const decided = overrides?.occasions[occasion];
    // A published decision already places the occasion's days and any days in lieu of them.
    const { days: dates, source } = decided ?? computedDays(occasion, year);
    for (const date of dates) {
      const h: Holiday = { date, name: occasionName(occasion, date), kind: 'holiday', source };
      days.push(h);
      if (!decided && isWeekend(date)) onWeekend.push(h);
    }
  }
  for (const d of overrides?.daysOff ?? []) days.push({ date: d.date, name: d.name, kind: 'decision', source: d.source });

  const off = new Set(days.map((h) => h.date));
  for (const h of onWeekend.sort((a, b) => a.date.localeCompare(b.date))) {
    let date = addDays(h.date, 1);
    while (isWeekend(date) || off.has(date)) date = addDays(date, 1);
    off.add(date);
    days.push({ date, name: `Nghỉ bù ${h.name}`, kind: 'compensatory', source: compensation });
  }
  for (const s of overrides?.workingSaturdays ?? []) days.push({ date: s.date, name: s.name, kind: 'workingSaturday', source: s.source });
  return days.sort((a, b) => a.date.localeCompare(b.date) || kindOrder[a.kind] - kindOrder[b.kind]);
}
