// Dossier intake: the counter's main job. A commit is one ledger transaction that records the
// dossier (with every figure the slip states), takes its slip and S10 numbers and queues its
// receipts; repeats of the same form (same idempotency key) post nothing more.
import type { CommandArgs, CommandOutput, S10Range } from '../../../shared/contract/commands';
import type { Procedure } from '../../../shared/catalogue/procedure';
import { renderReceiptPdf } from '../printing/receipt-pdf';
import type { ReceiptDocument } from '../../../shared/receipt/receipt-document';
import type { PrintJobRequest, PrintJobSpec } from '../printing/print-queue';
import { CounterError } from '../counter-error';
import { saveDeviceSettings } from '../device-settings';
import type { Db } from '../db/open-database';
import type { Actor, Ledger } from '../ledger/ledger';
import type { Clock } from '../clock';
import { assessDraft, type Assessment, type IntakeDeps } from './assess-draft';
import type { AgencySnapshot, DossierDraft, DossierRecord } from './dossier-record';
import { nextS10, nextSlipNumber, remainingS10, s10Range } from './identifiers';
import { indexDossier } from '../dossiers/dossier-index';
import { dossierView, originalReceipts, receiptDataOf, reprintReceipts } from './receipt-data';

/** The other services intake works with, narrowed to what it needs. */
export interface IntakePorts extends IntakeDeps {
  db: Db;
  ledger: Ledger;
  clock: Clock;
  fontsDir: string;
  counter(): { officeCode: string; officeName: string; counterNumber: number; provinceName: string };
  routes(): { routes: { id: string; name: string; transitDays: number }[]; defaultRoute: string };
  /** The agency directory's entry for an agency name, if it has one. */
  agency(name: string): AgencySnapshot | null;
  copies(): number;
  enqueuePrint(job: PrintJobRequest): { jobId: string };
  printJobs(reference: string): CommandOutput<'intake.get'>['jobs'];
}

interface Clerk {
  actor: Actor;
  name: string;
  userId: string | null;
}

/** A dossiers row with its record, which lives once: in the dossier.received entry's payload. */
interface DossierRow {
  slip_number: string;
  payload: string;
  qr_payload: string;
  entry_seq: number;
  status: string;
}

const withRecord = 'SELECT d.slip_number, d.qr_payload, d.entry_seq, d.status, e.payload FROM dossiers d JOIN entries e ON e.seq = d.entry_seq';

export class IntakeService {
  constructor(private readonly p: IntakePorts) {}

  settings(): CommandOutput<'intake.settings'> {
    const range = s10Range(this.p.db);
    const next = range ? nextS10(this.p.db, range) : null;
    const { routes, defaultRoute } = this.p.routes();
    return { s10: range, nextS10: next?.s10 ?? null, remaining: range ? remainingS10(this.p.db, range) : 0, routes, defaultRoute };
  }

  /** Sets the counter's S10 range. Inside a ledger transaction. */
  configure(range: S10Range, actor: Actor, idempotencyKey: string): S10Range {
    return saveDeviceSettings(this.p.db, this.p.ledger, { device: 's10-range', kind: 'intake.s10_range_set', settings: range, actor, idempotencyKey });
  }

  quote(draft: CommandArgs<'intake.quote'>, clerkName: string): CommandOutput<'intake.quote'> {
    const receivedAt = this.p.clock.now().toISOString();
    // The summary is where the clerk learns the total, so cash short of it is not refused here:
    // the screen shows what is missing, and the commit refuses it.
    const a = assessDraft(draft, receivedAt, this.p, false);
    const record = this.record(draft, a, receivedAt, { name: clerkName, userId: null });
    const preview = originalReceipts(receiptDataOf({ ...record, slipNumber: null, s10: draft.s10 }, null), 1)[0]!;
    return {
      missingPapers: a.missingPapers,
      fees: a.fees,
      postal: a.postal,
      totalVnd: a.totalVnd,
      weightGrams: a.weight.grams,
      due: a.due,
      preview,
    };
  }

