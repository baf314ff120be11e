// The X and Z reports of one local day, read from that day's rows of the day tables only (never
// a scan of the ledger). Every figure is made by a rule of `figureRule` and carries its drill key;
// `day.drill` answers with the lines the same rule takes, so a figure and its list always agree.
import type { DayReport, DrillEntry, Figure, PeriodReport } from '../../../shared/contract/day';
import { overdueStatuses } from '../../../shared/dossier/overdue';
import { localStamp } from '../../../shared/format';
import { formatSlipNumber } from '../../../shared/identity/slip-number';
import type { Clock } from '../clock';
import { CounterError } from '../counter-error';
import type { Db } from '../db/open-database';
import { drawerFigureRules, drawerFigures, sumFigure, type DrawerFigureName, type DrawerLine } from './drawer-figures';
import type { DrawerRow } from './drawers';

/** A day line with what the report shows of its entry. */
export interface ReportLine extends DrawerLine {
  day: string;
  late_for: string | null;
  user_id: string | null;
  drawer_id: string | null;
  agency: string | null;
  service: string | null;
  procedure: string | null;
  payer: string | null;
  receipt_number: string | null;
  reason: string | null;
  fee_exemption: string | null;
  items: number;
  exempt_vnd: number;
  at_local: string;
  actor_name: string | null;
}

interface DayDossier {
  slip_number: string;
  sequence: number;
  status: string;
  due_date: string;
  at_local: string;
  procedure: string | null;
  payer: string | null;
}

type Rule = (l: ReportLine) => number | null;
const moneyKinds = new Set(['dossier.received', 'dossier.voided', 'result.returned']);
const feeKinds = new Set(['dossier.received', 'result.returned', 'dossier.voided']);
const kindCount = (kind: string): Rule => (l) => (l.kind === kind ? l.items : null);

/** The one rule behind each drill key (see the report below for the keys it makes). */
export function figureRule(drill: string): Rule | null {
  const [scope = '', name = '', ...rest] = drill.split(':');
  const arg = rest.join(':');
  switch (scope) {
    case 'drawer': {
      const rule = drawerFigureRules[arg as DrawerFigureName];
      return rule ? (l) => (l.drawer_id !== null && (name === '*' || l.drawer_id === name) ? rule(l) : null) : null;
    }
    case 'nodrawer':
      return (l) => (moneyKinds.has(l.kind) && l.drawer_id === null && l.cash_vnd !== 0 ? l.cash_vnd : null);
    case 'agency': {
      const of: Record<string, Rule> = {
        collected: (l) => ((l.kind === 'dossier.received' || l.kind === 'result.returned') && l.fees_vnd > 0 ? l.fees_vnd : null),
        cash: (l) => ((l.kind === 'dossier.received' || l.kind === 'result.returned') && l.method === 'cash' && l.fees_vnd > 0 ? l.fees_vnd : null),
        transfer: (l) => ((l.kind === 'dossier.received' || l.kind === 'result.returned') && l.method === 'transfer' && l.fees_vnd > 0 ? l.fees_vnd : null),
        refunded: (l) => (l.kind === 'dossier.voided' && l.fees_vnd < 0 ? -l.fees_vnd : null),
        handedOver: (l) => (l.kind === 'handover.batch_signed' ? l.fees_vnd : null),
      };
      const rule = of[name];
      return rule ? (l) => (l.agency === arg ? rule(l) : null) : null;
    }
    case 'service': {
      const of: Record<string, Rule> = {
        dossiers: (l) => (l.kind === 'dossier.received' ? 1 : null),
        gross: (l) => (l.kind === 'dossier.received' ? l.postal_vnd + l.exempt_vnd : null),
        exempted: (l) => (l.kind === 'dossier.received' && l.exempt_vnd > 0 ? l.exempt_vnd : null),
        refunded: (l) => (l.kind === 'dossier.voided' && l.postal_vnd < 0 ? -l.postal_vnd : null),
      };
      const rule = of[name];
      return rule ? (l) => (l.service === arg ? rule(l) : null) : null;
    }
    case 'exemption':
      return (l) => (l.kind === 'dossier.received' && l.service === name && l.exempt_vnd > 0 && (l.reason ?? '') === arg ? l.exempt_vnd : null);
    case 'dossiers': {
      const kinds: Record<string, string> = {
        received: 'dossier.received',
        voided: 'dossier.voided',
        handedOver: 'handover.batch_signed',
        resultsReceived: 'result.checked_in',
        returned: 'result.returned',
      };
      return kinds[name] ? kindCount(kinds[name]) : null;
    }
    case 'receipts':
      if (name === 'printed') return (l) => (l.kind === 'print.printed' && l.reason === 'receipt' ? 1 : null);
      if (name === 'pdf') return (l) => (l.kind === 'dossier.receipt_reprinted' && l.method === 'pdf' ? 1 : null);
      return null;
    default:
      return null;
  }
}

