// Home delivery of results: a round takes dossiers whose result is back out to their addresses,
// each attempt at the door is recorded, and once the attempts the rules allow have failed the
// dossier goes back to the counter or the agency. Every step is one ledger entry; the tables
// delivery_rounds and delivery_attempts are its read models (rebuilt by ledger verify).
import { vietnamTime, type Day } from '../../../shared/calendar/day';
import type { CommandArgs, CommandOutput } from '../../../shared/contract/commands';
import { checkAttempt, deliveryRules, maySendBackToAgency } from '../../../shared/delivery/delivery-rules';
import type { DossierStatus } from '../../../shared/dossier/lifecycle';
import type { WorkingCalendar } from '../../../shared/calendar/working-calendar';
import type { Clock } from '../clock';
import { CounterError } from '../counter-error';
import type { Db } from '../db/open-database';
import type { Actor, Ledger } from '../ledger/ledger';
import { currentFromColumns, recordedApplicantColumns, type RecordedApplicantColumns } from './current-applicant';
import { DossierMoves } from './dossier-moves';

interface DossierFacts {
  s10: string;
  status: DossierStatus;
  returnMethod: { kind: 'counter' } | { kind: 'home'; address: string };
}

type Outcome = CommandArgs<'delivery.attempt'>['outcome'];

