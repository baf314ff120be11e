// One conversation with the receipt printer: open it by its address, ask its real-time status
// (ESC/POS DLE EOT), send a job's bytes and wait until they have left. A network printer
// (tcp://host:9100) answers status; a device path or COM port is written through the file system
// and cannot be asked (its status is unknown, so nothing holds a job back).
import { createWriteStream, type WriteStream } from 'node:fs';
import { connect, type Socket } from 'node:net';
import type { PrinterProblem } from '../../../shared/contract/events';

export type { PrinterProblem };

/**
 * Why a conversation with the printer failed: the problem as a code (the screens and the
 * dispatcher word it in the caller's language) and a technical detail for the technician (an
 * errno code or a time-out), never shown as the message itself.
 */
export class PrinterLinkError extends Error {
  constructor(
    readonly problem: PrinterProblem,
    readonly detail: string,
  ) {
    super(`${problem}: ${detail}`);
    this.name = 'PrinterLinkError';
  }
}

export interface LinkTimings {
  /** Giving up on a connection that does not open. */
  connectTimeoutMs: number;
  /** Giving up on a status byte: a printer that does not answer is treated as offline. */
  statusTimeoutMs: number;
  /** Giving up on bytes that do not leave (a printer that stopped reading). */
  writeTimeoutMs: number;
}

export const defaultTimings: LinkTimings = { connectTimeoutMs: 2000, statusTimeoutMs: 1000, writeTimeoutMs: 30_000 };

export interface PrinterLink {
  /** Whether `status()` asks the printer (network printers) or can only say "unknown". */
  readonly answersStatus: boolean;
  /**
   * The printer's own report: null when it can print, else the problem. Asks DLE EOT 1 (printer),
   * 2 (offline cause) and 4 (roll paper sensor). No answer in time → PrinterLinkError 'offline'.
   */
  status(): Promise<PrinterProblem | null>;
  /** Sends the bytes and resolves once they have all been handed to the connection. */
  write(bytes: Buffer): Promise<void>;
  /** Ends the conversation politely (the printer sees the end of the job). */
  close(): void;
  /** Cuts the conversation at once: whatever is pending fails (the app is closing). */
  abort(): void;
}

const DLE = 0x10;
const EOT = 0x04;

/** Every DLE EOT reply has bits 1 and 4 on and bits 0 and 7 off; anything else is not one. */
const isStatusByte = (b: number) => (b & 0x93) === 0x12;

/**
 * The problem the three replies tell, per the Epson ESC/POS reference. An open cover comes
 * first (the roll is changed with the cover open), then paper end (DLE EOT 2 bit 5: printing
 * stopped by it; DLE EOT 4 bits 5–6: the end sensor sees no paper), then offline for any other
 * reason (DLE EOT 1 bit 3). The near-end sensor (DLE EOT 4 bits 2–3) does not stop a job.
 */
export function problemFromStatus(printer: number, offlineCause: number, paper: number): PrinterProblem | null {
  if (offlineCause & 0x04) return 'coverOpen';
  if (offlineCause & 0x20 || (paper & 0x60) === 0x60) return 'paperOut';
  if (printer & 0x08) return 'offline';
  return null;
}

/** tcp://host:port → host and port; null for a device path or COM port. */
export function tcpAddress(uri: string): { host: string; port: number } | null {
  const m = /^tcp:\/\/([^:/]+):(\d{1,5})$/.exec(uri);
  return m ? { host: m[1]!, port: Number(m[2]) } : null;
}

export function openPrinterLink(uri: string, timings: LinkTimings = defaultTimings): Promise<PrinterLink> {
  const tcp = tcpAddress(uri);
  return tcp ? TcpLink.open(tcp.host, tcp.port, timings) : FileLink.open(uri, timings);
}

class TcpLink implements PrinterLink {
  readonly answersStatus = true;
  private replies: number[] = [];
  private waiter: (() => void) | null = null;
  private lost: PrinterLinkError | null = null;

