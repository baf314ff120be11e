// Drawer sessions: opened with a float counted by denomination, cash paid in or out with a
// reason, closed with a count. The expected cash is the one formula of drawer-figures.ts; a
// difference is its own entry, with a reason, approved by a manager above the tolerance.
import { randomUUID } from 'node:crypto';
import type { CountView, DrawerCount } from '../../../shared/contract/day';
import { formatVnd } from '../../../shared/format';
import type { SessionUser } from '../../../shared/contract/commands';
import { CounterError } from '../counter-error';
import type { Db } from '../db/open-database';
import { readDeviceSettings, saveDeviceSettings } from '../device-settings';
import type { Actor, Ledger } from '../ledger/ledger';
import { drawerFigures, type DrawerLine } from './drawer-figures';

/** A difference up to this needs only a reason (a manager setting). */
export const defaultToleranceVnd = 50_000;

export interface DrawerRow {
  drawer_id: string;
  day: string;
  user_id: string | null;
  opened_seq: number;
  float_vnd: number;
  closed_seq: number | null;
}

/** A count with its lines valued, largest first. */
export function countView(count: DrawerCount): CountView {
  const lines = count
    .filter((d) => d.count > 0)
    .map((d) => ({ valueVnd: d.valueVnd, coin: d.coin, count: d.count, vnd: d.valueVnd * d.count }))
    .sort((a, b) => b.valueVnd - a.valueVnd || Number(a.coin) - Number(b.coin));
  return { lines, totalVnd: lines.reduce((s, l) => s + l.vnd, 0) };
}

export class Drawers {
  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
  ) {}

  toleranceVnd(): number {
    return readDeviceSettings<{ toleranceVnd: number }>(this.db, 'day-tolerance')?.toleranceVnd ?? defaultToleranceVnd;
  }

  setTolerance(toleranceVnd: number, actor: Actor, idempotencyKey: string): { toleranceVnd: number; seq: number } {
    saveDeviceSettings(this.db, this.ledger, { device: 'day-tolerance', kind: 'day.tolerance_set', settings: { toleranceVnd }, actor, idempotencyKey });
    return { toleranceVnd, seq: this.ledger.count() };
  }

  /** The user's open drawer: their last one, if not closed (one at a time; one seek however many days they worked). */
  openOf(userId: string): DrawerRow | undefined {
    const last = this.db.prepare('SELECT * FROM drawers WHERE user_id = ? ORDER BY opened_seq DESC LIMIT 1').get(userId) as DrawerRow | undefined;
    return last?.closed_seq === null ? last : undefined;
  }

  get(drawerId: string): DrawerRow {
    const row = this.db.prepare('SELECT * FROM drawers WHERE drawer_id = ?').get(drawerId) as DrawerRow | undefined;
    if (!row) throw new CounterError('DRAWER_NOT_FOUND', { drawer: drawerId });
    return row;
  }

  /** Inside a ledger transaction. */
  open(count: DrawerCount, user: SessionUser, actor: Actor, idempotencyKey: string) {
    const already = this.openOf(user.id);
    if (already) throw new CounterError('DRAWER_ALREADY_OPEN', { drawer: already.drawer_id });
    const drawerId = `drw_${randomUUID().slice(0, 8)}`;
    const view = countView(count);
    const entry = this.ledger.post({ kind: 'drawer.opened', payload: { drawerId, count: view }, actor, idempotencyKey });
    const row = this.get(drawerId);
    return { drawerId, seq: entry.seq, day: row.day, floatVnd: view.totalVnd };
  }

  /** The drawer a cash move or close names: the caller's own, or (a manager) any open one. */
  private usable(drawerId: string | undefined, user: SessionUser): DrawerRow {
    const row = drawerId ? this.get(drawerId) : this.openOf(user.id);
    if (!row) throw new CounterError('DRAWER_NOT_OPEN');
    if (row.closed_seq !== null) throw new CounterError('DRAWER_CLOSED', { drawer: row.drawer_id });
    if (row.user_id !== user.id && user.role !== 'manager') throw new CounterError('DRAWER_NOT_YOURS', { drawer: row.drawer_id });
    return row;
  }

  /** Inside a ledger transaction. */
  cashMove(args: { drawerId?: string | undefined; direction: 'in' | 'out'; amountVnd: number; reason: string }, user: SessionUser, actor: Actor, idempotencyKey: string) {
    const row = this.usable(args.drawerId, user);
    if (args.amountVnd === 0) throw new CounterError('DRAWER_AMOUNT_ZERO');
    const entry = this.ledger.post({
      kind: 'drawer.cash_moved',
      payload: { drawerId: row.drawer_id, direction: args.direction, amountVnd: args.amountVnd, reason: args.reason },
      actor,
      idempotencyKey,
    });
    const day = (this.db.prepare('SELECT day FROM day_lines WHERE seq = ?').pluck().get(entry.seq) as string);
    return { seq: entry.seq, drawerId: row.drawer_id, day };
  }

  /** The figures of a drawer from its lines (those of the day rows naming it). */
  expected(row: DrawerRow): ReturnType<typeof drawerFigures> {
    const lines = this.db.prepare('SELECT * FROM day_lines WHERE drawer_id = ? AND seq > ? ORDER BY seq').all(row.drawer_id, row.opened_seq) as DrawerLine[];
    return drawerFigures(row.float_vnd, lines);
  }

  /**
   * Closes a drawer with its count; the check of the difference comes first, so a refusal
   * records nothing. `approve` asks for a manager's PIN only when the tolerance is exceeded by a clerk.
   */
  close(
    args: { drawerId: string; count: DrawerCount; reason: string | null },
    user: SessionUser,
    approve: (params: { difference: string; tolerance: string }) => string,
    actor: Actor,
    idempotencyKey: string,
  ) {
    const row = this.usable(args.drawerId, user);
    const expectedVnd = this.expected(row).expectedVnd;
    const counted = countView(args.count);
    const differenceVnd = counted.totalVnd - expectedVnd;
    let approvedBy: string | null = null;
    if (differenceVnd !== 0) {
      if (!args.reason) throw new CounterError('DRAWER_DIFFERENCE_REASON', { difference: formatVnd(differenceVnd) });
      const tolerance = this.toleranceVnd();
      if (Math.abs(differenceVnd) > tolerance) approvedBy = user.role === 'manager' ? user.id : approve({ difference: formatVnd(differenceVnd), tolerance: formatVnd(tolerance) });
    }
    const closed = this.ledger.post({
      kind: 'drawer.closed',
      payload: { drawerId: row.drawer_id, count: counted, expectedVnd, differenceVnd, reason: differenceVnd ? args.reason : null, approvedBy },
      actor,
      idempotencyKey,
    });
    const difference = differenceVnd
      ? this.ledger.post({ kind: 'drawer.difference', payload: { drawerId: row.drawer_id, differenceVnd, reason: args.reason, approvedBy, closeSeq: closed.seq }, actor, idempotencyKey: `${idempotencyKey}#difference` })
      : null;
    return { drawerId: row.drawer_id, seq: closed.seq, expectedVnd, countedVnd: counted.totalVnd, differenceVnd, differenceSeq: difference?.seq ?? null, approvedBy };
  }
}
