// A network receipt printer for tests: a TCP server on 127.0.0.1 that takes ESC/POS like an
// Epson TM on port 9100, answers the real-time status requests (DLE EOT n) with the bytes the
// Epson reference defines, and records what each connection would have printed.
//
// Faults are set at run time. While the printer is faulted (paperOut, coverOpen, offline) it
// answers status requests truthfully but does not print: print data arriving then is discarded
// and the connection is recorded with outcome 'discarded', never as a job. (A real printer
// would hold that data in its buffer and print it once the fault clears; the counter's worker
// never sends a job to a printer that reports a fault, so discarding is the stricter check: a
// job sent anyway would be lost, and the test would see it.) `silent` accepts connections and
// never answers; `down()` closes the port (connection refused) until `up()`.
//
// Simplification: status requests are answered where they stand in the command stream (after
// the bytes before them are decoded). A real printer answers DLE EOT the moment it arrives,
// even from inside image data.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeEscPos, EscPosParser, splitDocuments, stitchDocument, type DecodedItem, type DecodedJob, type PrintedDocument } from './escpos-decoder';

export type PrinterMode = 'ready' | 'paperOut' | 'coverOpen' | 'offline' | 'silent';

/** Bits 1 and 4 are fixed on, 0 and 7 fixed off, in every DLE EOT reply. */
const fixed = 0x12;

/**
 * The one-byte answer to DLE EOT n in a mode, per the Epson ESC/POS reference:
 * n=1 printer status (bit 3 offline); n=2 offline cause (bit 2 cover open, bit 3 paper being fed
 * by the button, bit 5 printing stopped by paper end, bit 6 error); n=3 error cause (bit 6
 * automatically recoverable error); n=4 roll paper sensor (bits 2–3 near end, bits 5–6 paper
 * end). Null for a request the printer does not answer.
 */
export function statusReply(mode: Exclude<PrinterMode, 'silent'>, n: number, paperNearEnd = false): number | null {
  const offline = mode !== 'ready' ? 0x08 : 0;
  const nearEnd = paperNearEnd || mode === 'paperOut' ? 0x0c : 0;
  switch (n) {
    case 1:
      return fixed | offline;
    case 2:
      return fixed | (mode === 'coverOpen' ? 0x04 : 0) | (mode === 'paperOut' ? 0x20 : 0) | (mode === 'offline' ? 0x40 : 0);
    case 3:
      return fixed | (mode === 'offline' ? 0x40 : 0);
    case 4:
      return fixed | nearEnd | (mode === 'paperOut' ? 0x60 : 0);
    default:
      return null;
  }
}

export interface PrinterConnection {
  raw: Buffer;
  decoded: DecodedJob;
  /** The DLE EOT n requests received, in order. */
  statusRequests: number[];
  /**
   * printed: print data received while ready and the connection ended normally;
   * discarded: print data arrived while faulted or silent; dropped: cut off by dropMidJob;
   * hung: stopped answering by hangMidJob; status-only: nothing but status requests.
   */
  outcome: 'printed' | 'discarded' | 'dropped' | 'hung' | 'status-only';
  /** performance.now() when the first and the last byte arrived (NaN when none did). */
  firstByteAt: number;
  lastByteAt: number;
}

export interface PrintedJob {
  raw: Buffer;
  decoded: DecodedJob;
  /** The pieces of paper, split at cuts. */
  documents: PrintedDocument[];
  /** performance.now() when the first and the last byte arrived. */
  firstByteAt: number;
  lastByteAt: number;
}

export class VirtualPrinter {
  mode: PrinterMode = 'ready';
  /** The near-end sensor sees little paper left (printing goes on). */
  paperNearEnd = false;
  /** Connections that printed, in the order they ended. */
  readonly jobs: PrintedJob[] = [];
  /** Every connection, whatever became of it. */
  readonly connections: PrinterConnection[] = [];
  /** Called with each chunk as it arrives: for tests that act the moment a job is on the wire. */
  onChunk: ((chunk: Buffer) => void) | null = null;
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private dropAfter: number | null = null;
  private paperRunsOutAt: number | null = null;
  private hangAfter: number | null = null;
  private readonly waiters = new Set<() => void>();

  private constructor(public port: number) {}

  get uri(): string {
    return `tcp://127.0.0.1:${this.port}`;
  }

  /** Listens on 127.0.0.1, on a free port unless one is given. */
  static async start(options: { port?: number; mode?: PrinterMode } = {}): Promise<VirtualPrinter> {
    const printer = new VirtualPrinter(options.port ?? 0);
    if (options.mode) printer.mode = options.mode;
    await printer.up();
    return printer;
  }

  setMode(mode: PrinterMode): void {
    this.mode = mode;
  }

  /**
   * The next connection that carries more than `afterBytes` bytes (status requests included:
   * a status poll is 3 bytes per request) is closed after that many bytes; one time only.
   */
  dropMidJob(afterBytes: number): void {
    this.dropAfter = afterBytes;
  }

  /**
   * The next connection that carries more than `afterBytes` bytes stops being read after that
   * many: no status answers, nothing printed, the connection left open (a printer that froze
   * mid-job); one time only.
   */
  hangMidJob(afterBytes: number): void {
    this.hangAfter = afterBytes;
  }