/** Entries after a close that change nothing of the closed day: signing in, opening the next drawer. */
const notLate = (kind: string) => kind.startsWith('auth.') || kind === 'drawer.opened';

/** Still open past its due date, by the overdue lists' own statuses (shared/dossier/overdue.ts). */
const isOverdue = (status: string, dueDate: string, today: string) => (overdueStatuses as readonly string[]).includes(status) && dueDate < today;

const distinct = <T>(values: T[]) => [...new Set(values)];

export class DayReports {
  private readonly sql;

  constructor(
    db: Db,
    private readonly clock: Clock,
    private readonly office: () => { code: string; name: string; counterNumber: number },
  ) {
    this.sql = {
      lines: db.prepare(
        `SELECT l.*, u.name AS actor_name FROM day_lines l LEFT JOIN users u ON u.id = l.user_id WHERE l.day BETWEEN ? AND ? ORDER BY l.seq`,
      ),
      totalsLines: db.prepare(
        `SELECT day, kind, drawer_id, agency, service, method, reason, items, fees_vnd, postal_vnd, exempt_vnd, tendered_vnd, change_vnd, cash_vnd
         FROM day_lines WHERE day BETWEEN ? AND ? AND kind IN ('dossier.received', 'dossier.voided', 'result.returned', 'drawer.cash_moved')`,
      ),
      drawers: db.prepare('SELECT * FROM drawers WHERE day = ? ORDER BY opened_seq'),
      closes: db.prepare('SELECT c.*, e.at_local, e.actor_user_id, u.name FROM day_closes c JOIN entries e ON e.seq = c.seq LEFT JOIN users u ON u.id = e.actor_user_id WHERE c.day = ? ORDER BY c.seq'),
      lastOfDay: db.prepare("SELECT l.seq, e.hash FROM day_lines l JOIN entries e ON e.seq = l.seq WHERE l.day = ? AND l.kind <> 'day.closed' ORDER BY l.seq DESC LIMIT 1"),
      // The day's own dossiers (by the slip's day, one index range), as they stand now.
      dayDossiers: db.prepare(
        `SELECT d.slip_number, d.sequence, d.status, d.due_date, l.at_local, l.procedure, l.payer FROM dossiers d
         JOIN day_lines l ON l.seq = d.entry_seq WHERE d.day = ? ORDER BY d.sequence`,
      ),
      user: db.prepare('SELECT name FROM users WHERE id = ?').pluck(),
      entry: db.prepare('SELECT payload FROM entries WHERE seq = ?').pluck(),
    };
  }

  lines(from: string, to = from): ReportLine[] {
    return this.sql.lines.all(from, to) as ReportLine[];
  }

  /** A period's lines with only what its totals read (no names or texts): a month is ~30,000 rows. */
  private totalsLines(from: string, to: string): ReportLine[] {
    return this.sql.totalsLines.all(from, to) as ReportLine[];
  }

