// The receipt printer: its settings (changed only by ledger entries), the print queue that other
// services fill inside their own ledger transactions, and the worker that drains it one job at a
// time, checking the printer's status before and after each job.
//
// A job is printed once. The queue row and the entry that queued it commit together; the worker
// marks a job printed only after every byte was written and the printer answered a status
// request sent after them, in one transaction with the `print.printed` entry (idempotency key
// `print:<jobId>:printed`). A job found 'printing' at start-up (the app stopped mid-send) is sent
// again: the paper may then show the start of it twice, which is better than a missing receipt.
import { randomUUID } from 'node:crypto';
import type { PrinterStatus, PrintJobView } from '../../../shared/contract/commands';
import type { PrinterSettings } from '../../../shared/contract/fields';
import type { ReceiptDocument } from '../../../shared/receipt/receipt-document';
import { buildPrinterTestPage } from '../../../shared/receipt/test-page';
import type { Clock } from '../clock';
import { CounterError } from '../counter-error';
import { readDeviceSettings, saveDeviceSettings } from '../device-settings';
import type { Db } from '../db/open-database';
import type { EventBus } from '../event-bus';
import type { Actor, Ledger } from '../ledger/ledger';
import { renderEscPos } from './escpos';
import { defaultTimings, openPrinterLink, PrinterLinkError, problemReasons, type LinkTimings, type PrinterLink, type PrinterProblem } from './printer-link';

export type RenderEscPos = (docs: ReceiptDocument[], opts: { paperWidth: 80 | 58; fontsDir: string }) => Buffer;

export interface PrintJobRequest {
  kind: 'receipt' | 'reprint';
  /** The slip number the documents belong to. */
  reference: string;
  /** Every piece of paper, copies already separate. */
  documents: ReceiptDocument[];
  /** The ledger entry that queues the job (posted in the same transaction). */
  causedBySeq: number;
}

export interface PrintServiceOptions extends Partial<LinkTimings> {
  fontsDir: string;
  /** How often a printer that reported paper out, an open cover or offline is asked again. */
  faultPollMs?: number;
  /** Waits between attempts to reach a printer that cannot be reached, growing to the last. */
  backoffMs?: readonly number[];
  /** How often the printer is asked for its status while nothing is queued (0: never). */
  idleProbeMs?: number;
  render?: RenderEscPos;
}

type JobState = PrintJobView['state'];

interface JobRow {
  id: string;
  kind: PrintJobView['kind'];
  reference: string;
  documents: string;
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
const openStates = "('queued', 'printing', 'waiting')";

export class PrintService {
  private readonly timings: LinkTimings;
  private readonly faultPollMs: number;
  private readonly backoffMs: readonly number[];
  private readonly idleProbeMs: number;
  private readonly render: RenderEscPos;
  private readonly fontsDir: string;
  private running = false;
  private loopDone: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private kicked = false;
  private link: PrinterLink | null = null;
  private failures = 0;
  private sending = false;
  /** What the printer last said while no job was waiting on it (idle probes). */
  private idleProblem: PrinterProblem | null = null;
  private lastStatus: PrinterStatus | null = null;
  private rendered: { key: string; bytes: Buffer } | null = null;
  /** performance.now() of the last conversation with the printer; idle probes wait this long after it. */
  private lastContactAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly clock: Clock,
    private readonly events: EventBus,
    options: PrintServiceOptions,
    private readonly officeName: () => string | null = () => null,
  ) {
    this.timings = { ...defaultTimings, ...pick(options, ['connectTimeoutMs', 'statusTimeoutMs', 'writeTimeoutMs']) };
    this.faultPollMs = options.faultPollMs ?? 1000;
    this.backoffMs = options.backoffMs ?? [250, 500, 1000, 2000, 5000];
    this.idleProbeMs = options.idleProbeMs ?? 30_000;
    this.render = options.render ?? renderEscPos;
    this.fontsDir = options.fontsDir;
  }

  // ---- settings -------------------------------------------------------------------------

  settings(): PrinterSettings | null {
    return readDeviceSettings<PrinterSettings>(this.db, 'printer');
  }

