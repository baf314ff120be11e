// The Z report: the close of a local day, numbered and anchored to the seq and hash of the day's
// last entry, with the day's figures sealed in its payload. And the re-check of a closed day: its
// entries against the chain and the anchor, and its figures recomputed from the entries.
import type { DayCheckProblem } from '../../../shared/contract/day';
import { localStamp } from '../../../shared/format';
import type { Clock } from '../clock';
import { CounterError } from '../counter-error';
import type { Db } from '../db/open-database';
import { entryHash } from '../ledger/entry-hash';
import type { Actor, Ledger } from '../ledger/ledger';
import type { EntryRow } from '../ledger/verify-chain';
import { DayIndex, dayLineColumns, dayRows } from './day-lines';
import { drawerFigureRules, type DrawerFigureName } from './drawer-figures';
import { figureRule, type ReportLine } from './day-report';

/** Entries the close must wait for before it is final (print jobs; later, sync). */
export interface Waiting {
  printsWaiting(): number;
  /** The day's entries the province hub has not acknowledged yet (0 on a counter not enrolled). */
  unsynced(day: string): number;
}

type Lineish = Omit<ReportLine, 'at_local' | 'actor_name'>;

/** The sealed figures: every figure's drill key and amount (and count), from the day's lines. */
export function sealedFigures(lines: readonly Lineish[]): Record<string, string> {
  const keys = new Set<string>(['dossiers:received', 'dossiers:voided', 'dossiers:handedOver', 'dossiers:resultsReceived', 'dossiers:returned', 'nodrawer:cash']);
  for (const l of lines) {
    if (l.drawer_id) for (const name of Object.keys(drawerFigureRules) as DrawerFigureName[]) keys.add(`drawer:${l.drawer_id}:${name}`);
    if (l.agency) for (const n of ['collected', 'cash', 'transfer', 'refunded', 'handedOver']) keys.add(`agency:${n}:${l.agency}`);
    if (l.service) for (const n of ['dossiers', 'gross', 'exempted', 'refunded']) keys.add(`service:${n}:${l.service}`);
  }
  const out: Record<string, string> = {};
  for (const key of [...keys].sort()) {
    const rule = figureRule(key)!;
    let vnd = 0;
    let count = 0;
    for (const l of lines) {
      const v = rule(l as ReportLine);
      if (v === null) continue;
      vnd += v;
      count += 1;
    }
    if (count > 0) out[key] = `${vnd}/${count}`;
  }
  return out;
}

interface CloseRow {
  seq: number;
  z_number: number;
  provisional: number;
  last_seq: number | null;
  last_hash: string | null;
}

