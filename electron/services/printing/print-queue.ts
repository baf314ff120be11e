// The print queue: the `print_jobs` rows and every change of their state, each change that the
// ledger must know of posted in the same transaction. Synchronous and without I/O; the worker
// (print-worker.ts) decides when a state changes, this file how.
import { randomUUID } from 'node:crypto';
import type { PrintJobView } from '../../../shared/contract/commands';
import type { ReceiptDocument } from '../../../shared/receipt/receipt-document';
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import type { Actor, Ledger } from '../ledger/ledger';
import type { PrinterProblem } from './printer-link';

/**
 * What a job prints, drawn when the job is sent: the receipt of one dossier (or a reprint), the
 * hand-over slip of its result (results/results-service.ts), or the thermal summary of a signed
 * handover batch (handover/handover-summary.ts).
 */
export interface PrintJobSpec {
  kind: 'receipt' | 'reprint' | 'resultHandover' | 'handoverSummary';
  /** The slip number of the dossier whose paper is printed; a handover summary's batch number. */
  reference: string;
  /** How many pieces of paper (copies of the receipt). */
  copies: number;
  /** The mark a reprint carries; null on the original. */
  reprint: { number: number; reason: string } | null;
}

export interface PrintJobRequest extends PrintJobSpec {
  /** The ledger entry that queues the job (posted in the same transaction). */
  causedBySeq: number;
}

/** Draws a job's documents (the receipt from the dossier record, copies already separate). */
export type DocumentSource = (job: PrintJobSpec) => ReceiptDocument[];

type JobState = PrintJobView['state'];

export interface JobRow {
  id: string;
  kind: PrintJobSpec['kind'];
  reference: string;
  copies: number;
  reprint_number: number | null;
  reprint_reason: string | null;
  paper_width: 80 | 58 | null;
  state: JobState;
  problem: PrinterProblem | null;
  reported_problem: PrinterProblem | null;
  problem_changes: number;
  attempts: number;
  created_at: string;
  printed_at: string | null;
}

const system: Actor = { kind: 'system' };
// Exactly the WHERE of the partial index print_jobs_open, so SQLite reads the open jobs from it
// instead of every job ever printed.
const openStates = "('queued', 'printing', 'waiting')";

