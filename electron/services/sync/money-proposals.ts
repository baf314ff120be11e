// A correction to money proposed by the centre waits for a counter manager: accepted or rejected,
// each an entry by that manager. The decision records the manager's word; the cash itself moves
// through the drawer like any refund or fee, never by the centre's hand.
import type { Db } from '../db/open-database';
import { CounterError } from '../counter-error';
import type { Actor, Ledger } from '../ledger/ledger';
import { proposalDecisionKinds } from './centre-directive-row';

export class MoneyProposals {
  private readonly waiting;
  private readonly decide;

  constructor(
    db: Db,
    private readonly ledger: Ledger,
  ) {
    this.waiting = db.prepare(
      `SELECT e.payload FROM centre_directives d JOIN entries e ON e.seq = d.entry_seq
       WHERE d.directive_id = ? AND d.kind = 'money.proposal' AND d.outcome = 'awaitingManager'`,
    );
    this.decide = db.prepare('UPDATE centre_directives SET outcome = ? WHERE directive_id = ?');
  }

  /** Inside a ledger transaction. SYNC_PROPOSAL_NOT_WAITING when there is no such proposal or it was decided. */
  record(directiveId: number, decision: 'accept' | 'reject', reason: string | null, actor: Actor, idempotencyKey: string): { seq: number } {
    const row = this.waiting.get(directiveId) as { payload: string } | undefined;
    if (!row) throw new CounterError('SYNC_PROPOSAL_NOT_WAITING', { id: directiveId });
    const p = JSON.parse(row.payload) as { slipNumber: string; amountVnd: number };
    const entry = this.ledger.post({
      kind: proposalDecisionKinds[decision],
      payload: { directiveId, slipNumber: p.slipNumber, amountVnd: p.amountVnd, reason },
      actor,
      idempotencyKey,
    });
    this.decide.run(decision === 'accept' ? 'accepted' : 'rejected', directiveId);
    return { seq: entry.seq };
  }
}
