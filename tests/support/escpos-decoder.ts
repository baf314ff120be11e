// A decoder for the ESC/POS byte streams the counter sends to its receipt printer, so tests can
// check what would come out of the printer: text runs with their style, raster images (as PNG),
// Code128 barcodes and QR codes as their data, cuts, and the real-time status requests. Bytes
// that are no command the decoder knows come out as `unknown` items, so a test can assert there
// are none. Command layouts follow the Epson ESC/POS reference (TM-T88 family).
import JsBarcode from 'jsbarcode';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';

export type Align = 'left' | 'center' | 'right';

export interface TextStyle {
  bold: boolean;
  underline: boolean;
  doubleWidth: boolean;
  doubleHeight: boolean;
  align: Align;
  /** ESC M / ESC ! bit 0: 0 font A (12×24), 1 font B (9×17). */
  font: number;
  /** ESC t n: the character code table the bytes are meant in. */
  codeTable: number;
}

export interface RasterItem {
  type: 'raster';
  /** Dots across (bytes per row × 8) and rows. */
  width: number;
  height: number;
  bytesPerRow: number;
  /** GS v 0's m: 1×/2× in each direction. */
  scale: { x: 1 | 2; y: 1 | 2 };
  align: Align;
  /** The packed rows as sent, most significant bit leftmost, 1 = black. */
  data: Buffer;
  /** One byte per dot, row by row: 1 black, 0 white. */
  readonly bits: Uint8Array;
  /** The image as a black-on-white PNG (built when first read). */
  readonly png: Buffer;
}

export type DecodedItem =
  | ({ type: 'text'; text: string; bytes: Buffer } & TextStyle)
  | RasterItem
  | { type: 'code128'; data: string; raw: Buffer; height: number; moduleWidth: number; hri: number; align: Align }
  /** Any other GS k barcode: `system` is GS k's m. */
  | { type: 'barcode'; system: number; data: string }
  /** GS ( k cn=49 fn=80: the QR symbol's data stored, with the settings in force. */
  | { type: 'qr'; data: string; model: number; moduleSize: number; ecc: 'L' | 'M' | 'Q' | 'H'; align: Align }
  /** GS ( k cn=49 fn=81: the stored symbol printed. */
  | { type: 'qr-print'; data: string | null }
  /** GS V: `partial` for a partial cut; `feed` the dots fed before cutting (function B). */
  | { type: 'cut'; partial: boolean; feed: number }
  /** LF on an empty line (`lines: 1`), ESC d n (`lines: n`) or ESC J n (`dots: n`). */
  | { type: 'feed'; lines: number; dots: number }
  /** DLE EOT n: real-time status request (the printer answers one byte at once). */
  | { type: 'status-request'; n: number }
  /** GS r n / GS I n: status and ID requests processed in sequence (they too get an answer). */
  | { type: 'transmit-request'; command: 'GS r' | 'GS I'; n: number }
  /** A setting (ESC @, ESC a, ESC E, GS h…); only listed with `includeSettings`. */
  | { type: 'setting'; command: string; params: number[] }
  | { type: 'unknown'; bytes: Buffer; offset: number; truncated: boolean };

export type ItemType = DecodedItem['type'];
export type ItemOf<T extends ItemType> = Extract<DecodedItem, { type: T }>;

export interface DecodedJob {
  items: DecodedItem[];
  /** Bytes decoded. */
  length: number;
}

export interface DecodeOptions {
  /** List settings as `setting` items too (they are always applied to the style state). */
  includeSettings?: boolean;
}

const ESC = 0x1b;
const GS = 0x1d;
const DLE = 0x10;
const FS = 0x1c;
const LF = 0x0a;

const initialStyle = (): TextStyle => ({
  bold: false,
  underline: false,
  doubleWidth: false,
  doubleHeight: false,
  align: 'left',
  font: 0,
  codeTable: 0,
});

const alignOf = (n: number): Align => (n === 1 || n === 49 ? 'center' : n === 2 || n === 50 ? 'right' : 'left');
const eccOf = (n: number) => (['L', 'M', 'Q', 'H'] as const)[n - 48] ?? 'L';