export class PrintQueue {
  private readonly sql;

  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly clock: Clock,
    private readonly source: DocumentSource,
  ) {
    this.sql = {
      // Through print_jobs_open (the open states, then the 'printing' ones left out).
      next: db.prepare(`SELECT * FROM print_jobs WHERE state IN ${openStates} AND state <> 'printing' ORDER BY caused_by_seq, rowid LIMIT 1`),
      // One statement under the write lock: the row is taken only if it is still free as it is
      // written, and RETURNING tells whether it was.
      claim: db.prepare(
        `UPDATE print_jobs SET state = 'printing', attempts = attempts + 1
         WHERE id = ? AND state IN ('queued', 'waiting')
         RETURNING id`,
      ),
      printedEntry: db.prepare('SELECT seq, at FROM entries WHERE idempotency_key = ?'),
      // The job printed, by the entry that says so.
      settle: db.prepare("UPDATE print_jobs SET state = 'printed', problem = NULL, printed_at = ?, outcome_seq = ? WHERE id = ?"),
    };
  }

  /** False once the app has closed the database (the worker may still be winding down). */
  get open(): boolean {
    return this.db.open;
  }

  /** Must run inside the ledger transaction that posts `job.causedBySeq`. */
  enqueue(job: PrintJobRequest, paperWidth: 80 | 58 | null): { jobId: string } {
    if (!this.db.inTransaction) throw new Error('PrintService.enqueue must run inside the ledger transaction that causes it');
    const jobId = `pj_${randomUUID()}`;
    this.db
      .prepare(
        `INSERT INTO print_jobs (id, kind, reference, copies, reprint_number, reprint_reason, paper_width, state, created_at, caused_by_seq)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?)`,
      )
      .run(jobId, job.kind, job.reference, job.copies, job.reprint?.number ?? null, job.reprint?.reason ?? null, paperWidth, this.clock.now().toISOString(), job.causedBySeq);
    return { jobId };
  }

  /** The latest jobs, newest first. */
  latest(limit: number): PrintJobView[] {
    const rows = this.db.prepare('SELECT * FROM print_jobs ORDER BY caused_by_seq DESC, rowid DESC LIMIT ?').all(limit) as JobRow[];
    return rows.map(jobView);
  }

  /** Every job of one slip, oldest first. */
  jobsFor(reference: string): PrintJobView[] {
    const rows = this.db.prepare('SELECT * FROM print_jobs WHERE reference = ? ORDER BY caused_by_seq, rowid').all(reference) as JobRow[];
    return rows.map(jobView);
  }

  /** The documents a job prints, drawn from the dossier's record. */
  documentsOf(job: JobRow): ReceiptDocument[] {
    return this.source(specOf(job));
  }

  /** How many jobs are not yet printed or failed. */
  pendingCount(): number {
    return (this.db.prepare(`SELECT count(*) AS n FROM print_jobs WHERE state IN ${openStates}`).get() as { n: number }).n;
  }

  /** The problem the oldest held-up job is waiting on, if any. */
  oldestProblem(): PrinterProblem | null {
    const waiting = this.db
      .prepare(`SELECT problem FROM print_jobs WHERE state IN ${openStates} AND problem IS NOT NULL ORDER BY caused_by_seq, rowid LIMIT 1`)
      .get() as { problem: PrinterProblem } | undefined;
    return waiting?.problem ?? null;
  }

  /**
   * The oldest job waiting to be sent ('queued', or 'waiting' on a problem). A 'printing' job is
   * being sent by the worker that claimed it, and is not offered again.
   */
  next(): JobRow | null {
    return (this.sql.next.get() as JobRow | undefined) ?? null;
  }

  /**
   * Takes the job for sending, once the printer said it is ready: 'printing', one more attempt.
   * False when it is no longer free — another worker took it (the data folder's lock is there so
   * that there is no other, but two could never send the same job) or another writer already
   * posted its `print.printed` entry, in which case the job is settled as printed here.
   */
  claim(job: JobRow): boolean {
    return this.ledger.transaction(() => !this.settleIfRecorded(job) && this.sql.claim.get(job.id) !== undefined);
  }

  /** The job as the file has it now (another writer may have settled it). */
  reload(job: JobRow): JobRow | null {
    return (this.db.prepare('SELECT * FROM print_jobs WHERE id = ?').get(job.id) as JobRow | undefined) ?? null;
  }

  /** Jobs left 'printing' were cut off (crash, power cut, app closed mid-send): send them again. */
  requeueCutOff(): void {
    this.db.prepare("UPDATE print_jobs SET state = CASE WHEN problem IS NULL THEN 'queued' ELSE 'waiting' END WHERE state = 'printing'").run();
  }

  /** Counts one more attempt at a job this worker claimed and is sending again (after an error of its own). */
  markSending(job: JobRow): void {
    this.db.prepare("UPDATE print_jobs SET attempts = attempts + 1 WHERE id = ? AND state = 'printing'").run(job.id);
  }

  markWaiting(job: JobRow, problem: PrinterProblem): void {
    this.ledger.transaction(() => {
      const current = this.db.prepare('SELECT reported_problem, problem_changes FROM print_jobs WHERE id = ?').get(job.id) as Pick<JobRow, 'reported_problem' | 'problem_changes'>;
      let reported = current.reported_problem;
      let changes = current.problem_changes;
      // A ledger entry when the problem changes, not on every poll.
      if (reported !== problem) {
        changes += 1;
        this.ledger.post({
          kind: 'print.waiting',
          payload: { jobId: job.id, reference: job.reference, problem },
          actor: system,
          idempotencyKey: `print:${job.id}:waiting:${changes}`,
        });
        reported = problem;
      }
      this.db
        .prepare("UPDATE print_jobs SET state = 'waiting', problem = ?, reported_problem = ?, problem_changes = ? WHERE id = ? AND state NOT IN ('printed', 'failed')")
        .run(problem, reported, changes, job.id);
    });
  }

  markPrinted(job: JobRow, uri: string, bytes: number): void {
    this.ledger.transaction(() => {
      const row = this.db.prepare('SELECT state, attempts FROM print_jobs WHERE id = ?').get(job.id) as Pick<JobRow, 'state' | 'attempts'>;
      if (row.state === 'printed' || this.settleIfRecorded(job)) return;
      const entry = this.ledger.post({
        kind: 'print.printed',
        payload: { jobId: job.id, kind: job.kind, reference: job.reference, documents: job.copies, printer: uri, bytes, attempts: row.attempts },
        actor: system,
        idempotencyKey: printedKey(job),
      });
      this.sql.settle.run(entry.at, entry.seq, job.id);
    });
  }

  /**
   * Marks the job printed by the `print.printed` entry another writer posted for it, if there is
   * one (its key is the job's, so posting ours would break the key's uniqueness): the job is done.
   */
  private settleIfRecorded(job: JobRow): boolean {
    const entry = this.sql.printedEntry.get(printedKey(job)) as { seq: number; at: string } | undefined;
    if (!entry) return false;
    this.sql.settle.run(entry.at, entry.seq, job.id);
    return true;
  }

  /** `reason` is a code; `detail` the technical cause (an exception's text), not for the clerk. */
  markFailed(job: JobRow, reason: 'renderFailed', detail: string): void {
    this.ledger.transaction(() => {
      const entry = this.ledger.post({
        kind: 'print.failed',
        payload: { jobId: job.id, reference: job.reference, reason, detail },
        actor: system,
        idempotencyKey: `print:${job.id}:failed`,
      });
      this.db.prepare("UPDATE print_jobs SET state = 'failed', outcome_seq = ? WHERE id = ?").run(entry.seq, job.id);
    });
  }
}

const printedKey = (job: Pick<JobRow, 'id'>) => `print:${job.id}:printed`;

function jobView(r: JobRow): PrintJobView {
  return {
    id: r.id,
    kind: r.kind,
    reference: r.reference,
    state: r.state,
    problem: r.problem,
    documents: r.copies,
    createdAt: r.created_at,
    printedAt: r.printed_at,
    attempts: r.attempts,
  };
}

function specOf(r: JobRow): PrintJobSpec {
  return {
    kind: r.kind,
    reference: r.reference,
    copies: r.copies,
    reprint: r.reprint_number === null ? null : { number: r.reprint_number, reason: r.reprint_reason ?? '' },
  };
}
