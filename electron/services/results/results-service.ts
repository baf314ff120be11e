// The results desk: results checked in as they come back from the agency, the citizens invited
// to collect them, and the return at the counter. Each step is one ledger entry that carries the
// dossier's status move (dossiers/dossier-moves.ts) and updates the `results` read model in the
// same transaction; every refusal happens before anything is posted.
import type { CommandArgs, CommandOutput } from '../../../shared/contract/commands';
import type { WaitingResult } from '../../../shared/contract/results';
import type { DossierStatus } from '../../../shared/dossier/lifecycle';
import { checkIdNumber } from '../../../shared/identity/identity-number';
import { parseS10 } from '../../../shared/identity/s10';
import { parseSlipNumber } from '../../../shared/identity/slip-number';
import { formatVnd, localStamp } from '../../../shared/format';
import type { ReceiptDocument } from '../../../shared/receipt/receipt-document';
import type { Clock } from '../clock';
import type { PrintJobRequest } from '../printing/print-queue';
import { CounterError } from '../counter-error';
import type { Db } from '../db/open-database';
import { withCurrentApplicant } from '../dossiers/current-applicant';
import { DossierMoves } from '../dossiers/dossier-moves';
import type { DossierRecord } from '../intake/dossier-record';
import type { Actor, Ledger } from '../ledger/ledger';
import { checkInRecord, handoverSlip, type CheckIn, type Handover } from './result-documents';
import { AgencyResultsReady, resultCheckedInKind } from './agency-results-ready';

interface ResultRow {
  slip_number: string;
  session: string;
  checked_in_seq: number;
  fee_due_vnd: number;
  notices: number;
  last_notice_at: string | null;
  returned_seq: number | null;
  s10: string;
  status: DossierStatus;
  record: string;
  check_in: string;
  checked_in_at: string;
}

const withEntries = `SELECT r.*, d.s10, d.status, e.payload AS record, c.payload AS check_in, c.at AS checked_in_at
  FROM results r JOIN dossiers d ON d.slip_number = r.slip_number
  JOIN entries e ON e.seq = d.entry_seq JOIN entries c ON c.seq = r.checked_in_seq`;

