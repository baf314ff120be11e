// The working-day calendar: lunar dates for Vietnam (UTC+7), the holidays of a year with their
// compensatory days and published overrides, and the due date of a dossier step by step.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays, dayFromNumber, dayNumber, weekday } from '../../shared/calendar/day';
import { computeDue, processingPeriod, type DueRequest } from '../../shared/calendar/due-date';
import { holidaysOf } from '../../shared/calendar/holidays';
import { lunarToSolar, solarToLunar } from '../../shared/calendar/lunar';
import { calendarOverrides, type CalendarOverrides } from '../../shared/calendar/overrides';
import { WorkingCalendar } from '../../shared/calendar/working-calendar';
import { CounterError } from '../../electron/services/counter-error';
import { WorkingCalendarService } from '../../electron/services/working-calendar-service';

const root = join(__dirname, '..', '..');
const overridesFile = join(root, 'resources', 'calendar', 'overrides.json');
const transitFile = join(root, 'resources', 'calendar', 'transit-times.json');
const published = calendarOverrides.parse(JSON.parse(readFileSync(overridesFile, 'utf8')));

/** Only the computed rules: no decisions. */
const computed = new WorkingCalendar();
const withDecisions = new WorkingCalendar(published);

const due = (calendar: WorkingCalendar, r: Partial<DueRequest> & { receivedAt: string }) =>
  computeDue(calendar, { processing: { amount: 0, unit: 'workingDays' }, route: 'within-province', transitDays: 2, service: 'both', ...r });

describe('lunar calendar for Vietnam (UTC+7)', () => {
  it('puts Tết and the Hùng Kings’ day on the known dates of 2024–2027', () => {
    const tet = [2024, 2025, 2026, 2027].map((year) => lunarToSolar({ day: 1, month: 1, year, leap: false }));
    expect(tet).toEqual(['2024-02-10', '2025-01-29', '2026-02-17', '2027-02-06']);
    const hungKings = [2024, 2025, 2026, 2027].map((year) => lunarToSolar({ day: 10, month: 3, year, leap: false }));
    expect(hungKings).toEqual(['2024-04-18', '2025-04-07', '2026-04-26', '2027-04-16']);
    expect(solarToLunar('2026-02-16')).toEqual({ day: 29, month: 12, year: 2025, leap: false });
  });

  it('follows Vietnam, not China (UTC+8), where the two calendars part', () => {
    // China: 20 Feb 1985, 18 Feb 2007, 3 Feb 2030.
    const tet = [1985, 2007, 2030].map((year) => lunarToSolar({ day: 1, month: 1, year, leap: false }));
    expect(tet).toEqual(['1985-01-21', '2007-02-17', '2030-02-02']);
  });

  it('finds the leap month (2023 had a second 2nd month) and refuses a leap month a year lacks', () => {
    expect(solarToLunar('2023-03-22')).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(lunarToSolar({ day: 1, month: 2, year: 2023, leap: true })).toBe('2023-03-22');
    expect(lunarToSolar({ day: 1, month: 2, year: 2024, leap: true })).toBeNull();
  });

  it('converts every day of 1950–2100 there and back, each lunar day following the one before', () => {
    let previous = solarToLunar('1949-12-31');
    for (let n = dayNumber('1950-01-01'); n <= dayNumber('2100-12-31'); n++) {
      const day = dayFromNumber(n);
      const lunar = solarToLunar(day);
      expect(lunarToSolar(lunar)).toBe(day);
      if (lunar.day === 1) {
        // A month has 29 or 30 days; a new month follows, or its own leap repeat.
        expect([29, 30]).toContain(previous.day);
        const next = lunar.leap ? previous.month : (previous.month % 12) + 1;
        expect(lunar.month).toBe(next);
      } else {
        expect(lunar).toEqual({ ...previous, day: previous.day + 1 });
      }
      previous = lunar;
    }
  });
});

