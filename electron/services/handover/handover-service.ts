// Handover to the one-stop department (Biên bản giao nhận hồ sơ). A clerk scans dossiers into a
// batch for one agency; the department's receiver signs for the whole batch, which then closes;
// afterwards the department's answer for each dossier is back-filled. Every step is one ledger
// entry whose `moves` the DossierMoves service applies, so the status and the batch tables are
// always what the entries say (ledger/read-models.ts rebuilds both).
import type { CommandOutput } from '../../../shared/contract/commands';
import type { HandoverBatch, HandoverBatchSummary, HandoverItem, HandoverOutcome } from '../../../shared/contract/handover';
import type { DossierStatus } from '../../../shared/dossier/lifecycle';
import { readRegisterQuery } from '../../../shared/dossier/register-query';
import type { Clock } from '../clock';
import { CounterError } from '../counter-error';
import type { Db } from '../db/open-database';
import { currentApplicant, withCurrentApplicant } from '../dossiers/current-applicant';
import { DossierMoves } from '../dossiers/dossier-moves';
import type { AgencySnapshot, DossierRecord } from '../intake/dossier-record';
import { localDay } from '../intake/identifiers';
import type { Actor, Ledger } from '../ledger/ledger';
import type { PrintJobRequest } from '../printing/print-queue';
import type { ReceiptDocument } from '../../../shared/receipt/receipt-document';
import { handoverSummary } from './handover-summary';

export interface HandoverPorts {
  db: Db;
  ledger: Ledger;
  clock: Clock;
  counter(): { officeCode: string; officeName: string; counterNumber: number };
  /** The agency directory's entry for an agency name, if it has one. */
  agency(name: string): AgencySnapshot | null;
  /** Queues a print job in the caller's transaction (printing/print-service.ts). */
  print(job: PrintJobRequest): { jobId: string };
}

interface DossierRow {
  slip_number: string;
  s10: string;
  status: DossierStatus;
  received_at: string;
  payload: string;
}

interface BatchRow {
  number: string;
  agency: string;
  opened_at: string;
  signed_at: string | null;
  receiver_name: string | null;
}

interface ItemRow extends DossierRow {
  department_code: string | null;
  appointment_date: string | null;
  reason: string | null;
}

const withRecord = 'SELECT d.slip_number, d.s10, d.status, d.received_at, e.payload FROM dossiers d JOIN entries e ON e.seq = d.entry_seq';

/** The department's answer and the status it moves the dossier to (none for a code recorded). */
const outcomeMove: Record<HandoverOutcome['kind'], DossierStatus | null> = {
  accepted: null,
  refused: 'refused',
  supplementRequested: 'supplementRequested',
  supplementCompleted: 'delivered',
};

export class HandoverService {
  private readonly moves: DossierMoves;

  constructor(private readonly p: HandoverPorts) {
    this.moves = new DossierMoves(p.db);
  }

  /**
   * Adds the scanned dossier to a batch, opening one for its agency when none is given. Inside a
   * ledger transaction; every refusal is raised before anything is posted.
   */
  add(batchNumber: string | null, scan: string, actor: Actor, idempotencyKey: string): { batchNumber: string; slipNumber: string } {
    const d = this.find(scan);
    const record = JSON.parse(d.payload) as DossierRecord;
    if (d.status === 'voided') throw new CounterError('HANDOVER_DOSSIER_VOIDED', { slip: d.slip_number });
    if (record.service === 'return') throw new CounterError('HANDOVER_RETURN_ONLY', { slip: d.slip_number });
    const holder = this.batchOf(d.slip_number);
    if (holder && holder.signed_at === null) {
      throw new CounterError(holder.number === batchNumber ? 'HANDOVER_ALREADY_IN_BATCH' : 'HANDOVER_IN_OTHER_BATCH', { slip: d.slip_number, batch: holder.number });
    }
    if (holder) throw new CounterError('HANDOVER_ALREADY_DELIVERED', { slip: d.slip_number, batch: holder.number });
    const agency = record.procedure.agency;
    if (batchNumber !== null) {
      const batch = this.openBatch(batchNumber);
      if (batch.agency !== agency) throw new CounterError('HANDOVER_OTHER_AGENCY', { slip: d.slip_number, agency, batchAgency: batch.agency });
    }
    const moves = this.moves.plan([d.slip_number], 'inBatch');
    const number = batchNumber ?? this.open(agency, actor, idempotencyKey);
    const entry = this.p.ledger.post({ kind: 'handover.dossier_added', payload: { batchNumber: number, slipNumber: d.slip_number, moves }, actor, idempotencyKey });
    this.p.db.prepare('INSERT INTO handover_items (batch_number, slip_number, added_seq) VALUES (?, ?, ?)').run(number, d.slip_number, entry.seq);
    this.moves.apply(moves, entry.seq);
    return { batchNumber: number, slipNumber: d.slip_number };
  }