/** Text bytes: UTF-8 when they are valid UTF-8 (what Node writes by default), else Latin-1. */
function bytesToText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

/**
 * Code128 data as ESC/POS sends it: a code set selector ({A, {B or {C) first, "{{" for a
 * literal "{", other "{x" pairs are shifts and function characters; in code set C each byte
 * (0–99) is two digits.
 */
export function decodeCode128Data(raw: Buffer): string {
  let set: 'A' | 'B' | 'C' = 'B';
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i]!;
    if (b === 0x7b && i + 1 < raw.length) {
      const next = String.fromCharCode(raw[i + 1]!);
      i++;
      if (next === '{') out += '{';
      else if (next === 'A' || next === 'B' || next === 'C') set = next;
      // {1 FNC1, {2 FNC2, {3 FNC3, {4 FNC4, {S shift: no printable data.
      continue;
    }
    out += set === 'C' ? String(b).padStart(2, '0') : String.fromCharCode(b);
  }
  return out;
}

function makeRaster(m: number, bytesPerRow: number, height: number, data: Buffer, align: Align): RasterItem {
  const width = bytesPerRow * 8;
  let bits: Uint8Array | null = null;
  let png: Buffer | null = null;
  const item = {
    type: 'raster' as const,
    width,
    height,
    bytesPerRow,
    scale: { x: (m & 1 ? 2 : 1) as 1 | 2, y: (m & 2 ? 2 : 1) as 1 | 2 },
    align,
    data,
    get bits(): Uint8Array {
      if (!bits) {
        bits = new Uint8Array(width * height);
        for (let y = 0; y < height; y++) {
          for (let x = 0; x < width; x++) bits[y * width + x] = (data[y * bytesPerRow + (x >> 3)]! >> (7 - (x & 7))) & 1;
        }
      }
      return bits;
    },
    get png(): Buffer {
      png ??= bitsToPng(width, height, item.bits);
      return png;
    },
  };
  return item;
}

/** A 1-bit image (1 = black) as a black-on-white greyscale PNG. */
export function bitsToPng(width: number, height: number, bits: Uint8Array): Buffer {
  const png = new PNG({ width: Math.max(1, width), height: Math.max(1, height) });
  png.data.fill(0xff);
  for (let i = 0; i < width * height; i++) {
    if (bits[i]) png.data.fill(0, i * 4, i * 4 + 3);
  }
  return PNG.sync.write(png, { colorType: 0 });
}

type Step = { item?: DecodedItem; setting?: { command: string; params: number[] }; next: number };

/**
 * The decoder's state machine, fed bytes as they arrive. `push` decodes every complete command
 * and keeps an incomplete one for the next chunk (the virtual printer uses this to answer status
 * requests as they arrive); `end` flushes, reporting a command cut short as `unknown`.
 */
export class EscPosParser {
  private buffer = Buffer.alloc(0);
  private offset = 0;
  private style = initialStyle();
  private text: number[] = [];
  private textStyle: TextStyle | null = null;
  private barcode = { height: 162, moduleWidth: 3, hri: 0 };
  private qr = { model: 50, moduleSize: 3, ecc: 48, data: null as string | null };

  constructor(private readonly options: DecodeOptions = {}) {}

  push(chunk: Buffer): DecodedItem[] {
    return this.run(chunk, false);
  }

  end(): DecodedItem[] {
    return this.run(Buffer.alloc(0), true);
  }

  private run(chunk: Buffer, final: boolean): DecodedItem[] {
    const buf = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    const items: DecodedItem[] = [];
    let i = 0;
    while (i < buf.length) {
      const b = buf[i]!;
      if (b >= 0x20 || b === 0x09) {
        if (!this.textStyle) this.textStyle = { ...this.style };
        this.text.push(b);
        i++;
        continue;
      }
      const step = this.command(buf, i);
      if (step === null) {
        if (!final) break;
        this.flushText(items);
        items.push({ type: 'unknown', bytes: Buffer.from(buf.subarray(i)), offset: this.offset + i, truncated: true });
        i = buf.length;
        break;
      }
      // A style change or any command ends the current text run.
      if (step.item || step.setting || b === LF) this.flushText(items, b === LF);
      if (step.item) {
        const last = items[items.length - 1];
        if (step.item.type === 'unknown' && last?.type === 'unknown' && last.offset + last.bytes.length === step.item.offset) {
          last.bytes = Buffer.concat([last.bytes, step.item.bytes]);
        } else items.push(step.item);
      }
      if (step.setting && this.options.includeSettings) items.push({ type: 'setting', ...step.setting });
      i = step.next;
    }
    if (final) this.flushText(items);
    this.offset += i;
    this.buffer = Buffer.from(buf.subarray(i));
    return items;
  }