describe('holidays of a year', () => {
  const dates = (year: number, kind: string, calendar = computed) => calendar.holidays(year).filter((h) => h.kind === kind).map((h) => h.date);

  it('gives the next working day off for a holiday on a Sunday (Hùng Kings’ day 2026 → Monday 27 Apr)', () => {
    expect(weekday('2026-04-26')).toBe(0);
    const monday = computed.holidays(2026).find((h) => h.date === '2026-04-27');
    expect(monday).toMatchObject({ kind: 'compensatory', name: 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)' });
    expect(computed.isWorkingDay('2026-04-27')).toBe(false);
  });

  it('compensates 30 Apr and 1 May on a weekend with the following working days', () => {
    // 2022: Saturday and Sunday → Monday 2 and Tuesday 3 May. 2027: 1 May is a Saturday → Monday 3 May.
    expect(dates(2022, 'compensatory').filter((d) => d.startsWith('2022-05'))).toEqual(['2022-05-02', '2022-05-03']);
    expect(dates(2027, 'compensatory').filter((d) => d.startsWith('2027-05'))).toEqual(['2027-05-03']);
  });

  it('defaults Tết to the last day of the old year and the first four of the new, 2 Sep to its bridging neighbour', () => {
    expect(dates(2026, 'holiday').filter((d) => d.startsWith('2026-02'))).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
    expect(dates(2024, 'holiday').filter((d) => d.startsWith('2024-09'))).toEqual(['2024-09-02', '2024-09-03']);
    expect(dates(2025, 'holiday').filter((d) => d.startsWith('2025-09'))).toEqual(['2025-09-01', '2025-09-02']);
    // Default Tết 2025 has 1 Feb on a Saturday, so Monday 3 Feb is given in lieu.
    expect(dates(2025, 'compensatory')).toContain('2025-02-03');
  });

  it('takes a decision’s days instead of the computed ones, with no day in lieu of them', () => {
    const tet = withDecisions.holidays(2025).filter((h) => h.name.startsWith('Tết Nguyên đán'));
    expect(tet.map((h) => h.date)).toEqual(['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']);
    expect(tet[0]!.source).toContain('8726/VPCP-KGVX');
    expect(withDecisions.isWorkingDay('2025-02-03')).toBe(true);
  });

  it('closes the whole 2024 Tết break and swaps Monday 29 Apr with Saturday 4 May (2450/VPCP-KGVX)', () => {
    const off = (from: string, to: string) => {
      const days: string[] = [];
      for (let d = from; d <= to; d = addDays(d, 1)) if (!withDecisions.isWorkingDay(d)) days.push(d);
      return days;
    };
    expect(off('2024-02-05', '2024-02-18')).toEqual(['2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14', '2024-02-17', '2024-02-18']);
    expect(off('2024-04-27', '2024-05-05')).toEqual(['2024-04-27', '2024-04-28', '2024-04-29', '2024-04-30', '2024-05-01', '2024-05-05']);
    expect(off('2024-08-31', '2024-09-04')).toEqual(['2024-08-31', '2024-09-01', '2024-09-02', '2024-09-03']);
    const listed = withDecisions.holidays(2024);
    expect(listed.find((h) => h.date === '2024-04-29')).toMatchObject({ kind: 'decision', source: expect.stringContaining('2450/VPCP-KGVX') });
    expect(listed.find((h) => h.date === '2024-05-04')).toMatchObject({ kind: 'workingSaturday', source: expect.stringContaining('2450/VPCP-KGVX') });
    // The decided break needs no day in lieu after it: Thursday 15 Feb is a working day again.
    expect(withDecisions.nextWorkingDay('2024-02-08')).toBe('2024-02-15');
  });

  it('marks 2025 as decided by 8726/VPCP-KGVX, with nothing left unconfirmed', () => {
    const y2025 = published.years.find((y) => y.year === 2025)!;
    const entries = [...Object.values(y2025.occasions), ...y2025.daysOff, ...y2025.workingSaturdays];
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(e.source).toContain('8726/VPCP-KGVX');
      expect(e.note).toBeUndefined();
    }
  });

  it('treats a swapped Saturday as a working day and an extra day off as a rest day', () => {
    for (const [saturday, dayOff] of [['2026-08-22', '2026-08-31'], ['2026-01-10', '2026-01-02'], ['2025-04-26', '2025-05-02']] as const) {
      expect(weekday(saturday)).toBe(6);
      expect(computed.isWorkingDay(saturday)).toBe(false);
      expect(withDecisions.isWorkingDay(saturday)).toBe(true);
      expect(computed.isWorkingDay(dayOff)).toBe(true);
      expect(withDecisions.isWorkingDay(dayOff)).toBe(false);
    }
    expect(withDecisions.nextWorkingDay('2026-08-21')).toBe('2026-08-22');
    expect(dates(2026, 'decision', withDecisions)).toEqual(['2026-01-02', '2026-08-31']);
  });

  it('refuses an overrides file that cannot be right', () => {
    const year = (y: Record<string, unknown>) => calendarOverrides.safeParse({ description: 'x', years: [{ year: 2026, ...y }] }).success;
    expect(year({ workingSaturdays: [{ date: '2026-08-21', name: 'x', source: 'x' }] })).toBe(false);
    expect(year({ daysOff: [{ date: '2027-01-04', name: 'x', source: 'x' }] })).toBe(false);
    expect(year({ daysOff: [{ date: '2026-02-30', name: 'x', source: 'x' }] })).toBe(false);
    expect(year({ occasions: { tet: { days: [], source: 'x' } } })).toBe(true);
    const noTet: CalendarOverrides = calendarOverrides.parse({ description: 'x', years: [{ year: 2026, occasions: { tet: { days: [], source: 'x' } } }] });
    expect(holidaysOf(2026, noTet.years[0]).some((h) => h.name.startsWith('Tết Nguyên đán'))).toBe(false);
  });
});

