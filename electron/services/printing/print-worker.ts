// The print worker: the loop that sends queued jobs to the printer one at a time, asking its
// status before and after each, waiting out paper, cover and connection problems, and pushing
// the printer status to the screens. Also sends the test page, straight past the queue.
//
// The loop never stops on its own: any error from the ledger file (another program holding its
// write lock past the busy timeout, a full disk, anything unforeseen) is shown on the status bar
// as a code, waited out with a growing pause, and the loop carries on where it was.
import type { PrinterStatus } from '../../../shared/contract/commands';
import type { PrintWorkerProblem } from '../../../shared/contract/events';
import type { PrinterSettings } from '../../../shared/contract/fields';
import type { ReceiptDocument } from '../../../shared/receipt/receipt-document';
import { buildPrinterTestPage } from '../../../shared/receipt/test-page';
import type { Clock } from '../clock';
import { CounterError } from '../counter-error';
import type { EventBus } from '../event-bus';
import { renderEscPos } from './escpos';
import type { JobRow, PrintQueue } from './print-queue';
import { defaultTimings, openPrinterLink, PrinterLinkError, type LinkTimings, type PrinterLink, type PrinterProblem } from './printer-link';

export type RenderEscPos = (docs: ReceiptDocument[], opts: { paperWidth: 80 | 58; fontsDir: string }) => Buffer;

export interface PrintWorkerOptions extends Partial<LinkTimings> {
  fontsDir: string;
  /** How often a printer that reported paper out, an open cover or offline is asked again. */
  faultPollMs?: number;
  /** Waits between attempts to reach a printer that cannot be reached, growing to the last. */
  backoffMs?: readonly number[];
  /** How often the printer is asked for its status while nothing is queued (0: never; tests). */
  idleProbeMs?: number;
  render?: RenderEscPos;
  /** Waits after an error of the worker itself (not the printer's), growing to the last. */
  errorBackoffMs?: readonly number[];
}

/** 0.5 s doubling to 5 s: soon back after a short lock, never spinning on a lasting fault. */
const defaultErrorBackoffMs = [500, 1000, 2000, 4000, 5000];