  private flushText(items: DecodedItem[], lineEnd = false): void {
    if (this.text.length && this.textStyle) {
      const bytes = Buffer.from(this.text);
      items.push({ type: 'text', text: bytesToText(bytes), bytes, ...this.textStyle });
    } else if (lineEnd) {
      items.push({ type: 'feed', lines: 1, dots: 0 });
    }
    this.text = [];
    this.textStyle = null;
  }

  /** Decodes the command at `i`; null when its bytes have not all arrived yet. */
  private command(buf: Buffer, i: number): Step | null {
    const have = (n: number) => i + n <= buf.length;
    const at = (k: number) => buf[i + k]!;
    const setting = (command: string, length: number, apply?: (params: number[]) => void): Step | null => {
      if (!have(length)) return null;
      const params = [...buf.subarray(i + 2, i + length)];
      apply?.(params);
      return { setting: { command, params }, next: i + length };
    };
    const unknown = (length: number): Step => ({
      item: { type: 'unknown', bytes: Buffer.from(buf.subarray(i, i + length)), offset: this.offset + i, truncated: false },
      next: i + length,
    });
    const b = at(0);
    if (b === LF) return { next: i + 1 };
    if (b === 0x0d) return { setting: { command: 'CR', params: [] }, next: i + 1 };
    if (b === 0x0c) return { setting: { command: 'FF', params: [] }, next: i + 1 };
    if (b === 0x18) return { setting: { command: 'CAN', params: [] }, next: i + 1 };

    if (b === ESC) {
      if (!have(2)) return null;
      const c = at(1);
      const ch = String.fromCharCode(c);
      switch (ch) {
        case '@':
          this.style = initialStyle();
          this.barcode = { height: 162, moduleWidth: 3, hri: 0 };
          this.qr = { model: 50, moduleSize: 3, ecc: 48, data: null };
          return { setting: { command: 'ESC @', params: [] }, next: i + 2 };
        case 'a':
          return setting('ESC a', 3, ([n]) => (this.style.align = alignOf(n!)));
        case 'E':
          return setting('ESC E', 3, ([n]) => (this.style.bold = (n! & 1) === 1));
        case 'G':
          return setting('ESC G', 3);
        case '!':
          return setting('ESC !', 3, ([n]) => {
            this.style.font = n! & 1;
            this.style.bold = (n! & 8) !== 0;
            this.style.doubleHeight = (n! & 16) !== 0;
            this.style.doubleWidth = (n! & 32) !== 0;
            this.style.underline = (n! & 128) !== 0;
          });
        case '-':
          return setting('ESC -', 3, ([n]) => (this.style.underline = [1, 2, 49, 50].includes(n!)));
        case 'M':
          return setting('ESC M', 3, ([n]) => (this.style.font = n! & 1));
        case 't':
          return setting('ESC t', 3, ([n]) => (this.style.codeTable = n!));
        case 'd':
          if (!have(3)) return null;
          return { item: { type: 'feed', lines: at(2), dots: 0 }, next: i + 3 };
        case 'J':
          if (!have(3)) return null;
          return { item: { type: 'feed', lines: 0, dots: at(2) }, next: i + 3 };
        case '2':
        case 'L':
        case 'S':
        case '<':
          return setting(`ESC ${ch}`, 2);
        case '3':
        case 'R':
        case ' ':
        case '{':
        case '=':
        case 'V':
        case 'U':
        case 'r':
        case '?':
        case '%':
        case 'e':
        case 'T':
          return setting(`ESC ${ch}`, 3);
        case '$':
        case '\\':
        case 'B':
          return setting(`ESC ${ch}`, 4);
        case 'c':
          return setting('ESC c', 4);
        case 'p':
          return setting('ESC p', 5);
        case 'D': {
          const end = buf.indexOf(0, i + 2);
          if (end < 0) return null;
          return { setting: { command: 'ESC D', params: [...buf.subarray(i + 2, end)] }, next: end + 1 };
        }
        case '*': {
          // Column bit image: decoded only far enough to skip it.
          if (!have(5)) return null;
          const n = at(3) + at(4) * 256;
          const length = 5 + (at(2) >= 32 ? 3 * n : n);
          return have(length) ? unknown(length) : null;
        }
        default:
          return unknown(2);
      }
    }

    if (b === GS) {
      if (!have(2)) return null;
      const ch = String.fromCharCode(at(1));
      switch (ch) {
        case 'v': {
          if (!have(8)) return null;
          if (at(2) !== 0x30) return unknown(3);
          const m = at(3);
          const bytesPerRow = at(4) + at(5) * 256;
          const height = at(6) + at(7) * 256;
          const length = 8 + bytesPerRow * height;
          if (!have(length)) return null;
          const data = Buffer.from(buf.subarray(i + 8, i + length));
          return { item: makeRaster(m, bytesPerRow, height, data, this.style.align), next: i + length };
        }
        case 'k':
          return this.barcodeCommand(buf, i);
        case '(':
          return this.functionCommand(buf, i);
        case 'V': {
          if (!have(3)) return null;
          const m = at(2);
          if ([0, 1, 48, 49].includes(m)) return { item: { type: 'cut', partial: m % 48 === 1, feed: 0 }, next: i + 3 };
          if ([65, 66, 97, 98, 103, 104].includes(m)) {
            if (!have(4)) return null;
            return { item: { type: 'cut', partial: m % 2 === 0, feed: at(3) }, next: i + 4 };
          }
          return unknown(3);
        }
        case '!':
          return setting('GS !', 3, ([n]) => {
            this.style.doubleWidth = (n! & 0x70) !== 0;
            this.style.doubleHeight = (n! & 0x07) !== 0;
          });
        case 'h':
          return setting('GS h', 3, ([n]) => (this.barcode.height = n!));
        case 'w':
          return setting('GS w', 3, ([n]) => (this.barcode.moduleWidth = n!));
        case 'H':
          return setting('GS H', 3, ([n]) => (this.barcode.hri = n! % 48));
        case 'f':
        case 'B':
        case 'b':
        case 'a':
        case '/':
          return setting(`GS ${ch}`, 3);
        case 'r':
        case 'I':
          if (!have(3)) return null;
          return { item: { type: 'transmit-request', command: `GS ${ch}`, n: at(2) }, next: i + 3 };
        case 'L':
        case 'W':
        case 'P':
        case '$':
        case '\\':
          return setting(`GS ${ch}`, 4);
        case ':':
          return setting('GS :', 2);
        case '*': {
          if (!have(4)) return null;
          const length = 4 + at(2) * at(3) * 8;
          return have(length) ? unknown(length) : null;
        }
        default:
          return unknown(2);
      }
    }

    if (b === DLE) {
      if (!have(2)) return null;
      const c = at(1);
      if (c === 0x04) {
        if (!have(3)) return null;
        return { item: { type: 'status-request', n: at(2) }, next: i + 3 };
      }
      if (c === 0x05) return setting('DLE ENQ', 3);
      if (c === 0x14) {
        if (!have(3)) return null;
        const length = { 1: 5, 2: 5, 7: 4, 8: 10 }[at(2)] ?? 3;
        return setting('DLE DC4', length);
      }
      return unknown(1);
    }

    if (b === FS) {
      if (!have(2)) return null;
      const ch = String.fromCharCode(at(1));
      if (ch === '.' || ch === '&') return setting(`FS ${ch}`, 2);
      if (ch === 'C' || ch === '!' || ch === '-' || ch === 'W') return setting(`FS ${ch}`, 3);
      if (ch === 'p') return setting('FS p', 4);
      return unknown(2);
    }

    return unknown(1);
  }

