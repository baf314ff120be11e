// Serial ports hand over bytes in whatever chunks the driver read, so a frame can arrive in
// pieces, even with its terminator split in two. This cuts the byte stream into frames and
// never guesses: a line that is too long, or bytes outside a frame, come out as 'garbage'
// refusals (kept as evidence), never as a frame.
import type { FrameResult } from './reading';

export type Terminator = 'CRLF' | 'CR' | 'LF';

export interface Framing {
  terminator: Terminator;
  /** A byte that opens every frame (STX for Toledo 8217); anything before it is dropped. */
  start?: number;
}

export type SplitterOutput = { kind: 'frame'; frame: string } | Extract<FrameResult, { kind: 'refused' }>;

/** Longest frame, without its terminator. Real replies are under 30 bytes. */
export const maxFrameBytes = 64;

const CR = 0x0d;
const LF = 0x0a;

const latin1 = (bytes: number[]) => String.fromCharCode(...bytes);
const garbage = (bytes: number[]): SplitterOutput => ({ kind: 'refused', reason: 'garbage', raw: latin1(bytes) });

export class FrameSplitter {
  /** The frame being read, start byte included. */
  private line: number[] = [];
  /** Inside a frame. Always true when the protocol has no start byte. */
  private open: boolean;
  /** The line overflowed: skip to the next terminator (or start byte). */
  private discarding = false;
  /** CRLF framing: a CR arrived and the next byte decides whether it ended the frame. */
  private pendingCr = false;
  /** Bytes seen outside any frame, reported once a frame starts or they fill a line. */
  private dropped: number[] = [];

  constructor(private readonly framing: Framing) {
    this.open = framing.start === undefined;
  }

  /** Takes one chunk; returns the frames (and refusals) it completed, in order. */
  push(chunk: Uint8Array): SplitterOutput[] {
    const out: SplitterOutput[] = [];
    for (const byte of chunk) this.take(byte, out);
    return out;
  }

  private take(byte: number, out: SplitterOutput[]): void {
    const { terminator, start } = this.framing;
    if (byte === start) {
      // A new frame begins whatever came before: an unfinished frame is garbage.
      if (this.open && this.line.length > 0 && !this.discarding) out.push(garbage(this.line));
      this.flushDropped(out);
      this.line = [byte];
      this.open = true;
      this.discarding = false;
      this.pendingCr = false;
      return;
    }
    if (!this.open) {
      // The line end some devices add after a frame is not worth reporting.
      if (byte === CR || byte === LF) return;
      this.dropped.push(byte);
      if (this.dropped.length >= maxFrameBytes) this.flushDropped(out);
      return;
    }
    if (terminator === 'CRLF') {
      if (byte === LF) return this.end(this.pendingCr, out);
      if (this.pendingCr) {
        // A CR not followed by LF is part of the line, which therefore cannot parse.
        this.pendingCr = false;
        this.append(CR, out);
      }
      if (byte === CR) {
        this.pendingCr = true;
        return;
      }
      return this.append(byte, out);
    }
    if (byte === (terminator === 'CR' ? CR : LF)) return this.end(true, out);
    this.append(byte, out);
  }

  private append(byte: number, out: SplitterOutput[]): void {
    if (this.discarding) return;
    if (this.line.length >= maxFrameBytes) {
      out.push(garbage(this.line));
      this.line = [];
      this.discarding = true;
      return;
    }
    this.line.push(byte);
  }

  /** A terminator arrived; `clean` is false for a bare LF where CRLF was expected. */
  private end(clean: boolean, out: SplitterOutput[]): void {
    const line = this.line;
    const wasDiscarding = this.discarding;
    this.line = [];
    this.discarding = false;
    this.pendingCr = false;
    this.open = this.framing.start === undefined;
    if (wasDiscarding || line.length === 0) return;
    out.push(clean ? { kind: 'frame', frame: latin1(line) } : garbage([...line, LF]));
  }

  private flushDropped(out: SplitterOutput[]): void {
    if (this.dropped.length === 0) return;
    out.push(garbage(this.dropped));
    this.dropped = [];
  }
}