  /** The entries behind one figure of a day or period. */
  drill(drill: string, from: string, to = from): DrillEntry[] {
    const rule = figureRule(drill);
    if (!rule) throw new CounterError('DAY_DRILL_UNKNOWN', { drill });
    return this.lines(from, to)
      .filter((l) => rule(l) !== null)
      .map((l) => ({ seq: l.seq, kind: l.kind, atLocal: l.at_local, slipNumber: l.slip_number, vnd: rule(l)!, actorName: l.actor_name }));
  }

  /** The report of `day`: an X while it is open, the Z as sealed once closed. */
  /** `lines`: the day's lines when the caller has just read them (the close), so they are read once. */
  report(day: string, pendingPrints: number, lines = this.lines(day)): DayReport {
    const fig = (drill: string): Figure => sumFigure(lines, figureRule(drill)!, drill);
    const name = (id: string | null) => (id ? ((this.sql.user.get(id) as string | undefined) ?? id) : null);
    const person = (id: string | null) => ({ id, name: name(id) ?? '' });

    const drawers = (this.sql.drawers.all(day) as DrawerRow[]).map((d) => {
      const own = lines.filter((l) => l.drawer_id === d.drawer_id && l.seq > d.opened_seq) as DrawerLine[];
      const figures = drawerFigures(d.float_vnd, own, `drawer:${d.drawer_id}`);
      const opened = JSON.parse(this.sql.entry.get(d.opened_seq) as string) as { count: DayReport['drawers'][number]['opening'] };
      const closeLine = d.closed_seq ? lines.find((l) => l.seq === d.closed_seq) : undefined;
      const close = d.closed_seq ? (JSON.parse(this.sql.entry.get(d.closed_seq) as string) as Record<string, any>) : null;
      const differenceLine = close ? lines.find((l) => l.kind === 'drawer.difference' && l.drawer_id === d.drawer_id) : undefined;
      return {
        drawerId: d.drawer_id,
        clerk: person(d.user_id),
        openedSeq: d.opened_seq,
        openedAtLocal: lines.find((l) => l.seq === d.opened_seq)?.at_local ?? '',
        opening: opened.count,
        floatVnd: d.float_vnd,
        ...figures,
        close: close
          ? {
              seq: d.closed_seq!,
              atLocal: closeLine?.at_local ?? '',
              closedBy: person(closeLine?.user_id ?? null),
              counted: close.count,
              differenceVnd: close.differenceVnd,
              differenceReason: close.reason,
              differenceSeq: differenceLine?.seq ?? null,
              approvedBy: close.approvedBy ? person(close.approvedBy) : null,
            }
          : null,
      };
    });
    const counted = drawers.every((d) => d.close) && drawers.length > 0 ? drawers.reduce((s, d) => s + d.close!.counted.totalVnd, 0) : null;
    const expected = drawers.reduce((s, d) => s + d.expectedVnd, 0);

    const feeLines = lines.filter((l) => feeKinds.has(l.kind) && l.agency !== null && (l.fees_vnd !== 0 || l.fee_exemption));
    const agencies = distinct([...feeLines.map((l) => l.agency!), ...lines.filter((l) => l.kind === 'handover.batch_signed' && l.agency).map((l) => l.agency!)]).sort();
    const feesOnBehalf = agencies.map((agency) => {
      const f = (n: string) => fig(`agency:${n}:${agency}`);
      const collected = f('collected');
      const refunded = f('refunded');
      const handedOver = f('handedOver');
      return {
        agency,
        lines: feeLines
          .filter((l) => l.agency === agency)
          .map((l) => ({
            seq: l.seq,
            atLocal: l.at_local,
            slipNumber: l.slip_number ?? '',
            procedure: l.procedure ?? '',
            payer: l.payer ?? '',
            vnd: l.fees_vnd,
            method: (l.method === 'transfer' ? 'transfer' : 'cash') as 'cash' | 'transfer',
            reference: l.reference,
            receiptNumber: l.receipt_number,
            when: l.kind === 'dossier.received' ? ('intake' as const) : l.kind === 'result.returned' ? ('return' as const) : ('void' as const),
            exemptionReason: l.fee_exemption,
          })),
        collected,
        cash: f('cash'),
        transfer: f('transfer'),
        refunded,
        handedOver,
        heldVnd: collected.vnd - refunded.vnd - handedOver.vnd,
      };
    });

    const services = distinct(lines.filter((l) => l.service && (l.kind === 'dossier.received' || l.kind === 'dossier.voided')).map((l) => l.service!)).sort();
    const postalRevenue = services.map((service) => {
      const f = (n: string) => fig(`service:${n}:${service}`);
      const gross = f('gross');
      const exempted = f('exempted');
      const refunded = f('refunded');
      const reasons = distinct(lines.filter((l) => l.kind === 'dossier.received' && l.service === service && l.exempt_vnd > 0).map((l) => l.reason ?? ''));
      return {
        service,
        dossiers: f('dossiers'),
        gross,
        exempted,
        refunded,
        netVnd: gross.vnd - exempted.vnd - refunded.vnd,
        exemptions: reasons.map((reason) => {
          const e = fig(`exemption:${service}:${reason}`);
          return { reason, count: e.count, vnd: e.vnd, drill: e.drill };
        }),
      };
    });

    // The dossiers table names its day as the slip does (YYMMDD).
    const slipRows = this.sql.dayDossiers.all(day.slice(2).replaceAll('-', '')) as DayDossier[];
    const notHandedOver = slipRows.filter((r) => r.status === 'received');
    const office = this.office();
    const today = localStamp(this.clock.now()).slice(0, 10);
    const have = new Set(slipRows.map((r) => r.sequence));
    const voidedHere = new Set(lines.filter((l) => l.kind === 'dossier.voided').map((l) => l.slip_number));
    const last = slipRows.at(-1)?.sequence ?? 0;
    const missing: string[] = [];
    for (let n = 1; n <= last; n++) {
      if (!have.has(n)) missing.push(formatSlipNumber({ officeCode: office.code, counterNumber: office.counterNumber, day, sequence: n }));
    }

    const closes = this.sql.closes.all(day) as { seq: number; z_number: number; provisional: number; last_seq: number | null; last_hash: string | null; at_local: string; actor_user_id: string | null }[];
    const z = closes.at(-1);
    const lastOfDay = this.sql.lastOfDay.get(day) as { seq: number; hash: string } | undefined;
    const provisionalReasons = z ? ((JSON.parse(this.sql.entry.get(z.seq) as string) as { provisionalReasons?: DayReport['provisionalReasons'] }).provisionalReasons ?? []) : pendingPrints > 0 ? [{ kind: 'printsWaiting' as const, count: pendingPrints }] : [];

    return {
      day,
      office,
      state: z ? 'closed' : 'open',
      zNumber: z?.z_number ?? null,
      provisional: z ? z.provisional === 1 : false,
      provisionalReasons,
      closedSeq: z?.seq ?? null,
      closedAtLocal: z?.at_local ?? null,
      closedBy: z ? person(z.actor_user_id) : null,
      lastEntry: z ? (z.last_seq !== null ? { seq: z.last_seq, hash: z.last_hash! } : null) : (lastOfDay ?? null),
      generatedAtLocal: localStamp(this.clock.now()),
      drawers,
      cashWithoutDrawer: fig('nodrawer:cash'),
      cash: { floatVnd: drawers.reduce((s, d) => s + d.floatVnd, 0), expectedVnd: expected, countedVnd: counted, differenceVnd: counted === null ? null : counted - expected },
      feesOnBehalf,
      postalRevenue,
      dossiers: {
        received: fig('dossiers:received'),
        voided: fig('dossiers:voided'),
        handedOver: fig('dossiers:handedOver'),
        resultsReceived: fig('dossiers:resultsReceived'),
        returned: fig('dossiers:returned'),
        notHandedOver: {
          count: notHandedOver.length,
          list: notHandedOver.map((r) => ({ slipNumber: r.slip_number, receivedAtLocal: r.at_local, procedure: r.procedure ?? '', applicant: r.payer ?? '' })),
        },
        overdue: slipRows.filter((r) => isOverdue(r.status, r.due_date, today)).length,
      },
      receipts: {
        printed: fig('receipts:printed'),
        reprinted: lines
          .filter((l) => l.kind === 'dossier.receipt_reprinted' && l.method !== 'pdf')
          .map((l) => ({ seq: l.seq, atLocal: l.at_local, slipNumber: l.slip_number ?? '', reason: l.reason })),
        pdfIssued: fig('receipts:pdf'),
      },
      slips: {
        first: slipRows[0]?.slip_number ?? null,
        last: slipRows.at(-1)?.slip_number ?? null,
        count: slipRows.length,
        // Voided by this day's entries: a later void (counted on a later day) leaves a sealed day as it was.
        voided: slipRows.filter((r) => voidedHere.has(r.slip_number)).map((r) => r.slip_number),
        missing,
      },
      lateEntries: lines
        .filter((l) => l.late_for !== null && !notLate(l.kind))
        .map((l) => ({ seq: l.seq, kind: l.kind, atLocal: l.at_local, forDay: l.late_for!, slipNumber: l.slip_number, vnd: l.fees_vnd + l.postal_vnd + (l.kind.startsWith('drawer.') ? l.cash_vnd : 0) })),
      supersedes: closes.slice(0, -1).map((c) => ({ zNumber: c.z_number, seq: c.seq })),
    };
  }