  private barcodeCommand(buf: Buffer, i: number): Step | null {
    if (i + 3 > buf.length) return null;
    const m = buf[i + 2]!;
    let data: Buffer;
    let next: number;
    if (m <= 6) {
      const end = buf.indexOf(0, i + 3);
      if (end < 0) return null;
      data = Buffer.from(buf.subarray(i + 3, end));
      next = end + 1;
    } else {
      if (i + 4 > buf.length) return null;
      const n = buf[i + 3]!;
      if (i + 4 + n > buf.length) return null;
      data = Buffer.from(buf.subarray(i + 4, i + 4 + n));
      next = i + 4 + n;
    }
    if (m === 73) {
      return {
        item: { type: 'code128', data: decodeCode128Data(data), raw: data, ...this.barcode, align: this.style.align },
        next,
      };
    }
    return { item: { type: 'barcode', system: m, data: data.toString('latin1') }, next };
  }

  /** GS ( fn pL pH …: the 2D symbols (fn = k) and the other extended functions. */
  private functionCommand(buf: Buffer, i: number): Step | null {
    if (i + 5 > buf.length) return null;
    const fn = String.fromCharCode(buf[i + 2]!);
    const length = buf[i + 3]! + buf[i + 4]! * 256;
    const next = i + 5 + length;
    if (next > buf.length) return null;
    const body = buf.subarray(i + 5, next);
    const params = [...body.subarray(0, Math.min(body.length, 16))];
    const unknown: Step = { item: { type: 'unknown', bytes: Buffer.from(buf.subarray(i, next)), offset: this.offset + i, truncated: false }, next };
    // Graphics (GS ( L) and unlisted functions are not decoded: a test should notice them.
    if (fn !== 'k') {
      return ['A', 'C', 'D', 'E', 'H', 'K', 'M', 'N', 'P', 'Q'].includes(fn) ? { setting: { command: `GS ( ${fn}`, params }, next } : unknown;
    }
    const cn = body[0];
    const fnCode = body[1];
    if (cn !== 49 || fnCode === undefined) return unknown;
    switch (fnCode) {
      case 65:
        this.qr.model = body[2] ?? 50;
        return { setting: { command: 'GS ( k QR model', params }, next };
      case 67:
        this.qr.moduleSize = body[2] ?? 3;
        return { setting: { command: 'GS ( k QR size', params }, next };
      case 69:
        this.qr.ecc = body[2] ?? 48;
        return { setting: { command: 'GS ( k QR error correction', params }, next };
      case 80: {
        const data = bytesToText(Buffer.from(body.subarray(3)));
        this.qr.data = data;
        return {
          item: { type: 'qr', data, model: this.qr.model - 48, moduleSize: this.qr.moduleSize, ecc: eccOf(this.qr.ecc), align: this.style.align },
          next,
        };
      }
      case 81:
        return { item: { type: 'qr-print', data: this.qr.data }, next };
      case 82:
        return { setting: { command: 'GS ( k QR size information', params }, next };
      default:
        return unknown;
    }
  }
}