  /**
   * Records the dossier and queues its receipts. Inside a ledger transaction (Caller.once). The
   * receipts themselves are not part of the answer kept for repeats: `receipts()` draws them.
   */
  commit(draft: CommandArgs<'intake.commit'>, clerk: Clerk, idempotencyKey: string): Omit<CommandOutput<'intake.commit'>, 'receipts'> {
    const now = this.p.clock.now();
    const a = assessDraft(draft, now.toISOString(), this.p, true);
    if (a.missingPapers.length > 0) {
      const names = a.missingPapers.map((m) => m.name).join('; ');
      throw new CounterError('PAPERS_MISSING', { count: a.missingPapers.length, names: names.length > 300 ? `${names.slice(0, 300)}…` : names });
    }
    const usedBy = this.p.db.prepare('SELECT slip_number FROM dossiers WHERE weight_seq = ?').get(draft.weightSeq) as { slip_number: string } | undefined;
    if (usedBy) throw new CounterError('WEIGHT_ALREADY_USED', { slip: usedBy.slip_number });
    const office = this.p.counter();
    const slip = nextSlipNumber(this.p.db, office, now);
    const envelope = this.envelope(draft.s10);
    // The contract requires a payment on commit, so the assessment always has one here.
    const record: DossierRecord = { ...this.record(draft, a, now.toISOString(), clerk), payment: a.payment!, slipNumber: slip.slipNumber, s10: envelope.s10, s10FromRange: envelope.fromRange };
    const entry = this.p.ledger.post({ kind: 'dossier.received', payload: { ...record }, actor: clerk.actor, idempotencyKey });
    // The QR's check value ties the paper to its ledger entry: anyone holding the ledger can verify it.
    const qrPayload = `${record.slipNumber}|${record.s10}|${entry.hash.slice(0, 16)}`;
    this.p.db
      .prepare(
        `INSERT INTO dossiers (slip_number, day, sequence, s10, s10_serial, s10_from_range, weight_seq, received_at, due_date, total_vnd, qr_payload, entry_seq, status, status_seq)
         VALUES (@slip, @day, @sequence, @s10, @serial, @fromRange, @weightSeq, @receivedAt, @dueDate, @total, @qr, @seq, 'received', @seq)`,
      )
      .run({
        slip: record.slipNumber,
        day: slip.day,
        sequence: slip.sequence,
        s10: record.s10,
        serial: envelope.serial,
        fromRange: envelope.fromRange ? 1 : 0,
        weightSeq: draft.weightSeq,
        receivedAt: record.receivedAt,
        dueDate: record.due.dueDate,
        total: record.totalVnd,
        qr: qrPayload,
        seq: entry.seq,
      });
    indexDossier(this.p.db, record, entry.seq);
    const { jobId } = this.p.enqueuePrint({ kind: 'receipt', reference: record.slipNumber, copies: this.p.copies(), reprint: null, causedBySeq: entry.seq });
    this.recordIssue(record.slipNumber, 'printer', 0, entry.seq);
    return { dossier: dossierView(record, entry.seq), printJobId: jobId };
  }

  /** The original receipt copies of a dossier, drawn from its record. */
  receipts(slipNumber: string): ReceiptDocument[] {
    const { record, row } = this.find(slipNumber);
    return originalReceipts(receiptDataOf(record, row.qr_payload), this.p.copies());
  }

  /** What a print job prints, drawn from the record when it is sent: a reprint differs from the original only by its mark. */
  printDocuments(job: PrintJobSpec): ReceiptDocument[] {
    const { record, row } = this.find(job.reference);
    const data = receiptDataOf(record, row.qr_payload);
    return job.reprint ? reprintReceipts(data, job.copies, job.reprint) : originalReceipts(data, job.copies);
  }

  get(slipNumber: string): CommandOutput<'intake.get'> {
    const { record, row } = this.find(slipNumber);
    return {
      dossier: dossierView(record, row.entry_seq),
      receipts: originalReceipts(receiptDataOf(record, row.qr_payload), this.p.copies()),
      jobs: this.p.printJobs(record.slipNumber),
    };
  }

  recent(limit: number): CommandOutput<'intake.recent'> {
    const rows = this.p.db.prepare(`${withRecord} ORDER BY d.entry_seq DESC LIMIT ?`).all(limit) as DossierRow[];
    return { dossiers: rows.map((r) => dossierView(JSON.parse(r.payload) as DossierRecord, r.entry_seq)) };
  }

  /** Queues the applicant's copy again, marked as reprint n. Inside a ledger transaction. */
  reprint(slipNumber: string, reason: string, actor: Actor, idempotencyKey: string): CommandOutput<'intake.reprint'> {
    const { record } = this.findIssuable(slipNumber);
    const number = this.nextReprintNumber(record.slipNumber);
    const entry = this.p.ledger.post({ kind: 'dossier.receipt_reprinted', payload: { slipNumber: record.slipNumber, number, reason, channel: 'printer' }, actor, idempotencyKey });
    const { jobId } = this.p.enqueuePrint({ kind: 'reprint', reference: record.slipNumber, copies: 1, reprint: { number, reason }, causedBySeq: entry.seq });
    this.recordIssue(record.slipNumber, 'printer', number, entry.seq);
    return { printJobId: jobId, reprintNumber: number };
  }