  /** Totals over a period: the same rules over the period's rows. */
  period(from: string, to: string): PeriodReport {
    const lines = this.totalsLines(from, to);
    const fig = (drill: string): Figure => sumFigure(lines, figureRule(drill)!, drill);
    const drawerFig = (name: DrawerFigureName) => fig(`drawer:*:${name}`);
    const days = distinct(lines.map((l) => l.day)).sort();
    const byDay = new Map<string, ReportLine[]>();
    for (const l of lines) {
      const own = byDay.get(l.day);
      if (own) own.push(l);
      else byDay.set(l.day, [l]);
    }
    return {
      from,
      to,
      days: days.map((day) => {
        const own = byDay.get(day)!;
        const z = (this.sql.closes.all(day) as { z_number: number; provisional: number }[]).at(-1);
        return {
          day,
          zNumber: z?.z_number ?? null,
          provisional: z ? z.provisional === 1 : false,
          dossiers: own.filter((l) => l.kind === 'dossier.received').length,
          cashTakenVnd: own.reduce((s, l) => s + l.tendered_vnd, 0),
          feesVnd: own.reduce((s, l) => s + (moneyKinds.has(l.kind) ? l.fees_vnd : 0), 0),
          postalVnd: own.reduce((s, l) => s + (moneyKinds.has(l.kind) ? l.postal_vnd : 0), 0),
        };
      }),
      feesByAgency: distinct(lines.filter((l) => l.agency && feeKinds.has(l.kind)).map((l) => l.agency!)).sort().map((agency) => ({ agency, collected: fig(`agency:collected:${agency}`), refunded: fig(`agency:refunded:${agency}`) })),
      postalByService: distinct(lines.filter((l) => l.service && moneyKinds.has(l.kind)).map((l) => l.service!)).sort().map((service) => ({
        service,
        dossiers: fig(`service:dossiers:${service}`),
        gross: fig(`service:gross:${service}`),
        exempted: fig(`service:exempted:${service}`),
        refunded: fig(`service:refunded:${service}`),
      })),
      cashTaken: drawerFig('cashTaken'),
      changeGiven: drawerFig('changeGiven'),
      voidRefunds: drawerFig('voidRefunds'),
      cashOut: drawerFig('cashOut'),
      cashIn: drawerFig('cashIn'),
    };
  }
}