  private constructor(
    private readonly socket: Socket,
    private readonly timings: LinkTimings,
  ) {
    socket.on('data', (chunk: Buffer) => {
      for (const b of chunk) if (isStatusByte(b)) this.replies.push(b);
      this.waiter?.();
    });
    const lose = (detail: string) => {
      this.lost ??= new PrinterLinkError('offline', `connection lost (${detail})`);
      this.waiter?.();
    };
    socket.on('error', (e: NodeJS.ErrnoException) => lose(e.code ?? e.message));
    socket.on('close', () => lose('closed'));
    socket.on('end', () => lose('closed by the printer'));
  }

  static open(host: string, port: number, timings: LinkTimings): Promise<PrinterLink> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host, port });
      socket.setNoDelay(true);
      const fail = (detail: string) => {
        clearTimeout(timer);
        socket.destroy();
        reject(new PrinterLinkError('unreachable', detail));
      };
      const timer = setTimeout(() => fail(`no connection within ${timings.connectTimeoutMs} ms`), timings.connectTimeoutMs);
      socket.once('error', (e: NodeJS.ErrnoException) => fail(e.code ?? e.message));
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        resolve(new TcpLink(socket, timings));
      });
    });
  }

  async status(): Promise<PrinterProblem | null> {
    const printer = await this.ask(1);
    const offlineCause = await this.ask(2);
    const paper = await this.ask(4);
    return problemFromStatus(printer, offlineCause, paper);
  }

  /** Sends DLE EOT n and waits for its one-byte answer. */
  private ask(n: number): Promise<number> {
    if (this.lost) return Promise.reject(this.lost);
    this.replies = [];
    this.socket.write(Buffer.from([DLE, EOT, n]));
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.waiter = null;
      };
      const timer = setTimeout(() => {
        done();
        reject(new PrinterLinkError('offline', `no status reply within ${this.timings.statusTimeoutMs} ms`));
      }, this.timings.statusTimeoutMs);
      this.waiter = () => {
        if (this.replies.length) {
          done();
          resolve(this.replies.shift()!);
        } else if (this.lost) {
          done();
          reject(this.lost);
        }
      };
    });
  }

  write(bytes: Buffer): Promise<void> {
    if (this.lost) return Promise.reject(this.lost);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.socket.destroy();
        reject(new PrinterLinkError('offline', `data not taken within ${this.timings.writeTimeoutMs} ms`));
      }, this.timings.writeTimeoutMs);
      this.socket.write(bytes, (error) => {
        clearTimeout(timer);
        if (error || this.lost) reject(this.lost ?? new PrinterLinkError('offline', `connection lost while sending (${error?.message})`));
        else resolve();
      });
    });
  }

  close(): void {
    this.socket.end();
    // A printer that never closes its side must not keep the connection (or the process) alive.
    setTimeout(() => this.socket.destroy(), 1000).unref();
  }

  abort(): void {
    this.socket.destroy();
  }
}

/** A device file (/dev/usb/lp0, /dev/ttyUSB0) or COM port: written, never read. */
class FileLink implements PrinterLink {
  readonly answersStatus = false;

  private constructor(
    private readonly stream: WriteStream,
    private readonly timings: LinkTimings,
  ) {}

  static open(uri: string, timings: LinkTimings): Promise<PrinterLink> {
    // COM10 and above only open as \\.\COM10; the long form works for every number.
    const path = /^COM\d+$/i.test(uri) ? `\\\\.\\${uri}` : uri;
    return new Promise((resolve, reject) => {
      const stream = createWriteStream(path, { flags: 'w' });
      stream.once('error', (e: NodeJS.ErrnoException) =>
        reject(new PrinterLinkError('unreachable', `cannot open ${uri} (${e.code ?? e.message})`)),
      );
      stream.once('open', () => {
        stream.removeAllListeners('error');
        stream.on('error', () => {});
        resolve(new FileLink(stream, timings));
      });
    });
  }

  async status(): Promise<PrinterProblem | null> {
    return null;
  }

  write(bytes: Buffer): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new PrinterLinkError('offline', `data not taken within ${this.timings.writeTimeoutMs} ms`)), this.timings.writeTimeoutMs);
      this.stream.write(bytes, (error) => {
        clearTimeout(timer);
        if (error) reject(new PrinterLinkError('offline', `write failed (${(error as NodeJS.ErrnoException).code ?? error.message})`));
        else resolve();
      });
    });
  }

  close(): void {
    this.stream.end();
  }

  abort(): void {
    this.stream.destroy();
  }
}