/** Decodes a whole ESC/POS stream into its items, in order. */
export function decodeEscPos(bytes: Buffer, options: DecodeOptions = {}): DecodedJob {
  const parser = new EscPosParser(options);
  return { items: [...parser.push(bytes), ...parser.end()], length: bytes.length };
}

export function itemsOf<T extends ItemType>(items: readonly DecodedItem[], type: T): ItemOf<T>[] {
  return items.filter((item): item is ItemOf<T> => item.type === type);
}

/** Items that put something on paper (not settings, feeds or status requests). */
const printable = (item: DecodedItem) => ['text', 'raster', 'code128', 'barcode', 'qr', 'qr-print'].includes(item.type);

export interface PrintedDocument {
  /** The items from after the previous cut to this document's cut (inclusive). */
  items: DecodedItem[];
  /** False for trailing content that was never cut off. */
  cut: boolean;
}

/** Splits a job into the pieces of paper it makes: one per cut, plus uncut trailing content. */
export function splitDocuments(job: DecodedJob | readonly DecodedItem[]): PrintedDocument[] {
  const items = 'items' in job ? job.items : job;
  const documents: PrintedDocument[] = [];
  let current: DecodedItem[] = [];
  for (const item of items) {
    current.push(item);
    if (item.type === 'cut') {
      documents.push({ items: current, cut: true });
      current = [];
    }
  }
  if (current.some(printable)) documents.push({ items: current, cut: false });
  return documents;
}

