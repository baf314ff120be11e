// The working-day calendar in force at this counter: the published holiday decisions and the
// transit times, read from resources/calendar/ and checked, over the pure calendar in shared/.
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { computeDue, processingPeriod } from '../../shared/calendar/due-date';
import { calendarOverrides, type YearOverrides } from '../../shared/calendar/overrides';
import { transitTimesFile, type TransitTimes } from '../../shared/calendar/transit-times';
import { WorkingCalendar } from '../../shared/calendar/working-calendar';
import type { Procedure } from '../../shared/catalogue/procedure';
import type { CommandOutput, DueView } from '../../shared/contract/commands';
import type { DossierService } from '../../shared/tariff/tariff';
import { CounterError } from './counter-error';

export interface DueQuery {
  /** ISO instant with its zone. */
  receivedAt: string;
  processing: Procedure['processing'];
  route: string;
  service: DossierService;
  appointmentDay?: string | null;
}

export class WorkingCalendarService {
  private loaded: { calendar: WorkingCalendar; transit: TransitTimes } | null = null;

  constructor(
    private readonly files: { overrides: string; transit: string },
    /** Years of decisions the province published since (sync/apply-directive.ts): each replaces the file's year. */
    private readonly centreYears: () => YearOverrides[] = () => [],
  ) {}

  /** Reads the calendar again on next use: the centre published a year. */
  reload(): void {
    this.loaded = null;
  }

  holidays(year: number): CommandOutput<'calendar.holidays'> {
    return { year, days: this.load().calendar.holidays(year) };
  }

  due(q: DueQuery): DueView {
    const { calendar, transit } = this.load();
    const route = transit.routes.find((r) => r.id === q.route);
    if (!route) throw new CounterError('ROUTE_UNKNOWN', { route: q.route });
    const processing = processingPeriod(q.processing);
    if (!processing.ok) throw new CounterError('PROCESSING_UNIT_UNKNOWN', { unit: processing.unit });
    return computeDue(calendar, { receivedAt: q.receivedAt, processing, route: route.id, transitDays: route.transitDays, service: q.service, appointmentDay: q.appointmentDay ?? null });
  }

  routes(): { id: string; name: string; transitDays: number }[] {
    return this.load().transit.routes.map(({ id, name, transitDays }) => ({ id, name, transitDays }));
  }

  /** The working days themselves, for rules counted in them (home delivery attempts). */
  workingDays(): WorkingCalendar {
    return this.load().calendar;
  }

  get defaultRoute(): string {
    return this.load().transit.defaultRoute;
  }

  /** Read once: a broken file stops due dates with a message naming it, never a guess. */
  private load() {
    if (!this.loaded) {
      const file = readChecked(this.files.overrides, calendarOverrides);
      const published = this.centreYears();
      const overrides = { ...file, years: [...file.years.filter((y) => !published.some((p) => p.year === y.year)), ...published] };
      this.loaded = { calendar: new WorkingCalendar(overrides), transit: readChecked(this.files.transit, transitTimesFile) };
    }
    return this.loaded;
  }
}

function readChecked<S extends z.ZodType>(path: string, schema: S): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CounterError('CALENDAR_FILE_INVALID', { path, reason: (e as Error).message.slice(0, 300) });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const reason = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(tệp)'}: ${i.message}`)
      .join('; ');
    throw new CounterError('CALENDAR_FILE_INVALID', { path, reason });
  }
  return parsed.data;
}