export class DayClosing {
  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly clock: Clock,
    private readonly waiting: Waiting,
  ) {}

  private closesOf(day: string): CloseRow[] {
    return this.db.prepare('SELECT * FROM day_closes WHERE day = ? ORDER BY seq').all(day) as CloseRow[];
  }

  pendingPrints(): number {
    return this.waiting.printsWaiting();
  }

  /** Whether a dossier taken in on `day` can no longer be voided without a manager. */
  isClosed(day: string): boolean {
    return this.closesOf(day).length > 0;
  }

  /** Inside a ledger transaction. */
  close(day: string, lines: readonly ReportLine[], acceptProvisional: boolean, actor: Actor, idempotencyKey: string) {
    const today = localStamp(this.clock.now()).slice(0, 10);
    if (day > today) throw new CounterError('DAY_IN_FUTURE', { day });
    const earlier = this.closesOf(day).at(-1);
    const waiting = [
      { kind: 'printsWaiting' as const, count: this.waiting.printsWaiting() },
      { kind: 'unsynced' as const, count: this.waiting.unsynced(day) },
    ].filter((w) => w.count > 0);
    const pending = waiting.reduce((s, w) => s + w.count, 0);
    if (earlier && earlier.provisional === 0) throw new CounterError('DAY_ALREADY_CLOSED', { day, z: earlier.z_number });
    if (earlier && pending > 0) throw new CounterError('DAY_STILL_PROVISIONAL', { day, count: pending });
    const open = this.db.prepare('SELECT drawer_id FROM drawers WHERE day = ? AND closed_seq IS NULL').pluck().all(day) as string[];
    if (open.length) throw new CounterError('DAY_DRAWERS_OPEN', { count: open.length, drawers: open.join(', ') });
    if (pending > 0 && !acceptProvisional) {
      const prints = waiting.find((w) => w.kind === 'printsWaiting');
      throw prints ? new CounterError('DAY_PRINTS_WAITING', { count: prints.count }) : new CounterError('DAY_UNSYNCED', { count: pending });
    }
    const last = this.db
      .prepare("SELECT l.seq, e.hash FROM day_lines l JOIN entries e ON e.seq = l.seq WHERE l.day = ? AND l.kind <> 'day.closed' ORDER BY l.seq DESC LIMIT 1")
      .get(day) as { seq: number; hash: string } | undefined;
    const zNumber = earlier?.z_number ?? ((this.db.prepare('SELECT MAX(z_number) FROM day_closes').pluck().get() as number | null) ?? 0) + 1;
    const entry = this.ledger.post({
      kind: 'day.closed',
      payload: {
        day,
        zNumber,
        provisional: pending > 0,
        provisionalReasons: waiting,
        lastEntry: last ?? null,
        figures: sealedFigures(lines),
        reissueOf: earlier?.seq ?? null,
      },
      actor,
      idempotencyKey,
    });
    return { seq: entry.seq, zNumber, day, provisional: pending > 0 };
  }

  /**
   * Re-checks a closed day against its (latest) Z: every entry from the day's first to its
   * anchor is re-hashed and chained, the anchor compared, and each entry's day line and the
   * sealed figures recomputed from the entries as they are now. Each problem names its seq.
   */
  check(day: string): { day: string; ok: boolean; zNumber: number | null; problems: DayCheckProblem[] } {
    const z = this.closesOf(day).at(-1);
    if (!z) throw new CounterError('DAY_NOT_CLOSED', { day });
    const problems: DayCheckProblem[] = [];
    const zPayload = JSON.parse(this.db.prepare('SELECT payload FROM entries WHERE seq = ?').pluck().get(z.seq) as string) as { figures: Record<string, string> };
    if (z.last_seq === null) return { day, ok: true, zNumber: z.z_number, problems };
    const first = this.db.prepare('SELECT MIN(seq) FROM day_lines WHERE day = ?').pluck().get(day) as number;
    const prev = this.db.prepare('SELECT hash FROM entries WHERE seq = ?').pluck().get(first - 1) as string | undefined;
    const entries = this.db.prepare('SELECT * FROM entries WHERE seq BETWEEN ? AND ? ORDER BY seq').all(first, z.last_seq) as EntryRow[];
    const stored = this.db.prepare('SELECT * FROM day_lines WHERE seq = ?');
    const index = new DayIndex(this.db);
    const fresh: Lineish[] = [];
    let prevHash = prev;
    for (const e of entries) {
      const hash = entryHash(e);
      if (hash !== e.hash) problems.push({ problem: 'entry_changed', seq: e.seq, figure: null, expected: e.hash, found: hash });
      if (prevHash !== undefined && e.prev_hash !== prevHash) problems.push({ problem: 'chain', seq: e.seq, figure: null, expected: prevHash, found: e.prev_hash });
      prevHash = e.hash;
      const line = dayRows(e, index)[0]!.row;
      const row = stored.get(e.seq) as Record<string, unknown> | undefined;
      const changed = dayLineColumns.filter((c) => row?.[c] !== line[c]);
      if (changed.length) problems.push({ problem: 'entry_changed', seq: e.seq, figure: changed.join(', '), expected: row ? changed.map((c) => String(row[c])).join(', ') : 'row', found: changed.map((c) => String(line[c])).join(', ') });
      if (line.day === day) fresh.push(line as unknown as Lineish);
    }
    const anchor = entries.at(-1);
    if (!anchor || anchor.seq !== z.last_seq || anchor.hash !== z.last_hash) {
      problems.push({ problem: 'anchor_mismatch', seq: z.last_seq, figure: null, expected: z.last_hash, found: anchor?.hash ?? null });
    }
    const now = sealedFigures(fresh);
    for (const key of new Set([...Object.keys(zPayload.figures), ...Object.keys(now)])) {
      if (zPayload.figures[key] !== now[key]) problems.push({ problem: 'figure_mismatch', seq: null, figure: key, expected: zPayload.figures[key] ?? null, found: now[key] ?? null });
    }
    return { day, ok: problems.length === 0, zNumber: z.z_number, problems };
  }
}