export class PrintWorker {
  private readonly timings: LinkTimings;
  private readonly faultPollMs: number;
  private readonly backoffMs: readonly number[];
  private readonly idleProbeMs: number;
  private readonly render: RenderEscPos;
  private readonly fontsDir: string;
  private running = false;
  private loopDone: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private wakeOnKick = true;
  private kicked = false;
  private link: PrinterLink | null = null;
  private failures = 0;
  private sending = false;
  /** What the printer last said while no job was waiting on it (idle probes). */
  private idleProblem: PrinterProblem | null = null;
  private lastStatus: PrinterStatus | null = null;
  private rendered: { key: string; bytes: Buffer } | null = null;
  private readonly errorBackoffMs: readonly number[];
  /** What holds the worker itself up (shown instead of the printer's state), and how often in a row. */
  private workerProblem: PrintWorkerProblem | null = null;
  private errors = 0;
  /** The job this worker claimed and has not settled yet (an error may come between the two). */
  private held: JobRow | null = null;
  private cutOffRequeued = false;
  /** A job the printer confirmed whose `print.printed` could not be written yet: recorded, never sent again. */
  private unrecorded: { job: JobRow; uri: string; bytes: number } | null = null;
  /** performance.now() of the last conversation with the printer; idle probes wait this long after it. */
  private lastContactAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly queue: PrintQueue,
    private readonly settings: () => PrinterSettings | null,
    private readonly clock: Clock,
    private readonly events: EventBus,
    options: PrintWorkerOptions,
    private readonly officeName: () => string | null,
  ) {
    this.timings = { ...defaultTimings, ...pick(options, ['connectTimeoutMs', 'statusTimeoutMs', 'writeTimeoutMs']) };
    this.faultPollMs = options.faultPollMs ?? 1000;
    this.backoffMs = options.backoffMs ?? [250, 500, 1000, 2000, 5000];
    // Every few seconds: a printer that died while idle must not show "ready" on the status bar
    // for long. One short TCP conversation (three status bytes) costs the printer nothing.
    this.idleProbeMs = options.idleProbeMs ?? 3000;
    this.render = options.render ?? renderEscPos;
    this.fontsDir = options.fontsDir;
    this.errorBackoffMs = options.errorBackoffMs ?? defaultErrorBackoffMs;
  }

  /** Forgets what the old printer said, once the settings name a different one. */
  printerChanged(): void {
    // A different printer: ask it how it is as soon as the worker wakes.
    this.lastContactAt = Number.NEGATIVE_INFINITY;
    this.idleProblem = null;
  }

  kick(): void {
    this.kicked = true;
    // Woken after the caller's answer has gone out: drawing a receipt takes tens of milliseconds
    // of this thread, which the clerk's "Lưu và in" should not wait for.
    setImmediate(() => {
      if (this.wakeOnKick) this.wake?.();
    });
    this.publish();
  }

  status(): PrinterStatus {
    const pending = this.queue.pendingCount();
    const at = this.clock.now().toISOString();
    if (!this.settings()) return { state: 'unconfigured', problem: null, pending, at };
    if (this.workerProblem) return { state: 'waiting', problem: this.workerProblem, pending, at };
    const waitingOn = this.queue.oldestProblem();
    if (this.sending) return { state: 'printing', problem: null, pending, at };
    if (waitingOn) return { state: 'waiting', problem: waitingOn, pending, at };
    return { state: pending ? 'printing' : 'idle', problem: pending ? null : this.idleProblem, pending, at };
  }

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
      if (before) throw new PrinterLinkError(before, 'reported by the printer before the page');
      await link.write(bytes);
      const after = await link.status();
      if (after) throw new PrinterLinkError(after, 'reported by the printer after the page');
    } catch (e) {
      // The problem as a code, worded by the dispatcher in the caller's language.
      if (e instanceof PrinterLinkError) throw new CounterError('PRINTER_FAILED', { uri, problem: e.problem, detail: e.detail });
      throw e;
    } finally {
      link?.close();
    }
    return { uri, bytes: bytes.length };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.cutOffRequeued = false;
    this.loopDone = this.loop();
  }

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
      try {
        await this.step();
      } catch (e) {
        if (!this.running) return;
        this.workerProblem = isStorageBusy(e) ? 'storageBusy' : 'internalError';
        console.error(`[counter] print worker held up (${this.workerProblem}), trying again:`, e);
        const delay = this.errorBackoffMs[Math.min(this.errors, this.errorBackoffMs.length - 1)] ?? 5000;
        this.errors += 1;
        this.publish();
        // Not woken by kicks: a new receipt must not turn the pause into a busy loop on a locked file.
        await this.sleep(delay, false);
      }
    }
  }

  /** One turn of the loop: records, sends or waits. Throws what the ledger file throws. */
  private async step(): Promise<void> {
    if (!this.cutOffRequeued) {
      // In the loop, not in start(): a file locked at start-up is waited out like any other time.
      this.queue.requeueCutOff();
      this.cutOffRequeued = true;
    }
    if (this.unrecorded) {
      const { job, uri, bytes } = this.unrecorded;
      this.queue.markPrinted(job, uri, bytes);
      this.unrecorded = null;
      this.held = null;
      this.recovered();
      return;
    }
    const settings = this.settings();
    const job = settings ? this.heldJob() ?? this.queue.next() : null;
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
      this.recovered();
      this.publish();
      await this.sleep(wait);
      return;
    }
    const retryInMs = await this.attempt(job, settings);
    if (!this.running) return;
    this.recovered();
    this.publish();
    if (retryInMs > 0) await this.sleep(retryInMs);
  }

  /** A turn went through: whatever held the worker up has passed (the status says so at the next publish). */
  private recovered(): void {
    this.workerProblem = null;
    this.errors = 0;
  }

  /** The job claimed before an error, if it is still this worker's to send. */
  private heldJob(): JobRow | null {
    if (!this.held) return null;
    const now = this.queue.reload(this.held);
    if (now?.state !== 'printing') this.held = null;
    return this.held;
  }

  /** One try at one job; answers how long to wait before the next try (0: go on at once). */
  private async attempt(job: JobRow, settings: PrinterSettings): Promise<number> {
    const paperWidth = job.paper_width ?? settings.paperWidth;
    let bytes: Buffer;
    try {
      // Drawn once per job, not on every poll of a printer that is out of paper.
      if (this.rendered?.key !== `${job.id}@${paperWidth}`) {
        this.rendered = null;
        const drawn = this.render(this.queue.documentsOf(job), { paperWidth, fontsDir: this.fontsDir });
        this.rendered = { key: `${job.id}@${paperWidth}`, bytes: drawn };
      }
      bytes = this.rendered.bytes;
    } catch (e) {
      // A job that cannot be drawn never will be: it fails, and the next one goes ahead.
      this.queue.markFailed(job, 'renderFailed', (e as Error).message);
      this.held = null;
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
      if (before) return this.waitOn(job, before, this.faultPollMs);
      // From here bytes go to the printer: a job found 'printing' after a crash is sent again.
      if (this.held?.id === job.id) this.queue.markSending(job);
      else if (this.queue.claim(job)) this.held = job;
      else return 0; // taken or settled by another writer: on to the next job
      this.sending = true;
      this.publish();
      await link.write(bytes);
      if (!this.running) return 0;
      // The printer answers a status request only after the bytes before it: all of them arrived.
      const after = await link.status();
      if (!this.running) return 0;
      if (after) return this.waitOn(job, after, this.faultPollMs);
      // On paper now, whatever the file says next: if the entry cannot be written, the loop
      // writes it before anything else, and the receipt is not sent a second time.
      this.unrecorded = { job, uri: settings.uri, bytes: bytes.length };
      this.idleProblem = null;
      this.rendered = null;
      this.queue.markPrinted(job, settings.uri, bytes.length);
      this.unrecorded = null;
      this.held = null;
      return 0;
    } catch (e) {
      if (!this.running) return 0;
      if (!(e instanceof PrinterLinkError)) throw e;
      const delay = this.backoffMs[Math.min(this.failures, this.backoffMs.length - 1)] ?? 1000;
      this.failures += 1;
      return this.waitOn(job, e.problem, delay);
    } finally {
      this.sending = false;
      this.link = null;
      this.lastContactAt = performance.now();
      link?.close();
    }
  }

  /** Marks the job waiting on `problem`; answers `retryInMs`, the wait before the next try. */
  private waitOn(job: JobRow, problem: PrinterProblem, retryInMs: number): number {
    this.queue.markWaiting(job, problem);
    this.held = null;
    return retryInMs;
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

  /** Waits `ms` (null: until kicked). Wakes early on `stop()`, and on `kick()` unless told not to; never holds the process open. */
  private sleep(ms: number | null, wakeOnKick = true): Promise<void> {
    if ((wakeOnKick && this.kicked) || !this.running) return Promise.resolve();
    this.wakeOnKick = wakeOnKick;
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
    if (!this.queue.open) return;
    let status: PrinterStatus;
    try {
      status = this.status();
    } catch (e) {
      // The loop reports the file's trouble itself; a status that cannot be read now is pushed next time.
      console.error('[counter] printer status not readable:', e);
      return;
    }
    const last = this.lastStatus;
    if (last && last.state === status.state && last.problem === status.problem && last.pending === status.pending) return;
    this.lastStatus = status;
    this.events.emit('printer.status', status);
  }
}

/** SQLite's "database is locked" (another connection holds the write lock past the busy timeout). */
function isStorageBusy(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

function pick<T extends object, K extends keyof T>(o: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}