  /** Takes a dossier out of an open batch. Inside a ledger transaction. */
  remove(batchNumber: string, scan: string, actor: Actor, idempotencyKey: string): { batchNumber: string; slipNumber: string } {
    this.openBatch(batchNumber);
    const d = this.find(scan);
    if (this.batchOf(d.slip_number)?.number !== batchNumber) throw new CounterError('HANDOVER_NOT_IN_BATCH', { slip: d.slip_number, batch: batchNumber });
    const moves = this.moves.plan([d.slip_number], 'received');
    const entry = this.p.ledger.post({ kind: 'handover.dossier_removed', payload: { batchNumber, slipNumber: d.slip_number, moves }, actor, idempotencyKey });
    this.p.db.prepare('DELETE FROM handover_items WHERE batch_number = ? AND slip_number = ?').run(batchNumber, d.slip_number);
    this.moves.apply(moves, entry.seq);
    return { batchNumber, slipNumber: d.slip_number };
  }

  /** The department's receiver signed for the batch: its dossiers are delivered, the batch closes. */
  sign(batchNumber: string, receiverName: string, actor: Actor, idempotencyKey: string): CommandOutput<'handover.sign'> {
    this.openBatch(batchNumber);
    const slips = this.slipsIn(batchNumber);
    if (slips.length === 0) throw new CounterError('HANDOVER_BATCH_EMPTY', { batch: batchNumber });
    const moves = this.moves.plan(slips, 'delivered');
    const entry = this.p.ledger.post({ kind: 'handover.batch_signed', payload: { batchNumber, receiverName, slipNumbers: slips, moves }, actor, idempotencyKey });
    this.p.db.prepare('UPDATE handover_batches SET signed_at = ?, receiver_name = ?, signed_seq = ? WHERE number = ?').run(entry.at, receiverName, entry.seq, batchNumber);
    this.moves.apply(moves, entry.seq);
    // The thermal summary, drawn from the batch when it is sent; the caller kicks the worker after commit.
    this.p.print({ kind: 'handoverSummary', reference: batchNumber, copies: 1, reprint: null, causedBySeq: entry.seq });
    return { batchNumber, signedAt: entry.at, dossiers: slips.length };
  }

  /** Records what the department said of a dossier it received. Inside a ledger transaction. */
  backfill(scan: string, outcome: HandoverOutcome, actor: Actor, idempotencyKey: string): CommandOutput<'handover.backfill'> {
    const d = this.find(scan);
    const batch = this.batchOf(d.slip_number);
    if (!batch || batch.signed_at === null) throw new CounterError('HANDOVER_NOT_DELIVERED', { slip: d.slip_number, status: d.status });
    const to = outcomeMove[outcome.kind];
    // A code is the department's acknowledgement of a dossier it holds: recorded while delivered.
    if (to === null && d.status !== 'delivered') throw new CounterError('HANDOVER_NOT_DELIVERED', { slip: d.slip_number, status: d.status });
    const moves = to === null ? [] : this.moves.plan([d.slip_number], to);
    const entry = this.p.ledger.post({
      kind: 'handover.outcome_recorded',
      payload: { batchNumber: batch.number, slipNumber: d.slip_number, outcome, moves },
      actor,
      idempotencyKey,
    });
    const set = itemOutcome(outcome);
    this.p.db
      .prepare(
        `UPDATE handover_items SET department_code = COALESCE(@code, department_code), appointment_date = COALESCE(@date, appointment_date), reason = @reason, backfill_seq = @seq
         WHERE batch_number = @batch AND slip_number = @slip`,
      )
      .run({ code: set.departmentCode, date: set.appointmentDate, reason: set.reason, seq: entry.seq, batch: batch.number, slip: d.slip_number });
    this.moves.apply(moves, entry.seq);
    return { slipNumber: d.slip_number, batchNumber: batch.number, status: to ?? d.status };
  }