describe('due date', () => {
  it('skips the whole Tết break', () => {
    // Friday 13 Feb 2026 after 15:00: J is Monday 23 Feb, after the 9-day break.
    const d = due(withDecisions, { receivedAt: '2026-02-13T16:00:00+07:00', processing: { amount: 3, unit: 'workingDays' } });
    expect(d).toMatchObject({ receiptDay: '2026-02-23', afterCutoff: true, atAgencyBy: '2026-02-25', decidedBy: '2026-03-02', returnTransitDays: 2, dueDate: '2026-03-04' });
    // Taken in before 15:00 on Friday 13 Feb, the dossier still reaches the agency only after Tết.
    expect(due(withDecisions, { receivedAt: '2026-02-13T10:00:00+07:00' })).toMatchObject({ receiptDay: '2026-02-13', atAgencyBy: '2026-02-24' });
  });

  it('does not fall due inside the 2024 Tết break (Thursday 8 – Wednesday 14 Feb)', () => {
    // Tuesday 6 Feb 2024, send only, no processing time: at the agency after 2 working days.
    const r = { receivedAt: '2024-02-06T09:00:00+07:00', service: 'send' as const };
    expect(due(withDecisions, r)).toMatchObject({ receiptDay: '2024-02-06', atAgencyBy: '2024-02-15', dueDate: '2024-02-15' });
    // 3 working days of processing and the return: Friday 15 Feb → 20 Feb → 22 Feb.
    expect(due(withDecisions, { receivedAt: '2024-02-06T09:00:00+07:00', processing: { amount: 3, unit: 'workingDays' } })).toMatchObject({
      atAgencyBy: '2024-02-15',
      decidedBy: '2024-02-20',
      dueDate: '2024-02-22',
    });
    // Received after 15:00 on Wednesday 7 Feb, J is the first day after the break.
    expect(due(withDecisions, { receivedAt: '2024-02-07T15:30:00+07:00' })).toMatchObject({ receiptDay: '2024-02-15', afterCutoff: true });
  });

  it('passes dossiers received after 15:00 local time on to the next working day', () => {
    const before = due(computed, { receivedAt: '2026-11-26T14:59:59+07:00' });
    const after = due(computed, { receivedAt: '2026-11-26T15:00:01+07:00' });
    expect(before).toMatchObject({ receiptDay: '2026-11-26', afterCutoff: false });
    expect(after).toMatchObject({ receiptDay: '2026-11-27', afterCutoff: true });
    // 08:30 UTC is 15:30 in Vietnam: Friday 27 Nov 2026 → Monday 30 Nov.
    expect(due(computed, { receivedAt: '2026-11-27T08:30:00Z' })).toMatchObject({ receivedAt: '2026-11-27T08:30:00.000Z', receiptDay: '2026-11-30', afterCutoff: true });
    // 23:30 UTC on Thursday is already Friday morning in Vietnam.
    expect(due(computed, { receivedAt: '2026-11-26T23:30:00Z' })).toMatchObject({ receiptDay: '2026-11-27', afterCutoff: false });
  });

  it('takes a dossier received on a rest day as received on the next working day', () => {
    expect(due(computed, { receivedAt: '2026-11-28T09:00:00+07:00' })).toMatchObject({ receiptDay: '2026-11-30', afterCutoff: false });
  });

  it('moves a calendar-day deadline that ends on a Sunday to the Monday', () => {
    // At the agency Wednesday 2 Dec 2026; 4 days later is Sunday 6 Dec.
    const d = due(computed, { receivedAt: '2026-11-30T09:00:00+07:00', processing: { amount: 4, unit: 'days' } });
    expect(d.atAgencyBy).toBe('2026-12-02');
    expect(weekday(addDays(d.atAgencyBy, 4))).toBe(0);
    expect(d).toMatchObject({ processingUnit: 'days', decidedBy: '2026-12-07', dueDate: '2026-12-09' });
  });

  it('adds no return transit when the post only sends the dossier', () => {
    const d = due(computed, { receivedAt: '2026-11-30T09:00:00+07:00', processing: { amount: 5, unit: 'workingDays' }, service: 'send' });
    expect(d).toMatchObject({ atAgencyBy: '2026-12-02', decidedBy: '2026-12-09', returnTransitDays: 0, dueDate: '2026-12-09' });
  });

  it('reads the catalogue’s units, counts a missing time as nothing and refuses units it cannot count', () => {
    const p = (amount: number | null, unit: string) => processingPeriod({ amount, unit, text: '', description: null });
    expect(p(3, 'Ngày làm việc')).toEqual({ ok: true, amount: 3, unit: 'workingDays' });
    expect(p(30, 'Ngày')).toEqual({ ok: true, amount: 30, unit: 'days' });
    expect(p(4, 'Giờ làm việc')).toEqual({ ok: false, unit: 'Giờ làm việc' });
    expect(processingPeriod(null)).toEqual({ ok: true, amount: null, unit: 'workingDays' });
    const d = due(computed, { receivedAt: '2026-11-30T09:00:00+07:00', processing: { amount: null, unit: 'workingDays' } });
    expect(d).toMatchObject({ processingAmount: null, decidedBy: d.atAgencyBy });
  });
});