export class ResultsService {
  private readonly moves: DossierMoves;
  /** Results the departments finished and the post office has still to collect. */
  readonly readyAtAgency: AgencyResultsReady;
  private readonly sql;

  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly clock: Clock,
    /** Queues a print job in the caller's transaction (printing/print-service.ts). */
    private readonly print: (job: PrintJobRequest) => { jobId: string },
  ) {
    this.moves = new DossierMoves(db);
    this.readyAtAgency = new AgencyResultsReady(db);
    this.sql = {
      bySlip: db.prepare<[string], { slip_number: string }>('SELECT slip_number FROM dossiers WHERE slip_number = ?'),
      byS10: db.prepare<[string], { slip_number: string }>('SELECT slip_number FROM dossiers WHERE s10 = ?'),
      // The code the department gave at back-fill (handover/handover-service.ts); the latest batch if handed over twice.
      byDepartmentCode: db.prepare<[string], { slip_number: string }>(
        'SELECT slip_number FROM handover_items WHERE department_code = ? ORDER BY added_seq DESC LIMIT 1',
      ),
      result: db.prepare<[string], ResultRow>(`${withEntries} WHERE r.slip_number = ?`),
      // Through results_waiting: the shelf, not the history.
      shelf: db.prepare<[], ResultRow>(`${withEntries} WHERE r.returned_seq IS NULL AND d.status IN ('resultReceived', 'notified') ORDER BY r.checked_in_seq`),
      session: db.prepare<[string], ResultRow>(`${withEntries} WHERE r.session = ? ORDER BY r.checked_in_seq`),
      sessionCount: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM results WHERE session = ?'),
      checkIn: db.prepare('INSERT INTO results (slip_number, session, checked_in_seq, fee_due_vnd) VALUES (?, ?, ?, ?)'),
      notice: db.prepare('UPDATE results SET notices = ?, last_notice_at = ? WHERE slip_number = ?'),
      returned: db.prepare('UPDATE results SET returned_seq = ? WHERE slip_number = ?'),
      entry: db.prepare<[number], { payload: string; at: string }>('SELECT payload, at FROM entries WHERE seq = ?'),
    };
  }

  /** Records a result come back from the agency. Inside a ledger transaction. */
  checkIn(args: CommandArgs<'results.checkIn'>, actor: Actor, idempotencyKey: string): CommandOutput<'results.checkIn'> {
    const slip = this.resolve(args.scan);
    const before = this.sql.result.get(slip);
    if (before) throw new CounterError('RESULT_ALREADY_CHECKED_IN', { slip, seq: before.checked_in_seq });
    const moves = this.moves.plan([slip], 'resultReceived');
    const checkIn: CheckIn = {
      slipNumber: slip,
      session: args.session,
      resultPapers: args.resultPapers,
      originalsToReturn: args.originalsToReturn,
      papersToReclaim: args.papersToReclaim,
      feeDueVnd: args.feeDueVnd,
    };
    const entry = this.ledger.post({ kind: resultCheckedInKind, payload: { ...checkIn, moves }, actor, idempotencyKey });
    this.moves.apply(moves, entry.seq);
    this.readyAtAgency.collected(slip);
    this.sql.checkIn.run(slip, args.session, entry.seq, args.feeDueVnd);
    return { result: this.view(this.sql.result.get(slip)!), seq: entry.seq, sessionCount: this.sql.sessionCount.get(args.session)!.n };
  }

  /**
   * Records that the citizen was invited to collect the result. The first invitation moves the
   * dossier to `notified`; later ones are entries of their own, counted, without a move (the rules
   * allow sending the result back only after enough invitations). Inside a ledger transaction.
   */
  notified(args: CommandArgs<'results.notified'>, actor: Actor, idempotencyKey: string): CommandOutput<'results.notified'> & { applicantName: string; phone: string } {
    const row = this.shelved(args.slipNumber);
    const moves = row.status === 'notified' ? [] : this.moves.plan([row.slip_number], 'notified');
    const number = row.notices + 1;
    const entry = this.ledger.post({
      kind: 'result.notified',
      payload: { slipNumber: row.slip_number, number, channel: args.channel, ...(moves.length ? { moves } : {}) },
      actor,
      idempotencyKey,
    });
    this.moves.apply(moves, entry.seq);
    this.sql.notice.run(number, entry.at, row.slip_number);
    const { applicant } = this.recordOf(row);
    return { slipNumber: row.slip_number, notices: number, seq: entry.seq, applicantName: applicant.name, phone: applicant.phone };
  }

  /**
   * Hands the result back at the counter. Every check (identity, fee, originals reclaimed, the
   * move) comes before the entry, so a refusal records nothing. Inside a ledger transaction.
   */
  returnResult(args: CommandArgs<'results.return'>, actor: Actor, idempotencyKey: string): { slipNumber: string; seq: number; printJobId: string } {
    const row = this.shelved(this.resolve(args.scan));
    const slip = row.slip_number;
    const moves = this.moves.plan([slip], 'returned');
    const record = this.recordOf(row);
    const checkIn = JSON.parse(row.check_in) as CheckIn;
    if (args.receiver.kind === 'applicant') {
      // The number typed is read by the recorded paper's rules, so "0011 9000 1234" matches 001190001234.
      const typed = checkIdNumber(record.applicant.idKind, args.receiver.idNumber, new Date().getFullYear(), true);
      if (!typed.ok || typed.value !== record.applicant.idNumber) throw new CounterError('RESULT_ID_MISMATCH', { slip });
    }
    const paid = args.fee?.amountVnd ?? 0;
    if (paid !== row.fee_due_vnd || (args.fee !== null && row.fee_due_vnd === 0)) {
      throw new CounterError('RESULT_FEE_MISMATCH', { slip, due: formatVnd(row.fee_due_vnd), paid: formatVnd(paid) });
    }
    const missing = checkIn.papersToReclaim.filter((p) => !args.reclaimed.includes(p));
    if (missing.length) throw new CounterError('RESULT_ORIGINALS_NOT_RECLAIMED', { names: missing.join('; ') });
    const handover: Handover = { receiver: args.receiver, fee: args.fee, reclaimed: checkIn.papersToReclaim };
    const entry = this.ledger.post({ kind: 'result.returned', payload: { slipNumber: slip, ...handover, moves }, actor, idempotencyKey });
    this.moves.apply(moves, entry.seq);
    this.sql.returned.run(entry.seq, slip);
    // One copy for the citizen to sign and the post office to keep; the PDF is the same paper.
    const { jobId } = this.print({ kind: 'resultHandover', reference: slip, copies: 1, reprint: null, causedBySeq: entry.seq });
    return { slipNumber: slip, seq: entry.seq, printJobId: jobId };
  }

  /** The hand-over slip of a return, drawn from its entry: a repeated request gets the same paper. */
  handoverSlip(slipNumber: string): ReceiptDocument {
    const row = this.sql.result.get(slipNumber);
    if (!row?.returned_seq) throw new CounterError('RESULT_NOT_CHECKED_IN', { slip: slipNumber });
    const entry = this.sql.entry.get(row.returned_seq)!;
    return handoverSlip(this.recordOf(row), JSON.parse(row.check_in) as CheckIn, JSON.parse(entry.payload) as Handover, entry.at, row.returned_seq);
  }

  /** The results receipt record of a check-in session. */
  checkInRecord(session: string, officeName: string): ReceiptDocument {
    const rows = this.sql.session.all(session);
    if (rows.length === 0) throw new CounterError('RESULT_CHECKIN_SESSION_EMPTY', { session });
    return checkInRecord(
      officeName,
      session,
      rows.map((r) => ({ record: this.recordOf(r), checkIn: JSON.parse(r.check_in) as CheckIn, at: r.checked_in_at })),
    );
  }

  /** A result on the shelf, found by what the citizen brings. */
  find(scan: string): WaitingResult {
    return this.view(this.shelved(this.resolve(scan)));
  }

  /** Everything back and waiting for the citizen, oldest first. */
  pending(): WaitingResult[] {
    return this.sql.shelf.all().map((r) => this.view(r));
  }

  /** Citizens to call today: never invited, or last invited on an earlier day. */
  toNotify(): WaitingResult[] {
    const today = localStamp(this.clock.now()).slice(0, 10);
    return this.pending().filter((r) => r.lastNoticeAt === null || localStamp(new Date(r.lastNoticeAt)).slice(0, 10) < today);
  }

  /**
   * The slip number a scan names: a slip number (with or without its dashes), the receipt's QR
   * text (slip|S10|check), an S10 label, or the department's dossier code recorded at back-fill.
   */
  private resolve(scan: string): string {
    const text = scan.trim().toUpperCase();
    const head = text.split('|')[0]!.trim();
    const slipText = [head, withDashes(head)].find((t) => parseSlipNumber(t) !== null);
    const bySlip = slipText ? this.sql.bySlip.get(slipText) : undefined;
    if (bySlip) return bySlip.slip_number;
    const s10 = parseS10(head);
    const byS10 = s10.ok ? this.sql.byS10.get(s10.value) : undefined;
    if (byS10) return byS10.slip_number;
    const byCode = this.sql.byDepartmentCode.get(text);
    if (byCode) return byCode.slip_number;
    throw new CounterError('RESULT_SCAN_UNKNOWN', { scan: scan.trim().slice(0, 60) });
  }

  /** The result of a dossier checked in and not yet returned; refusals name why not. */
  private shelved(slipNumber: string): ResultRow {
    const slip = slipNumber.trim().toUpperCase();
    const row = this.sql.result.get(slip);
    if (!row) {
      this.moves.statusOf(slip); // DOSSIER_NOT_FOUND for a slip that does not exist
      throw new CounterError('RESULT_NOT_CHECKED_IN', { slip });
    }
    return row;
  }

  /** The dossier's intake record with the applicant as corrected since (current-applicant.ts). */
  private recordOf(r: { record: string }): DossierRecord {
    return withCurrentApplicant(this.db, JSON.parse(r.record) as DossierRecord);
  }

  private view(r: ResultRow): WaitingResult {
    const record = this.recordOf(r);
    const checkIn = JSON.parse(r.check_in) as CheckIn;
    return {
      slipNumber: r.slip_number,
      s10: r.s10,
      status: r.status,
      applicantName: record.applicant.name,
      phone: record.applicant.phone,
      procedureName: record.procedure.name,
      returnMethod: record.returnMethod.kind,
      checkedInAt: r.checked_in_at,
      feeDueVnd: r.fee_due_vnd,
      notices: r.notices,
      lastNoticeAt: r.last_notice_at,
      resultPapers: checkIn.resultPapers,
      originalsToReturn: checkIn.originalsToReturn,
      papersToReclaim: checkIn.papersToReclaim,
    };
  }
}

/** A slip number typed without its dashes: <office>CCYYMMDDSSSSX → <office>-CC-YYMMDD-SSSSX. */
function withDashes(s: string): string {
  if (!/^[0-9A-Z.]+\d{12}[0-9A-Z]$/.test(s)) return s;
  const tail = s.slice(-13);
  return `${s.slice(0, -13)}-${tail.slice(0, 2)}-${tail.slice(2, 8)}-${tail.slice(8)}`;
}