  list(): CommandOutput<'handover.list'> {
    const summaries = (where: string, limit: number) =>
      (this.p.db.prepare(`SELECT * FROM handover_batches WHERE ${where} ORDER BY opened_seq DESC LIMIT ${limit}`).all() as BatchRow[]).map((b) => this.summary(b));
    const today = localDay(this.p.clock.now());
    const missingToday = (
      this.p.db
        .prepare(
          `${withRecord} WHERE d.day = ? AND d.status = 'received' AND json_extract(e.payload, '$.service') <> 'return' ORDER BY d.sequence`,
        )
        .all(today) as DossierRow[]
    ).map((d) => {
      const record = JSON.parse(d.payload) as DossierRecord;
      return { slipNumber: d.slip_number, s10: d.s10, agency: record.procedure.agency, applicantName: currentApplicant(this.p.db, record).applicantName, receivedAt: d.received_at };
    });
    return { open: summaries('signed_seq IS NULL', 100), signed: summaries('signed_seq IS NOT NULL', 20), missingToday };
  }

  show(batchNumber: string): HandoverBatch {
    const batch = this.batch(batchNumber);
    const office = this.p.counter();
    const items = this.items(batchNumber);
    // The department as the first dossier's record snapshotted it, else as the directory has it now.
    const snapshot = items[0]?.agencySnapshot ?? this.p.agency(batch.agency);
    return {
      ...this.summary(batch),
      office: { code: office.officeCode, name: office.officeName, counterNumber: office.counterNumber },
      department: { name: batch.agency, unitCode: snapshot?.unitCode ?? null, address: snapshot?.address ?? null },
      items: items.map((i) => i.item),
    };
  }

  /** The thermal summary of a batch (handover-summary.ts): the same batch draws the same paper. */
  summaryDocument(batchNumber: string, reprint: ReceiptDocument['reprint'] = null): ReceiptDocument {
    const sample = this.items(batchNumber).some((i) => i.sample);
    return handoverSummary(this.show(batchNumber), sample, reprint);
  }

  /**
   * Prints the thermal summary of a signed batch again (lost, torn, a second one asked for): an
   * entry with its number and the reason, and a print job that carries both on the paper. A batch
   * not signed yet has had no summary printed. Inside a ledger transaction; the caller kicks the worker.
   */
  reprintSummary(batchNumber: string, reason: string, actor: Actor, idempotencyKey: string): CommandOutput<'handover.reprintSummary'> {
    const batch = this.batch(batchNumber);
    if (batch.signed_at === null) throw new CounterError('HANDOVER_BATCH_NOT_SIGNED', { batch: batch.number });
    // Numbered among this batch's reprints: one seek of the print jobs' reference index.
    const last = this.p.db
      .prepare("SELECT max(reprint_number) FROM print_jobs WHERE reference = ? AND kind = 'handoverSummary'")
      .pluck()
      .get(batch.number) as number | null;
    const number = (last ?? 0) + 1;
    const entry = this.p.ledger.post({ kind: 'handover.summary_reprinted', payload: { batchNumber: batch.number, number, reason }, actor, idempotencyKey });
    const { jobId } = this.p.print({ kind: 'handoverSummary', reference: batch.number, copies: 1, reprint: { number, reason }, causedBySeq: entry.seq });
    return { batchNumber: batch.number, reprintNumber: number, printJobId: jobId };
  }

  /** Opens a batch for `agency` and answers its number. */
  private open(agency: string, actor: Actor, idempotencyKey: string): string {
    const office = this.p.counter();
    const day = localDay(this.p.clock.now());
    const { last } = this.p.db.prepare('SELECT COALESCE(MAX(sequence), 0) AS last FROM handover_batches WHERE day = ?').get(day) as { last: number };
    const sequence = last + 1;
    const number = batchNumberOf(office, day, sequence);
    const entry = this.p.ledger.post({ kind: 'handover.batch_opened', payload: { batchNumber: number, agency, day, sequence }, actor, idempotencyKey: `${idempotencyKey}#open` });
    this.p.db
      .prepare('INSERT INTO handover_batches (number, day, sequence, agency, opened_at, opened_seq) VALUES (?, ?, ?, ?, ?, ?)')
      .run(number, day, sequence, agency, entry.at, entry.seq);
    return number;
  }

  /**
   * The dossier a scan names: its slip number (dashes typed or not), its S10, or the receipt's QR
   * text, read by the register's one rule (shared/dossier/register-query.ts).
   */
  private find(scan: string): DossierRow {
    const q = readRegisterQuery(scan);
    const row =
      q.kind === 'slip'
        ? this.p.db.prepare(`${withRecord} JOIN dossier_lookup l ON l.seq = d.entry_seq WHERE l.slip_compact = ?`).get(q.compact)
        : q.kind === 's10'
          ? this.p.db.prepare(`${withRecord} WHERE d.s10 = ?`).get(q.s10)
          : undefined;
    if (!row) throw new CounterError('HANDOVER_SCAN_UNKNOWN', { scan: scan.trim() });
    return row as DossierRow;
  }