  /**
   * Issues the receipt as a PDF; returns what to render. Inside a ledger transaction. The
   * dossier's first PDF is an original, like the printed copies; each later one is a reprint,
   * numbered with the printed reprints.
   */
  issuePdf(slipNumber: string, actor: Actor, idempotencyKey: string): { documents: ReceiptDocument[]; slipNumber: string } {
    const { record, row } = this.findIssuable(slipNumber);
    if (!this.pdfIssued(record.slipNumber)) {
      const entry = this.p.ledger.post({ kind: 'dossier.receipt_pdf_issued', payload: { slipNumber: record.slipNumber }, actor, idempotencyKey });
      this.recordIssue(record.slipNumber, 'pdf', 0, entry.seq);
      return { slipNumber: record.slipNumber, documents: originalReceipts(receiptDataOf(record, row.qr_payload), this.p.copies()) };
    }
    const number = this.nextReprintNumber(record.slipNumber);
    const reason = 'Bản PDF';
    const entry = this.p.ledger.post({ kind: 'dossier.receipt_reprinted', payload: { slipNumber: record.slipNumber, number, reason, channel: 'pdf' }, actor, idempotencyKey });
    this.recordIssue(record.slipNumber, 'pdf', number, entry.seq);
    return { slipNumber: record.slipNumber, documents: reprintReceipts(receiptDataOf(record, row.qr_payload), this.p.copies(), { number, reason }) };
  }

  async renderPdf(documents: ReceiptDocument[]): Promise<Buffer> {
    return renderReceiptPdf(documents, this.p.fontsDir);
  }

  private record(
    draft: CommandArgs<'intake.quote'>,
    a: Assessment,
    receivedAt: string,
    clerk: { name: string; userId: string | null },
  ): DossierDraft {
    const office = this.p.counter();
    const procedure: Procedure = a.procedure;
    const agencyName = procedure.agencies[0] ?? '—';
    return {
      receivedAt,
      office: { code: office.officeCode, name: office.officeName, counterNumber: office.counterNumber, province: office.provinceName },
      clerk: { userId: clerk.userId, name: clerk.name },
      procedure: {
        code: procedure.code,
        name: procedure.name,
        caseIndex: draft.caseIndex,
        caseName: a.caseName,
        snapshotHash: draft.snapshotHash,
        sample: procedure.sampleCode,
        agency: agencyName,
        processingText: procedure.processing?.text ?? '—',
        field: procedure.fields[0] ?? null,
      },
      agency: this.p.agency(agencyName) ?? { name: agencyName, unitCode: null, address: null, phone: null, sample: false },
      papers: a.presented,
      applicant: draft.applicant,
      service: draft.service,
      agencyFiling: draft.agencyFiling,
      returnMethod: draft.returnMethod,
      route: draft.route,
      weight: a.weight,
      fees: { lines: a.fees.lines, totalVnd: a.fees.totalVnd, feeIndex: draft.feeIndex, additions: a.fees.additions, exemptionReason: draft.feeExemptionReason },
      postal: { ...a.postal, applicantCategory: draft.applicantCategory },
      totalVnd: a.totalVnd,
      payment: a.payment,
      due: a.due,
    };
  }

  private envelope(scanned: string | null): { s10: string; serial: number | null; fromRange: boolean } {
    if (scanned) {
      const used = this.p.db.prepare('SELECT slip_number FROM dossiers WHERE s10 = ?').get(scanned) as { slip_number: string } | undefined;
      if (used) throw new CounterError('S10_ALREADY_USED', { s10: scanned, slip: used.slip_number });
      return { s10: scanned, serial: Number(scanned.slice(2, 10)), fromRange: false };
    }
    const range = s10Range(this.p.db);
    if (!range) throw new CounterError('S10_RANGE_NOT_SET');
    const next = nextS10(this.p.db, range);
    if (!next) throw new CounterError('S10_RANGE_USED_UP');
    return { s10: next.s10, serial: next.serial, fromRange: true };
  }

  private find(slipNumber: string): { record: DossierRecord; row: DossierRow } {
    const row = this.p.db.prepare(`${withRecord} WHERE d.slip_number = ?`).get(slipNumber.trim().toUpperCase()) as DossierRow | undefined;
    if (!row) throw new CounterError('DOSSIER_NOT_FOUND', { slip: slipNumber });
    return { record: JSON.parse(row.payload) as DossierRecord, row };
  }

  /** A voided dossier's receipt is no longer valid: no new copy of it, on paper or as a PDF. */
  private findIssuable(slipNumber: string): { record: DossierRecord; row: DossierRow } {
    const found = this.find(slipNumber);
    if (found.row.status === 'voided') throw new CounterError('DOSSIER_VOIDED', { slip: found.record.slipNumber });
    return found;
  }

  private nextReprintNumber(slipNumber: string): number {
    const { last } = this.p.db.prepare('SELECT MAX(number) AS last FROM receipt_issues WHERE slip_number = ?').get(slipNumber) as { last: number | null };
    return (last ?? 0) + 1;
  }

  private pdfIssued(slipNumber: string): boolean {
    return this.p.db.prepare("SELECT 1 FROM receipt_issues WHERE slip_number = ? AND channel = 'pdf' LIMIT 1").get(slipNumber) !== undefined;
  }

  private recordIssue(slipNumber: string, channel: 'printer' | 'pdf', number: number, seq: number): void {
    this.p.db.prepare('INSERT INTO receipt_issues (slip_number, channel, number, entry_seq) VALUES (?, ?, ?, ?)').run(slipNumber, channel, number, seq);
  }
}
