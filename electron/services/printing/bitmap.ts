// A 1-bit picture as thermal printers see it: one byte per dot (0 paper, 1 ink) while drawing,
// packed eight dots to a byte, most significant bit first, when sent as a raster image.

export class Bitmap {
  readonly data: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = new Uint8Array(width * height);
  }

  /** Clears the dots wherever `src` has ink: white letters on a black band. Clipped. */
  knockOut(src: Bitmap, x: number, y: number): void {
    const x0 = Math.max(0, -x);
    const x1 = Math.min(src.width, this.width - x);
    for (let sy = Math.max(0, -y); sy < src.height && sy + y < this.height; sy++) {
      const from = sy * src.width;
      const to = (sy + y) * this.width + x;
      for (let sx = x0; sx < x1; sx++) if (src.data[from + sx]) this.data[to + sx] = 0;
    }
  }

  /** Copies `src` over this bitmap, white dots too: a fast row copy, for placing onto blank space. */
  copy(src: Bitmap, x: number, y: number): void {
    const x0 = Math.max(0, -x);
    const x1 = Math.min(src.width, this.width - x);
    if (x1 <= x0) return;
    for (let sy = Math.max(0, -y); sy < src.height && sy + y < this.height; sy++) {
      this.data.set(src.data.subarray(sy * src.width + x0, sy * src.width + x1), (sy + y) * this.width + x + x0);
    }
  }

  /** The ink as horizontal runs (row, first dot, dot after the last), for painting text fast. */
  runs(): Int32Array {
    const runs: number[] = [];
    for (let y = 0; y < this.height; y++) {
      const row = y * this.width;
      for (let x = 0; x < this.width; x++) {
        if (!this.data[row + x]) continue;
        const start = x;
        while (x < this.width && this.data[row + x]) x++;
        runs.push(y, start, x);
      }
    }
    return Int32Array.from(runs);
  }

  /** Paints runs (from `runs()`) in ink with their origin at (x, y); clipped. */
  paintRuns(runs: Int32Array, x: number, y: number): void {
    for (let i = 0; i < runs.length; i += 3) {
      const row = runs[i]! + y;
      if (row < 0 || row >= this.height) continue;
      const from = Math.max(0, runs[i + 1]! + x);
      const to = Math.min(this.width, runs[i + 2]! + x);
      if (to > from) this.data.fill(1, row * this.width + from, row * this.width + to);
    }
  }

  fillRect(x: number, y: number, w: number, h: number, ink: 0 | 1 = 1): void {
    const xa = Math.max(0, x);
    const xb = Math.min(this.width, x + w);
    for (let row = Math.max(0, y); row < Math.min(this.height, y + h); row++) this.data.fill(ink, row * this.width + xa, row * this.width + xb);
  }

  strokeRect(x: number, y: number, w: number, h: number, line: number): void {
    this.fillRect(x, y, w, line);
    this.fillRect(x, y + h - line, w, line);
    this.fillRect(x, y, line, h);
    this.fillRect(x + w - line, y, line, h);
  }

  /** Rows `from` to `to` (exclusive), packed for GS v 0: (width / 8) bytes a row. */
  packRows(from: number, to: number): Buffer {
    const rowBytes = Math.ceil(this.width / 8);
    const out = Buffer.alloc(rowBytes * (to - from));
    const d = this.data;
    const whole = this.width >> 3;
    for (let y = from; y < to; y++) {
      const row = y * this.width;
      const base = (y - from) * rowBytes;
      for (let byte = 0; byte < whole; byte++) {
        const i = row + byte * 8;
        out[base + byte] = (d[i]! << 7) | (d[i + 1]! << 6) | (d[i + 2]! << 5) | (d[i + 3]! << 4) | (d[i + 4]! << 3) | (d[i + 5]! << 2) | (d[i + 6]! << 1) | d[i + 7]!;
      }
      for (let x = whole * 8; x < this.width; x++) if (d[row + x]) out[base + whole] = out[base + whole]! | (0x80 >> (x & 7));
    }
    return out;
  }

  /** The pieces one under the other, on a bitmap as wide as the widest. */
  static stack(pieces: Bitmap[]): Bitmap {
    const out = new Bitmap(Math.max(0, ...pieces.map((p) => p.width)), pieces.reduce((h, p) => h + p.height, 0));
    let y = 0;
    for (const p of pieces) {
      out.copy(p, 0, y);
      y += p.height;
    }
    return out;
  }
}