export interface StitchedImage {
  width: number;
  height: number;
  bits: Uint8Array;
  png: Buffer;
}

/** Dots per text line for feeds (the default 1/6-inch line spacing at 203 dpi, rounded). */
const lineDots = 34;

/**
 * One picture of a piece of paper: its raster bands stacked top to bottom in their alignment,
 * feeds as white space, and Code128/QR symbols drawn from their data (as the printer would draw
 * them) so the artifact shows the whole receipt. Text runs are not drawn (the decoder knows no
 * printer font): they leave a blank line.
 */
export function stitchDocument(items: readonly DecodedItem[], options: { paperDots?: number } = {}): StitchedImage {
  type Band = { width: number; height: number; bits: Uint8Array; align: Align };
  const bands: Band[] = [];
  const blank = (height: number): Band => ({ width: 0, height, bits: new Uint8Array(0), align: 'left' });
  let pendingQr: Band | null = null;
  for (const item of items) {
    switch (item.type) {
      case 'raster': {
        const { width, height } = item;
        const sx = item.scale.x;
        const sy = item.scale.y;
        if (sx === 1 && sy === 1) bands.push({ width, height, bits: item.bits, align: item.align });
        else {
          const bits = new Uint8Array(width * sx * height * sy);
          for (let y = 0; y < height * sy; y++) {
            for (let x = 0; x < width * sx; x++) bits[y * width * sx + x] = item.bits[Math.floor(y / sy) * width + Math.floor(x / sx)]!;
          }
          bands.push({ width: width * sx, height: height * sy, bits, align: item.align });
        }
        break;
      }
      case 'code128': {
        const target: { encodings?: { data: string }[] } = {};
        JsBarcode(target, item.data, { format: 'CODE128' });
        const modules = (target.encodings ?? []).map((e) => e.data).join('');
        const mw = Math.max(1, item.moduleWidth);
        const width = modules.length * mw;
        const height = Math.max(1, item.height);
        const bits = new Uint8Array(width * height);
        for (let x = 0; x < width; x++) {
          if (modules[Math.floor(x / mw)] === '1') for (let y = 0; y < height; y++) bits[y * width + x] = 1;
        }
        bands.push({ width, height, bits, align: item.align });
        break;
      }
      case 'qr': {
        const symbol = QRCode.create(item.data, { errorCorrectionLevel: item.ecc });
        const size = symbol.modules.size;
        const cell = Math.max(1, item.moduleSize);
        const width = size * cell;
        const bits = new Uint8Array(width * width);
        for (let y = 0; y < width; y++) {
          for (let x = 0; x < width; x++) bits[y * width + x] = symbol.modules.get(Math.floor(y / cell), Math.floor(x / cell)) ? 1 : 0;
        }
        // Drawn where the print command comes; kept aside until then.
        pendingQr = { width, height: width, bits, align: item.align };
        break;
      }
      case 'qr-print':
        if (pendingQr) bands.push(pendingQr);
        break;
      case 'text':
        bands.push(blank(lineDots));
        break;
      case 'feed':
        bands.push(blank(item.lines * lineDots + item.dots));
        break;
      default:
        break;
    }
  }
  const width = Math.max(options.paperDots ?? 0, ...bands.map((b) => b.width), 1);
  const height = Math.max(1, bands.reduce((sum, b) => sum + b.height, 0));
  const bits = new Uint8Array(width * height);
  let top = 0;
  for (const band of bands) {
    const left = band.align === 'center' ? Math.floor((width - band.width) / 2) : band.align === 'right' ? width - band.width : 0;
    for (let y = 0; y < band.height && band.width; y++) {
      bits.set(band.bits.subarray(y * band.width, (y + 1) * band.width).subarray(0, width - left), (top + y) * width + Math.max(0, left));
    }
    top += band.height;
  }
  return { width, height, bits, png: bitsToPng(width, height, bits) };
}
