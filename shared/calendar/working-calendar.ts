// Working days of state agencies: Monday to Friday, less the year's days off, plus any Saturday
// a decision turns into a working day.
import { addDays, isWeekend, yearOf, type Day } from './day';
import { holidaysOf, type Holiday } from './holidays';
import type { CalendarOverrides, YearOverrides } from './overrides';

interface YearDays {
  list: Holiday[];
  off: Set<Day>;
  workingSaturdays: Set<Day>;
}

export class WorkingCalendar {
  private readonly overrides: Map<number, YearOverrides>;
  private readonly years = new Map<number, YearDays>();

  constructor(overrides?: CalendarOverrides) {
    this.overrides = new Map((overrides?.years ?? []).map((y) => [y.year, y]));
  }

  holidays(year: number): Holiday[] {
    return this.year(year).list;
  }

  isWorkingDay(day: Day): boolean {
    const y = this.year(yearOf(day));
    if (y.workingSaturdays.has(day)) return true;
    return !isWeekend(day) && !y.off.has(day);
  }

  /** The first working day after `day`. */
  nextWorkingDay(day: Day): Day {
    let d = addDays(day, 1);
    while (!this.isWorkingDay(d)) d = addDays(d, 1);
    return d;
  }

  /** `day` itself if it is a working day, else the next one: where a deadline on a rest day lands. */
  workingDayOnOrAfter(day: Day): Day {
    return this.isWorkingDay(day) ? day : this.nextWorkingDay(day);
  }

  /** The n-th working day after `day` (a period starts the day after its event); `day` for n = 0. */
  addWorkingDays(day: Day, n: number): Day {
    let d = day;
    for (let i = 0; i < n; i++) d = this.nextWorkingDay(d);
    return d;
  }

  private year(year: number): YearDays {
    let y = this.years.get(year);
    if (!y) {
      const list = holidaysOf(year, this.overrides.get(year));
      y = {
        list,
        off: new Set(list.filter((h) => h.kind !== 'workingSaturday').map((h) => h.date)),
        workingSaturdays: new Set(list.filter((h) => h.kind === 'workingSaturday').map((h) => h.date)),
      };
      this.years.set(year, y);
    }
    return y;
  }
}