  /** The batch that holds the dossier (at most one: removal deletes the item). */
  private batchOf(slipNumber: string): BatchRow | undefined {
    return this.p.db
      .prepare('SELECT b.* FROM handover_items i JOIN handover_batches b ON b.number = i.batch_number WHERE i.slip_number = ? ORDER BY i.added_seq DESC LIMIT 1')
      .get(slipNumber) as BatchRow | undefined;
  }

  private batch(number: string): BatchRow {
    const row = this.p.db.prepare('SELECT * FROM handover_batches WHERE number = ?').get(number) as BatchRow | undefined;
    if (!row) throw new CounterError('HANDOVER_BATCH_NOT_FOUND', { batch: number });
    return row;
  }

  /** A batch that may still change. */
  private openBatch(number: string): BatchRow {
    const row = this.batch(number);
    if (row.signed_at !== null) throw new CounterError('HANDOVER_BATCH_SIGNED', { batch: number, signedAt: row.signed_at });
    return row;
  }

  private slipsIn(batchNumber: string): string[] {
    return (this.p.db.prepare('SELECT slip_number FROM handover_items WHERE batch_number = ? ORDER BY added_seq').all(batchNumber) as { slip_number: string }[]).map((r) => r.slip_number);
  }

  private items(batchNumber: string): { item: HandoverItem; agencySnapshot: AgencySnapshot | undefined; sample: boolean }[] {
    const rows = this.p.db
      .prepare(
        `SELECT d.slip_number, d.s10, d.status, d.received_at, e.payload, i.department_code, i.appointment_date, i.reason
           FROM handover_items i JOIN dossiers d ON d.slip_number = i.slip_number JOIN entries e ON e.seq = d.entry_seq
          WHERE i.batch_number = ? ORDER BY i.added_seq`,
      )
      .all(batchNumber) as ItemRow[];
    return rows.map((r) => {
      // The applicant as corrected since intake: the record and its papers show the name as it stands.
      const record = withCurrentApplicant(this.p.db, JSON.parse(r.payload) as DossierRecord);
      return {
        agencySnapshot: record.agency,
        // What the summary prints (procedure code, department) came from sample data.
        sample: record.procedure.sample || (record.agency?.sample ?? false),
        item: {
          slipNumber: r.slip_number,
          s10: r.s10,
          procedureCode: record.procedure.code,
          procedureName: record.procedure.name,
          applicantName: record.applicant.name,
          papers: record.papers.map((p) => ({ name: p.name, originals: p.originals, copies: p.copies })),
          feesVnd: record.fees.totalVnd,
          feeLines: record.fees.lines,
          feeReceiptNumber: null,
          status: r.status,
          departmentCode: r.department_code,
          appointmentDate: r.appointment_date,
          reason: r.reason,
        },
      };
    });
  }

  private summary(b: BatchRow): HandoverBatchSummary {
    const { dossiers, fees } = this.p.db
      .prepare(
        `SELECT count(*) AS dossiers, COALESCE(SUM(json_extract(e.payload, '$.fees.totalVnd')), 0) AS fees
           FROM handover_items i JOIN dossiers d ON d.slip_number = i.slip_number JOIN entries e ON e.seq = d.entry_seq WHERE i.batch_number = ?`,
      )
      .get(b.number) as { dossiers: number; fees: number };
    return { number: b.number, agency: b.agency, openedAt: b.opened_at, signedAt: b.signed_at, receiverName: b.receiver_name, dossiers, feesVnd: fees };
  }
}

/** <office>-<counter, 2 digits>-BG-<YYMMDD>-<sequence, 3 digits>: BG for biên bản giao nhận. */
export function batchNumberOf(office: { officeCode: string; counterNumber: number }, day: string, sequence: number): string {
  return `${office.officeCode.toUpperCase()}-${String(office.counterNumber).padStart(2, '0')}-BG-${day}-${String(sequence).padStart(3, '0')}`;
}

/** The columns of handover_items an outcome sets; also what ledger verify projects. */
export function itemOutcome(outcome: HandoverOutcome): { departmentCode: string | null; appointmentDate: string | null; reason: string | null } {
  switch (outcome.kind) {
    case 'accepted':
      return { departmentCode: outcome.departmentCode, appointmentDate: outcome.appointmentDate, reason: null };
    case 'refused':
    case 'supplementRequested':
      return { departmentCode: null, appointmentDate: null, reason: outcome.reason };
    case 'supplementCompleted':
      return { departmentCode: null, appointmentDate: null, reason: null };
  }
}