  /** Opens the port again (after `down()`), on the same port number. */
  async up(): Promise<void> {
    if (this.server) return;
    const server = createServer((socket) => this.accept(socket));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  /** The printer is switched off: open connections are cut and new ones refused. */
  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async close(): Promise<void> {
    await this.down();
  }

  /** Resolves with the jobs once `n` have printed; rejects after `timeoutMs` saying what did arrive. */
  waitForJobs(n: number, timeoutMs = 5000): Promise<PrintedJob[]> {
    return this.waitFor(() => this.jobs.length >= n, timeoutMs, `${n} printed job(s)`).then(() => this.jobs.slice());
  }

  /** Resolves once `check()` holds after some connection ended (checked at once too). */
  waitFor(check: () => boolean, timeoutMs = 5000, what = 'the condition'): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter = () => {
        if (!check()) return;
        clearTimeout(timer);
        this.waiters.delete(waiter);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const seen = this.connections.map((c) => c.outcome).join(', ') || 'none';
        reject(new Error(`virtual printer: waited ${timeoutMs} ms for ${what}; connections so far: ${seen}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /**
   * The roll runs out after the first `afterBytes` bytes of a connection: from there on the
   * printer reports paper end and throws the rest away, like a receipt printed half-way.
   */
  paperRunsOutAfter(afterBytes: number): void {
    this.paperRunsOutAt = afterBytes;
  }

  private consume(items: DecodedItem[], socket: Socket, statusRequests: number[], onPrintData: () => void): void {
    for (const item of items) {
      if (item.type === 'status-request') {
        statusRequests.push(item.n);
        if (this.mode === 'silent') continue;
        const reply = statusReply(this.mode, item.n, this.paperNearEnd);
        if (reply !== null && !socket.destroyed) socket.write(Buffer.from([reply]));
        continue;
      }
      onPrintData();
      // GS r 1 (paper sensor), answered in sequence once the data before it is processed.
      if (item.type === 'transmit-request' && item.command === 'GS r' && this.mode === 'ready' && !socket.destroyed) {
        socket.write(Buffer.from([this.paperNearEnd ? 0x03 : 0x00]));
      }
    }
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket);
    const parser = new EscPosParser();
    const chunks: Buffer[] = [];
    const statusRequests: number[] = [];
    let received = 0;
    let firstByteAt = Number.NaN;
    let lastByteAt = Number.NaN;
    let hasPrintData = false;
    let discarded = false;
    let dropped = false;
    let hung = false;
    let ended = false;

    socket.on('data', (chunk: Buffer) => {
      if (dropped || hung) return;
      this.onChunk?.(chunk);
      const limit = this.dropAfter;
      if (limit !== null && received + chunk.length > limit) {
        chunk = chunk.subarray(0, Math.max(0, limit - received));
        dropped = true;
        this.dropAfter = null;
      }
      const hangAt = this.hangAfter;
      if (!dropped && hangAt !== null && received + chunk.length > hangAt) {
        chunk = chunk.subarray(0, Math.max(0, hangAt - received));
        hung = true;
        this.hangAfter = null;
      }
      received += chunk.length;
      if (chunk.length) {
        lastByteAt = performance.now();
        if (Number.isNaN(firstByteAt)) firstByteAt = lastByteAt;
      }
      chunks.push(Buffer.from(chunk));
      // The roll ends part-way through this chunk: what follows meets a printer out of paper.
      const runOut = this.paperRunsOutAt;
      const cut = runOut !== null && received > runOut ? Math.max(0, runOut - (received - chunk.length)) : chunk.length;
      const onPrintData = () => {
        hasPrintData = true;
        if (this.mode !== 'ready') discarded = true;
      };
      this.consume(parser.push(chunk.subarray(0, cut)), socket, statusRequests, onPrintData);
      if (cut < chunk.length) {
        this.paperRunsOutAt = null;
        this.mode = 'paperOut';
        this.consume(parser.push(chunk.subarray(cut)), socket, statusRequests, onPrintData);
      }
      if (dropped) socket.destroy();
    });
    socket.on('error', () => {});
    socket.on('end', () => socket.end());
    socket.on('close', () => {
      if (ended) return;
      ended = true;
      this.sockets.delete(socket);
      const raw = Buffer.concat(chunks);
      const decoded = decodeEscPos(raw);
      hasPrintData = decoded.items.some((item) => item.type !== 'status-request');
      const outcome: PrinterConnection['outcome'] = dropped ? 'dropped' : hung ? 'hung' : !hasPrintData ? 'status-only' : discarded ? 'discarded' : 'printed';
      this.connections.push({ raw, decoded, statusRequests, outcome, firstByteAt, lastByteAt });
      if (outcome === 'printed') this.jobs.push({ raw, decoded, documents: splitDocuments(decoded), firstByteAt, lastByteAt });
      for (const waiter of [...this.waiters]) waiter();
    });
  }
}

const artifactsDir = fileURLToPath(new URL('../../test-results/artifacts', import.meta.url));

/** Writes a PNG to test-results/artifacts/<name>.png (git-ignored) and returns its path. */
export function saveArtifact(name: string, png: Buffer): string {
  mkdirSync(artifactsDir, { recursive: true });
  const file = join(artifactsDir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  writeFileSync(file, png);
  return file;
}

/** Saves each piece of paper of a job as <name>-<n>.png; returns the paths. */
export function saveJobArtifacts(name: string, job: PrintedJob, paperWidth: 80 | 58 = 80): string[] {
  const paperDots = paperWidth === 80 ? 576 : 384;
  return job.documents.map((doc, i) => saveArtifact(`${name}-${i + 1}`, stitchDocument(doc.items, { paperDots }).png));
}
