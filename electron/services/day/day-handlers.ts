// The end of day's commands (shared/contract/day.ts), spread into the handler table. Manager
// approval on the clerk's own screen works as for a void: the manager's id and PIN typed there.
import type { DayReport } from '../../../shared/contract/day';
import { localStamp } from '../../../shared/format';
import { CounterError } from '../counter-error';
import type { Caller, HandlerTable, Services } from '../handlers';
import { DayClosing } from './day-close';
import { DayReports, type ReportLine } from './day-report';
import { Drawers } from './drawers';

type DayCommand =
  | 'day.settings'
  | 'day.configure'
  | 'drawer.open'
  | 'drawer.current'
  | 'drawer.cashMove'
  | 'drawer.close'
  | 'day.xReport'
  | 'day.close'
  | 'day.report'
  | 'day.period'
  | 'day.closes'
  | 'day.drill'
  | 'day.check';

/** The day's services over one counter's file. */
export class DayBook {
  readonly drawers: Drawers;
  readonly reports: DayReports;
  readonly closing: DayClosing;

  constructor(private readonly s: Services) {
    this.drawers = new Drawers(s.db, s.ledger);
    const office = () => {
      const c = s.counter.require();
      return { code: c.officeCode, name: c.officeName, counterNumber: c.counterNumber };
    };
    this.reports = new DayReports(s.db, s.clock, office);
    const printsWaiting = s.db.prepare("SELECT count(*) FROM print_jobs WHERE state IN ('queued', 'printing', 'waiting')").pluck();
    // The hub acknowledges entries up to a seq (services/sync/sync-state.ts); no row: not enrolled.
    const unsynced = s.db.prepare('SELECT count(*) FROM day_lines WHERE day = ? AND seq > (SELECT acked_seq FROM sync_state WHERE id = 1)').pluck();
    this.closing = new DayClosing(s.db, s.ledger, s.clock, {
      printsWaiting: () => printsWaiting.get() as number,
      unsynced: (day) => unsynced.get(day) as number,
    });
  }

  today(): string {
    return localStamp(this.s.clock.now()).slice(0, 10);
  }

  report(day: string, lines?: ReportLine[]): DayReport {
    return this.reports.report(day, this.closing.isClosed(day) ? 0 : this.closing.pendingPrints(), lines);
  }
}

export function dayHandlers(s: Services, day: DayBook): Pick<HandlerTable, DayCommand> {
  /** A manager's id and PIN typed on this screen (or the console), checked once per action. */
  const confirm = (caller: Caller, args: { managerId?: string | undefined; managerPin?: string | undefined; idempotencyKey: string }, refusal: CounterError) => {
    if (!args.managerId || args.managerPin === undefined) throw refusal;
    const at = caller.user ? { kind: 'user' as const, userId: caller.user.id } : undefined;
    return s.signIn.confirmManager(args.managerId, args.managerPin, `${args.idempotencyKey}#confirm`, at);
  };
  return {
    'day.settings': () => ({ toleranceVnd: day.drawers.toleranceVnd() }),
    'day.configure': (args, caller) => caller.once(() => day.drawers.setTolerance(args.toleranceVnd, caller.actor, args.idempotencyKey)),
    'drawer.open': (args, caller) => caller.once(() => day.drawers.open(args.count, caller.user!, caller.actor, args.idempotencyKey)),
    'drawer.current': (_args, caller) => {
      const row = day.drawers.openOf(caller.user!.id);
      if (!row) return { drawer: null };
      return { drawer: day.report(row.day).drawers.find((d) => d.drawerId === row.drawer_id) ?? null };
    },
    'drawer.cashMove': (args, caller) => caller.once(() => day.drawers.cashMove(args, caller.user!, caller.actor, args.idempotencyKey)),
    'drawer.close': (args, caller) =>
      caller.once(() =>
        day.drawers.close(
          args,
          caller.user!,
          (params) => confirm(caller, args, new CounterError('DRAWER_DIFFERENCE_NEEDS_MANAGER', params)).id,
          caller.actor,
          args.idempotencyKey,
        ),
      ),
    'day.xReport': (args) => day.report(args.day ?? day.today()),
    'day.close': (args, caller) => {
      // The day's lines are read once: sealed in the Z entry, then shown (a repeated key reads them again).
      let lines: ReportLine[] | undefined;
      const done = caller.once(() => {
        // The console acts for the manager whose PIN it was given; a screen is a signed-in manager.
        const actor = caller.user ? caller.actor : { kind: 'console' as const, userId: confirm(caller, args, new CounterError('DAY_CLOSE_NEEDS_MANAGER')).id };
        const closing = args.day ?? day.today();
        lines = day.reports.lines(closing);
        return day.closing.close(closing, lines, args.provisional, actor, args.idempotencyKey);
      });
      return { ...done, report: day.report(done.day, lines) };
    },
    'day.report': (args) => day.report(args.day),
    'day.period': (args) => day.reports.period(args.from, args.to),
    'day.closes': (args) => ({
      closes: (
        s.db
          .prepare(
            `SELECT c.day, c.z_number, c.seq, c.provisional, e.at_local FROM day_closes c JOIN entries e ON e.seq = c.seq
             WHERE c.day < ? ORDER BY c.day DESC, c.seq DESC LIMIT ?`,
          )
          .all(args.beforeDay ?? '9999-12-31', args.limit) as { day: string; z_number: number; seq: number; provisional: number; at_local: string }[]
      ).map((r) => ({ day: r.day, zNumber: r.z_number, seq: r.seq, provisional: r.provisional === 1, closedAtLocal: r.at_local })),
    }),
    'day.drill': (args) => ({ entries: day.reports.drill(args.drill, args.day, args.to ?? args.day) }),
    'day.check': (args) => day.closing.check(args.day),
  };
}