  /** Must run inside a ledger transaction; call `kick()` once it has committed. */
  configure(settings: PrinterSettings, actor: Actor, idempotencyKey: string): PrinterSettings {
    saveDeviceSettings(this.db, this.ledger, { device: 'printer', kind: 'device.printer_configured', settings, actor, idempotencyKey });
    // A different printer: ask it how it is as soon as the worker wakes.
    this.lastContactAt = Number.NEGATIVE_INFINITY;
    this.idleProblem = null;
    return settings;
  }

  // ---- the queue ------------------------------------------------------------------------

  /**
   * Queues a job. Synchronous and without I/O: call it inside the ledger transaction that posts
   * `causedBySeq`, then `kick()` after the commit. With no printer configured the job waits
   * ('queued', status 'unconfigured') until one is.
   */
  enqueue(job: PrintJobRequest): { jobId: string } {
    if (!this.db.inTransaction) throw new Error('PrintService.enqueue must run inside the ledger transaction that causes it');
    const jobId = `pj_${randomUUID()}`;
    this.db
      .prepare(
        `INSERT INTO print_jobs (id, kind, reference, documents, paper_width, state, created_at, caused_by_seq)
         VALUES (?, ?, ?, ?, ?, 'queued', ?, ?)`,
      )
      .run(jobId, job.kind, job.reference, JSON.stringify(job.documents), this.settings()?.paperWidth ?? null, this.clock.now().toISOString(), job.causedBySeq);
    return { jobId };
  }

  /** Wakes the worker (after a commit that queued a job or changed the settings) and republishes the status. */
  kick(): void {
    this.kicked = true;
    this.wake?.();
    this.publish();
  }

  /** The latest jobs, newest first. */
  jobs(limit = 20): PrintJobView[] {
    const rows = this.db.prepare('SELECT * FROM print_jobs ORDER BY caused_by_seq DESC, rowid DESC LIMIT ?').all(limit) as JobRow[];
    return rows.map(view);
  }

  /** Every job of one slip, oldest first. */
  jobsFor(reference: string): PrintJobView[] {
    const rows = this.db.prepare('SELECT * FROM print_jobs WHERE reference = ? ORDER BY caused_by_seq, rowid').all(reference) as JobRow[];
    return rows.map(view);
  }

  /** The documents of a job, as queued. */
  documentsOf(jobId: string): ReceiptDocument[] | null {
    const row = this.db.prepare('SELECT documents FROM print_jobs WHERE id = ?').get(jobId) as { documents: string } | undefined;
    return row ? (JSON.parse(row.documents) as ReceiptDocument[]) : null;
  }

  status(): PrinterStatus {
    const pending = (this.db.prepare(`SELECT count(*) AS n FROM print_jobs WHERE state IN ${openStates}`).get() as { n: number }).n;
    const at = this.clock.now().toISOString();
    if (!this.settings()) return { state: 'unconfigured', problem: null, pending, at };
    const waiting = this.db
      .prepare(`SELECT problem FROM print_jobs WHERE state IN ${openStates} AND problem IS NOT NULL ORDER BY caused_by_seq, rowid LIMIT 1`)
      .get() as { problem: PrinterProblem } | undefined;
    if (this.sending) return { state: 'printing', problem: null, pending, at };
    if (waiting) return { state: 'waiting', problem: waiting.problem, pending, at };
    return { state: pending ? 'printing' : 'idle', problem: pending ? null : this.idleProblem, pending, at };
  }

  // ---- the test page ---------------------------------------------------------------------