export class HomeDelivery {
  private readonly moves: DossierMoves;
  private readonly sql;

  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly clock: Clock,
    /** The working days in force (read lazily: the calendar files load on first use). */
    private readonly calendar: () => WorkingCalendar,
  ) {
    this.moves = new DossierMoves(db);
    this.sql = {
      facts: db.prepare(
        `SELECT d.s10 AS s10, d.status AS status, ${recordedApplicantColumns}
           FROM dossiers d JOIN entries e ON e.seq = d.entry_seq WHERE d.slip_number = ?`,
      ),
      roundsOfDay: db.prepare('SELECT COUNT(DISTINCT round_id) AS n FROM delivery_rounds WHERE day = ?'),
      putRound: db.prepare(
        `INSERT INTO delivery_rounds (round_id, slip_number, day, carrier, s10, address, entry_seq)
         VALUES (@roundId, @slipNumber, @day, @carrier, @s10, @address, @seq)`,
      ),
      currentRound: db.prepare('SELECT round_id AS roundId, carrier, address FROM delivery_rounds WHERE slip_number = ? ORDER BY entry_seq DESC LIMIT 1'),
      attempts: db.prepare('SELECT outcome, day FROM delivery_attempts WHERE slip_number = ? ORDER BY number'),
      putAttempt: db.prepare(
        `INSERT INTO delivery_attempts (slip_number, number, round_id, day, outcome, reason, note, recipient_name, recipient_id_number, entry_seq)
         VALUES (@slipNumber, @number, @roundId, @day, @outcome, @reason, @note, @recipientName, @recipientIdNumber, @seq)`,
      ),
      // The statuses a result waits in for delivery, read through the (status, due_date) index.
      waiting: db.prepare(
        `SELECT d.slip_number AS slipNumber, d.s10 AS s10, d.status AS status, d.due_date AS dueDate,
                ${recordedApplicantColumns}
           FROM dossiers d JOIN entries e ON e.seq = d.entry_seq
          WHERE d.status IN ('resultReceived', 'notified', 'outForDelivery')
          ORDER BY d.due_date, d.slip_number`,
      ),
    };
  }

  /** Puts dossiers on a new round (one entry), each to its home address or the one the citizen asked for. */
  assign(args: CommandArgs<'delivery.assign'>, actor: Actor, idempotencyKey: string): CommandOutput<'delivery.assign'> {
    return this.ledger.transaction(() => {
      const dossiers = args.slipNumbers.map((slipNumber) => {
        const facts = this.facts(slipNumber);
        const home = facts.returnMethod.kind === 'home' ? facts.returnMethod.address : null;
        const address = args.address ?? home;
        if (address === null) throw new CounterError('DELIVERY_NOT_HOME', { slip: slipNumber });
        if (this.failedDays(slipNumber).length >= deliveryRules.failedAttemptsAllowed)
          throw new CounterError('DELIVERY_ATTEMPTS_USED', { slip: slipNumber, allowed: deliveryRules.failedAttemptsAllowed });
        return { slipNumber, s10: facts.s10, address, onRequest: home === null || args.address !== null };
      });
      const planned = this.moves.plan(args.slipNumbers, 'outForDelivery');
      const day = this.today();
      const { n } = this.sql.roundsOfDay.get(day) as { n: number };
      const roundId = `${day}-${n + 1}`;
      const entry = this.ledger.post({
        kind: 'delivery.assigned',
        payload: { roundId, day, carrier: args.carrier, dossiers, slipNumbers: args.slipNumbers, moves: planned },
        actor,
        idempotencyKey,
      });
      for (const d of dossiers) this.sql.putRound.run({ roundId, slipNumber: d.slipNumber, day, carrier: args.carrier, s10: d.s10, address: d.address, seq: entry.seq });
      this.moves.apply(planned, entry.seq);
      return { roundId, day, dossiers: dossiers.map(({ slipNumber, s10, address }) => ({ slipNumber, s10, address })) };
    });
  }

  /** Records one attempt at the door: delivered (to whom) moves the dossier to deliveredHome. */
  attempt(args: CommandArgs<'delivery.attempt'>, actor: Actor, idempotencyKey: string): CommandOutput<'delivery.attempt'> {
    return this.ledger.transaction(() => {
      const { slipNumber, outcome } = args;
      // Refuses a dossier not out for delivery, in the lifecycle's words, before anything else.
      const planned = this.moves.plan([slipNumber], 'deliveredHome');
      const round = this.sql.currentRound.get(slipNumber) as { roundId: string } | undefined;
      if (!round) throw new CounterError('DOSSIER_MOVE_FORBIDDEN', { slip: slipNumber, from: this.moves.statusOf(slipNumber), to: 'deliveredHome' });
      const failed = this.failedDays(slipNumber);
      const day = this.today();
      const check = checkAttempt(this.calendar(), failed, day, outcome.kind === 'delivered');
      if (!check.ok) {
        if (check.code === 'DELIVERY_ATTEMPTS_USED') throw new CounterError(check.code, { slip: slipNumber, allowed: check.allowed });
        throw new CounterError(check.code, { slip: slipNumber, earliest: check.earliest });
      }
      const number = (this.sql.attempts.all(slipNumber) as unknown[]).length + 1;
      const moves = outcome.kind === 'delivered' ? planned : [];
      const row = attemptRow(outcome);
      const entry = this.ledger.post({
        kind: 'delivery.attempted',
        payload: { slipNumber, roundId: round.roundId, number, day, ...row, moves },
        actor,
        idempotencyKey,
      });
      this.sql.putAttempt.run({ slipNumber, number, roundId: round.roundId, day, ...row, seq: entry.seq });
      this.moves.apply(moves, entry.seq);
      const failedAttempts = failed.length + (outcome.kind === 'failed' ? 1 : 0);
      return { attemptNumber: number, status: this.moves.statusOf(slipNumber), failedAttempts, allowedFailures: deliveryRules.failedAttemptsAllowed };
    });
  }

  /** Takes an undelivered dossier off its round: to the counter any time, to the agency once every allowed attempt failed. */
  giveBack(args: CommandArgs<'delivery.giveBack'>, actor: Actor, idempotencyKey: string): CommandOutput<'delivery.giveBack'> {
    return this.ledger.transaction(() => {
      const to: DossierStatus = args.to === 'agency' ? 'sentBackToAgency' : 'resultReceived';
      const planned = this.moves.plan([args.slipNumber], to);
      if (planned[0]!.from !== 'outForDelivery') throw new CounterError('DOSSIER_MOVE_FORBIDDEN', { slip: args.slipNumber, from: planned[0]!.from, to });
      const failed = this.failedDays(args.slipNumber);
      if (args.to === 'agency' && !maySendBackToAgency(failed))
        throw new CounterError('DELIVERY_RETURN_TOO_EARLY', { slip: args.slipNumber, failed: failed.length, allowed: deliveryRules.failedAttemptsAllowed });
      const entry = this.ledger.post({
        kind: 'delivery.given_back',
        payload: { slipNumber: args.slipNumber, to: args.to, reason: args.reason, failedAttempts: failed.length, moves: planned },
        actor,
        idempotencyKey,
      });
      this.moves.apply(planned, entry.seq);
      return { slipNumber: args.slipNumber, status: to };
    });
  }

  /** Results waiting to go out to a home address, and those out on a round with their attempts. */
  list(): CommandOutput<'delivery.list'> {
    const calendar = this.calendar();
    const dossiers = [];
    for (const r of this.sql.waiting.all() as ({ slipNumber: string; s10: string; status: DossierStatus; dueDate: string } & RecordedApplicantColumns)[]) {
      // Name, phone and return method as corrected since intake, if they were.
      const now = currentFromColumns(this.db, r.slipNumber, r);
      const method = now.returnMethod;
      const round = this.sql.currentRound.get(r.slipNumber) as { roundId: string; carrier: string; address: string } | undefined;
      const out = r.status === 'outForDelivery';
      // A result for the counter is listed only once it is on a round (delivered on request).
      if (!out && method.kind !== 'home') continue;
      const failed = this.failedDays(r.slipNumber);
      const next = out ? checkAttempt(calendar, failed, this.today(), false) : null;
      dossiers.push({
        slipNumber: r.slipNumber,
        s10: r.s10,
        status: r.status,
        applicantName: now.applicantName,
        phone: now.phone,
        address: out && round ? round.address : method.kind === 'home' ? method.address : '',
        roundId: out && round ? round.roundId : null,
        carrier: out && round ? round.carrier : null,
        failedAttempts: failed.length,
        nextAttemptFrom: next && !next.ok && next.code === 'DELIVERY_ATTEMPT_TOO_SOON' ? next.earliest : null,
        maySendBackToAgency: out && maySendBackToAgency(failed),
      });
    }
    return { dossiers, allowedFailures: deliveryRules.failedAttemptsAllowed, ruleSource: deliveryRules.source };
  }

  private facts(slipNumber: string): DossierFacts {
    const row = this.sql.facts.get(slipNumber) as ({ s10: string; status: DossierStatus } & RecordedApplicantColumns) | undefined;
    if (!row) throw new CounterError('DOSSIER_NOT_FOUND', { slip: slipNumber });
    // The return method (and its address) as corrected since intake, if it was.
    return { s10: row.s10, status: row.status, returnMethod: currentFromColumns(this.db, slipNumber, row).returnMethod };
  }

  /** The days of the dossier's failed attempts, oldest first. */
  private failedDays(slipNumber: string): Day[] {
    return (this.sql.attempts.all(slipNumber) as { outcome: string; day: Day }[]).filter((a) => a.outcome === 'failed').map((a) => a.day);
  }

  private today(): Day {
    return vietnamTime(this.clock.now().toISOString()).day;
  }
}

/** The columns an attempt stores; the entry carries the same fields. */
function attemptRow(outcome: Outcome) {
  return outcome.kind === 'delivered'
    ? { outcome: 'delivered' as const, reason: null, note: null, recipientName: outcome.recipientName, recipientIdNumber: outcome.recipientIdNumber }
    : { outcome: 'failed' as const, reason: outcome.reason, note: outcome.note, recipientName: null, recipientIdNumber: null };
}
