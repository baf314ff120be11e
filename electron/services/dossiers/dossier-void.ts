// Voiding a dossier at the post office, before it reaches the department: the dossier keeps its
// number, moves to 'voided', and the money taken (fees and postal charge) goes back as a refund
// recorded in the same entry.
//
// Who may void: a clerk their own dossier while its day is open. Another clerk's dossier, or one
// taken in on a day already closed by a Z report (services/day), needs a manager: a signed-in
// manager, or a manager's PIN typed at the clerk's screen (checked by the caller before `void`,
// see needsManager). A void after the close counts on the next open day and names the closed one
// (day/day-lines.ts), so the closed day's figures never change.
import type { CommandArgs, CommandOutput, SessionUser } from '../../../shared/contract/commands';
import type { Clock } from '../clock';
import { CounterError } from '../counter-error';
import type { Db } from '../db/open-database';
import type { DossierRecord } from '../intake/dossier-record';
import { localStamp } from '../../../shared/format';
import type { Actor, Ledger } from '../ledger/ledger';
import type { DossierMoves } from './dossier-moves';

export class DossierVoiding {
  /** Whether a local day (YYYY-MM-DD) has a Z report. */
  private readonly closed;

  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly moves: DossierMoves,
    private readonly clock: Clock,
  ) {
    this.closed = db.prepare('SELECT 1 FROM day_closes WHERE day = ? LIMIT 1').pluck();
  }

  /**
   * Whether `user` needs a manager's approval to void this dossier. Also refuses at once a
   * dossier whose status cannot be voided, so no manager's PIN is asked (or counted) for nothing.
   */
  needsManager(slipNumber: string, user: SessionUser): boolean {
    const { record, day } = this.find(slipNumber);
    this.moves.plan([record.slipNumber], 'voided');
    if (user.role === 'manager') return false;
    return record.clerk.userId !== user.id || this.closed.get(day) !== undefined || this.closed.get(localStamp(this.clock.now()).slice(0, 10)) !== undefined;
  }

  /** Inside a ledger transaction; `approvedBy` is the manager who confirmed, if one had to. */
  void(args: CommandArgs<'dossiers.void'>, approvedBy: string | null, actor: Actor, idempotencyKey: string): CommandOutput<'dossiers.void'> {
    const { record } = this.find(args.slipNumber);
    const moves = this.moves.plan([record.slipNumber], 'voided');
    const refund = {
      feesVnd: record.fees.totalVnd,
      postalVnd: record.postal.totalVnd,
      totalVnd: record.fees.totalVnd + record.postal.totalVnd,
      method: args.refundMethod,
    };
    const entry = this.ledger.post({
      kind: 'dossier.voided',
      payload: { slipNumber: record.slipNumber, reason: args.reason, refund, approvedBy, moves },
      actor,
      idempotencyKey,
    });
    this.moves.apply(moves, entry.seq);
    return { seq: entry.seq, slipNumber: record.slipNumber, refund, approvedBy };
  }

  private find(slipNumber: string): { record: DossierRecord; day: string } {
    const row = this.db
      // The day the dossier counts on (day/day-lines.ts), as the day closes name it.
      .prepare('SELECT l.day, e.payload FROM dossiers d JOIN entries e ON e.seq = d.entry_seq JOIN day_lines l ON l.seq = d.entry_seq WHERE d.slip_number = ?')
      .get(slipNumber.trim().toUpperCase()) as { day: string; payload: string } | undefined;
    if (!row) throw new CounterError('DOSSIER_NOT_FOUND', { slip: slipNumber });
    return { record: JSON.parse(row.payload) as DossierRecord, day: row.day };
  }
}