  /** Prints the test page straight to `uri` (or the configured printer), status checked first. */
  async printTestPage(options: { uri?: string | undefined; paperWidth?: 80 | 58 | undefined }): Promise<{ uri: string; bytes: number }> {
    const settings = this.settings();
    const uri = options.uri ?? settings?.uri;
    if (!uri) throw new CounterError('PRINTER_NOT_CONFIGURED');
    const paperWidth = options.paperWidth ?? settings?.paperWidth ?? 80;
    const page = buildPrinterTestPage({ uri, paperWidth, at: this.clock.now().toISOString(), officeName: this.officeName() });
    const bytes = this.render([page], { paperWidth, fontsDir: this.fontsDir });
    let link: PrinterLink | null = null;
    try {
      link = await openPrinterLink(uri, this.timings);
      const before = await link.status();
      if (before) throw new PrinterLinkError(before, problemReasons[before]);
      await link.write(bytes);
      const after = await link.status();
      if (after) throw new PrinterLinkError(after, problemReasons[after]);
    } catch (e) {
      if (e instanceof PrinterLinkError) throw new CounterError('PRINTER_FAILED', { uri, reason: e.reason });
      throw e;
    } finally {
      link?.close();
    }
    return { uri, bytes: bytes.length };
  }

  // ---- the worker ------------------------------------------------------------------------

  /** Starts draining the queue. Hosts with screens call it; the console never does. */
  start(): void {
    if (this.running) return;
    this.running = true;
    // Jobs left 'printing' were cut off (crash, power cut, app closed mid-send): send them again.
    this.db.prepare("UPDATE print_jobs SET state = CASE WHEN problem IS NULL THEN 'queued' ELSE 'waiting' END WHERE state = 'printing'").run();
    this.loopDone = this.loop().catch((e) => console.error('[counter] print worker stopped:', e));
  }

  /** Stops the worker; a job being sent is abandoned and sent again on the next start. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.link?.abort();
    this.wake?.();
    await this.loopDone;
  }

  private async loop(): Promise<void> {
    this.publish();
    while (this.running) {
      this.kicked = false;
      const settings = this.settings();
      const job = settings ? this.nextJob() : null;
      if (!settings || !job) {
        // Nothing to print: ask the printer how it is now and then, so the status bar can say
        // "out of paper" before the next receipt needs it.
        let wait: number | null = null;
        if (settings && this.idleProbeMs > 0) {
          const since = performance.now() - this.lastContactAt;
          if (since >= this.idleProbeMs) {
            await this.probe(settings);
            if (!this.running) return;
            wait = this.idleProbeMs;
          } else wait = this.idleProbeMs - since;
        }
        this.publish();
        await this.sleep(wait);
        continue;
      }
      const retryInMs = await this.attempt(job, settings);
      if (!this.running) return;
      this.publish();
      if (retryInMs > 0) await this.sleep(retryInMs);
    }
  }

  private nextJob(): JobRow | null {
    return (this.db.prepare(`SELECT * FROM print_jobs WHERE state IN ${openStates} ORDER BY caused_by_seq, rowid LIMIT 1`).get() as JobRow | undefined) ?? null;
  }

  /** One try at one job; answers how long to wait before the next try (0: go on at once). */
  private async attempt(job: JobRow, settings: PrinterSettings): Promise<number> {
    const paperWidth = job.paper_width ?? settings.paperWidth;
    let bytes: Buffer;
    try {
      // Drawn once per job, not on every poll of a printer that is out of paper.
      if (this.rendered?.key !== `${job.id}@${paperWidth}`) {
        this.rendered = null;
        const drawn = this.render(JSON.parse(job.documents) as ReceiptDocument[], { paperWidth, fontsDir: this.fontsDir });
        this.rendered = { key: `${job.id}@${paperWidth}`, bytes: drawn };
      }
      bytes = this.rendered.bytes;
    } catch (e) {
      // A job that cannot be drawn never will be: it fails, and the next one goes ahead.
      this.markFailed(job, `không dựng được nội dung in: ${(e as Error).message}`);
      return 0;
    }
    let link: PrinterLink | null = null;
    try {
      link = await openPrinterLink(settings.uri, this.timings);
      if (!this.running) return 0;
      this.link = link;
      const before = await link.status();
      if (!this.running) return 0;
      this.failures = 0;
      if (before) return this.markWaiting(job, before, this.faultPollMs);
      // From here bytes go to the printer: a job found 'printing' after a crash is sent again.
      this.db.prepare("UPDATE print_jobs SET state = 'printing', attempts = attempts + 1 WHERE id = ?").run(job.id);
      this.sending = true;
      this.publish();
      await link.write(bytes);
      if (!this.running) return 0;
      // The printer answers a status request only after the bytes before it: all of them arrived.
      const after = await link.status();
      if (!this.running) return 0;
      if (after) return this.markWaiting(job, after, this.faultPollMs);
      this.markPrinted(job, settings.uri, bytes.length);
      this.rendered = null;
      return 0;
    } catch (e) {
      if (!this.running) return 0;
      if (!(e instanceof PrinterLinkError)) throw e;
      const delay = this.backoffMs[Math.min(this.failures, this.backoffMs.length - 1)] ?? 1000;
      this.failures += 1;
      return this.markWaiting(job, e.problem, delay);
    } finally {
      this.sending = false;
      this.link = null;
      this.lastContactAt = performance.now();
      link?.close();
    }
  }

