// The receipt printer: its settings (changed only by ledger entries), the print queue
// (print-queue.ts) that other services fill inside their own ledger transactions, and the worker
// (print-worker.ts) that drains it one job at a time, checking the printer's status before and
// after each job. The rest of the app calls only `PrintService`.
//
// A job is printed once. The queue row and the entry that queued it commit together; the worker
// marks a job printed only after every byte was written and the printer answered a status
// request sent after them, in one transaction with the `print.printed` entry (idempotency key
// `print:<jobId>:printed`). A job row names what to print (the dossier's slip, copies, reprint
// mark); the documents are drawn from the dossier's record when the job is sent, so the queue
// stays small however many receipts were printed. A job found 'printing' at start-up (the app
// stopped mid-send) is sent again: the paper may then show the start of it twice, which is
// better than a missing receipt.
import type { PrinterStatus, PrintJobView } from '../../../shared/contract/commands';
import type { PrinterSettings } from '../../../shared/contract/fields';
import type { Clock } from '../clock';
import { readDeviceSettings, saveDeviceSettings } from '../device-settings';
import type { Db } from '../db/open-database';
import type { EventBus } from '../event-bus';
import type { Actor, Ledger } from '../ledger/ledger';
import { PrintQueue, type DocumentSource, type PrintJobRequest } from './print-queue';
import { PrintWorker, type PrintWorkerOptions } from './print-worker';

export class PrintService {
  private readonly queue: PrintQueue;
  private readonly worker: PrintWorker;

  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    clock: Clock,
    events: EventBus,
    documents: DocumentSource,
    options: PrintWorkerOptions,
    officeName: () => string | null = () => null,
  ) {
    this.queue = new PrintQueue(db, ledger, clock, documents);
    this.worker = new PrintWorker(this.queue, () => this.settings(), clock, events, options, officeName);
  }

  // ---- settings -------------------------------------------------------------------------

  settings(): PrinterSettings | null {
    return readDeviceSettings<PrinterSettings>(this.db, 'printer');
  }

  /** Must run inside a ledger transaction; call `kick()` once it has committed. */
  configure(settings: PrinterSettings, actor: Actor, idempotencyKey: string): PrinterSettings {
    saveDeviceSettings(this.db, this.ledger, { device: 'printer', kind: 'device.printer_configured', settings, actor, idempotencyKey });
    this.worker.printerChanged();
    return settings;
  }

  // ---- the queue ------------------------------------------------------------------------

  /**
   * Queues a job. Synchronous and without I/O: call it inside the ledger transaction that posts
   * `causedBySeq`, then `kick()` after the commit. With no printer configured the job waits
   * ('queued', status 'unconfigured') until one is.
   */
  enqueue(job: PrintJobRequest): { jobId: string } {
    return this.queue.enqueue(job, this.settings()?.paperWidth ?? null);
  }

  /** Wakes the worker (after a commit that queued a job or changed the settings) and republishes the status. */
  kick(): void {
    this.worker.kick();
  }

  /** The latest jobs, newest first. */
  jobs(limit = 20): PrintJobView[] {
    return this.queue.latest(limit);
  }

  /** Every job of one slip, oldest first. */
  jobsFor(reference: string): PrintJobView[] {
    return this.queue.jobsFor(reference);
  }

  status(): PrinterStatus {
    return this.worker.status();
  }

  // ---- the test page ---------------------------------------------------------------------

  /** Prints the test page straight to `uri` (or the configured printer), status checked first. */
  printTestPage(options: { uri?: string | undefined; paperWidth?: 80 | 58 | undefined }): Promise<{ uri: string; bytes: number }> {
    return this.worker.printTestPage(options);
  }

  // ---- the worker ------------------------------------------------------------------------

  /** Starts draining the queue. Hosts with screens call it; the console never does. */
  start(): void {
    this.worker.start();
  }

  /** Stops the worker; a job being sent is abandoned and sent again on the next start. */
  stop(): Promise<void> {
    return this.worker.stop();
  }
}