describe('calendar service', () => {
  const service = new WorkingCalendarService({ overrides: overridesFile, transit: transitFile });
  const dir = mkdtempSync(join(tmpdir(), 'counter-calendar-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('uses the route’s transit time both ways and lists the tariff’s routes', () => {
    expect(service.routes().map((r) => [r.id, r.transitDays])).toEqual([
      ['same-commune', 1],
      ['within-province', 2],
      ['inter-city', 3],
      ['inter-province', 4],
    ]);
    const tariff = JSON.parse(readFileSync(join(root, 'resources', 'tariff', 'sample-tariff.json'), 'utf8')) as { routes: { id: string }[] };
    for (const r of tariff.routes) expect(service.routes().map((x) => x.id)).toContain(r.id);
    const d = service.due({ receivedAt: '2026-11-30T09:00:00+07:00', processing: null, route: 'inter-province', service: 'both' });
    expect(d).toMatchObject({ transitToAgencyDays: 4, atAgencyBy: '2026-12-04', returnTransitDays: 4, dueDate: '2026-12-10' });
  });

  it('refuses an unknown route and a unit it cannot count', () => {
    const ask = (route: string, unit = 'Ngày') => () =>
      service.due({ receivedAt: '2026-11-30T09:00:00+07:00', processing: { amount: 1, unit, text: '', description: null }, route, service: 'both' });
    expect(ask('moon')).toThrow(expect.objectContaining({ code: 'ROUTE_UNKNOWN', params: { route: 'moon' } }));
    expect(ask('same-commune', 'Tháng')).toThrow(expect.objectContaining({ code: 'PROCESSING_UNIT_UNKNOWN' }));
  });

  it('names a broken file instead of guessing', () => {
    const broken = join(dir, 'overrides.json');
    writeFileSync(broken, JSON.stringify({ description: 'x', years: [{ year: 2026, workingSaturdays: [{ date: '2026-08-21', name: 'x', source: 'x' }] }] }));
    const bad = new WorkingCalendarService({ overrides: broken, transit: transitFile });
    let error: unknown;
    try {
      bad.holidays(2026);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CounterError);
    expect(error).toMatchObject({ code: 'CALENDAR_FILE_INVALID', params: { path: broken } });
    expect((error as CounterError).params.reason).toContain('workingSaturdays.0.date');
    const missing = new WorkingCalendarService({ overrides: overridesFile, transit: join(dir, 'none.json') });
    expect(() => missing.routes()).toThrow(expect.objectContaining({ code: 'CALENDAR_FILE_INVALID' }));
  });
});

describe('independence from the machine’s time zone', () => {
  it('gives the same dates under any TZ', () => {
    // The same computations in child processes whose local zone is far from Vietnam's.
    const script = `
      import { WorkingCalendarService } from ${JSON.stringify(join(root, 'electron/services/working-calendar-service.ts'))};
      const s = new WorkingCalendarService({ overrides: ${JSON.stringify(overridesFile)}, transit: ${JSON.stringify(transitFile)} });
      const instants = ['2026-02-13T16:00:00+07:00', '2026-11-27T08:30:00Z', '2026-11-26T23:30:00Z', '2026-11-26T14:59:59+07:00', '2025-12-31T17:00:00Z'];
      const out = {
        holidays: [2024, 2025, 2026, 2027].map((y) => s.holidays(y)),
        due: instants.map((receivedAt) => s.due({ receivedAt, processing: { amount: 30, unit: 'Ngày', text: '', description: null }, route: 'same-commune', service: 'both' })),
      };
      process.stdout.write(JSON.stringify(out));`;
    const run = (tz: string) =>
      execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, env: { ...process.env, TZ: tz }, encoding: 'utf8' });
    const vietnam = run('Asia/Ho_Chi_Minh');
    expect(JSON.parse(vietnam).holidays[2].days.map((h: { date: string }) => h.date)).toContain('2026-02-17');
    expect(run('America/Los_Angeles')).toBe(vietnam);
    expect(run('Pacific/Kiritimati')).toBe(vietnam);
    expect(run('UTC')).toBe(vietnam);
  });
});