  /** While the queue is empty: what does the printer say? Shown on the status bar; nothing recorded. */
  private async probe(settings: PrinterSettings): Promise<void> {
    let link: PrinterLink | null = null;
    try {
      link = await openPrinterLink(settings.uri, this.timings);
      this.link = link;
      this.idleProblem = await link.status();
    } catch (e) {
      if (!(e instanceof PrinterLinkError)) throw e;
      this.idleProblem = e.problem;
    } finally {
      this.link = null;
      this.lastContactAt = performance.now();
      link?.close();
    }
  }

  private markWaiting(job: JobRow, problem: PrinterProblem, retryInMs: number): number {
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
    return retryInMs;
  }

  private markPrinted(job: JobRow, uri: string, bytes: number): void {
    this.ledger.transaction(() => {
      const row = this.db.prepare('SELECT state, attempts FROM print_jobs WHERE id = ?').get(job.id) as Pick<JobRow, 'state' | 'attempts'>;
      if (row.state === 'printed') return;
      const entry = this.ledger.post({
        kind: 'print.printed',
        payload: { jobId: job.id, kind: job.kind, reference: job.reference, documents: (JSON.parse(job.documents) as unknown[]).length, printer: uri, bytes, attempts: row.attempts },
        actor: system,
        idempotencyKey: `print:${job.id}:printed`,
      });
      this.db
        .prepare("UPDATE print_jobs SET state = 'printed', problem = NULL, printed_at = ?, outcome_seq = ? WHERE id = ?")
        .run(entry.at, entry.seq, job.id);
    });
    this.idleProblem = null;
  }

  private markFailed(job: JobRow, reason: string): void {
    this.ledger.transaction(() => {
      const entry = this.ledger.post({
        kind: 'print.failed',
        payload: { jobId: job.id, reference: job.reference, reason },
        actor: system,
        idempotencyKey: `print:${job.id}:failed`,
      });
      this.db.prepare("UPDATE print_jobs SET state = 'failed', outcome_seq = ? WHERE id = ?").run(entry.seq, job.id);
    });
  }

  /** Waits `ms` (null: until kicked). Wakes early on `kick()` or `stop()`; never holds the process open. */
  private sleep(ms: number | null): Promise<void> {
    if (this.kicked || !this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = ms === null ? null : setTimeout(() => done(), ms);
      timer?.unref();
      const done = () => {
        if (timer) clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      this.wake = done;
    });
  }

  /** Pushes the status to the screens when it changed (ignoring the time stamp). */
  private publish(): void {
    if (!this.db.open) return;
    const status = this.status();
    const last = this.lastStatus;
    if (last && last.state === status.state && last.problem === status.problem && last.pending === status.pending) return;
    this.lastStatus = status;
    this.events.emit('printer.status', status);
  }
}

function view(r: JobRow): PrintJobView {
  return {
    id: r.id,
    kind: r.kind,
    reference: r.reference,
    state: r.state,
    problem: r.problem,
    documents: (JSON.parse(r.documents) as unknown[]).length,
    createdAt: r.created_at,
    printedAt: r.printed_at,
    attempts: r.attempts,
  };
}

function pick<T extends object, K extends keyof T>(o: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}
