// Lays a receipt document out on a thermal roll. Everything with words becomes a bitmap the
// width of the paper (the words drawn from the bundled font); barcodes and QR codes stay
// symbols for the printer to draw itself, which scanners read better than a copied picture.
import { formatVnd } from '../../../shared/format';
import type { ReceiptBlock, ReceiptDocument } from '../../../shared/receipt/receipt-document';
import { Bitmap } from './bitmap';
import { qrSymbol } from './qr-symbol';
import { reprintNotice, sampleNotice, signatureHint } from './receipt-marks';
import { textRaster, type TextRaster, type TextStyle } from './text-raster';

/** `cell`: QR module size in dots. */
export type ThermalPart = { kind: 'raster'; bitmap: Bitmap } | { kind: 'code128'; data: string } | { kind: 'qr'; data: string; cell: number };

const styles = {
  title: { weight: 'bold', size: 32 },
  heading: { weight: 'bold', size: 28 },
  normal: { weight: 'regular', size: 22 },
  normalBold: { weight: 'bold', size: 22 },
  small: { weight: 'regular', size: 18 },
  smallBold: { weight: 'bold', size: 18 },
} satisfies Record<string, TextStyle>;

/** Dots kept clear at each edge of the printable width. */
const margin = 4;
const gap = 6;
const line = 2;
/** Room for a handwritten signature: about 12 mm at 8 dots/mm. */
const signatureSpace = 96;
/** The GS ( k store command carries bytes; the library that builds it counts characters, so only ASCII goes natively. */
const nativeQrData = /^[\x20-\x7e]*$/;

class Layout {
  private readonly parts: ThermalPart[] = [];
  /** Pieces `inner` wide waiting to become one raster image, each with the space above it. */
  private pending: { bitmap: Bitmap; spaceBefore: number }[] = [];
  readonly inner: number;

  constructor(
    readonly width: number,
    readonly text: TextRaster,
  ) {
    this.inner = width - 2 * margin;
  }

  /** A bitmap drawn `inner` wide, to be placed within the margins. */
  add(bitmap: Bitmap, spaceBefore = 0): void {
    this.pending.push({ bitmap, spaceBefore });
  }

  space(height: number): void {
    this.pending.push({ bitmap: new Bitmap(this.inner, 0), spaceBefore: height });
  }

  symbol(part: ThermalPart): void {
    this.flush();
    this.parts.push(part);
  }

  private flush(): void {
    if (!this.pending.length) return;
    const image = new Bitmap(this.width, this.pending.reduce((h, p) => h + p.spaceBefore + p.bitmap.height, 0));
    let y = 0;
    for (const p of this.pending) {
      image.copy(p.bitmap, margin, y + p.spaceBefore);
      y += p.spaceBefore + p.bitmap.height;
    }
    this.parts.push({ kind: 'raster', bitmap: image });
    this.pending = [];
  }

  finish(): ThermalPart[] {
    this.flush();
    return this.parts;
  }

  paragraph(text: string, style: TextStyle, align: 'left' | 'center' | 'right' = 'left', spaceBefore = 0): void {
    this.add(this.text.paragraph(text, style, this.inner, align), spaceBefore);
  }

  /** White on a black band, so a sample print cannot pass for a real one. */
  banner(text: string): void {
    const words = this.text.paragraph(text, styles.normalBold, this.inner - 16, 'center');
    const band = new Bitmap(this.inner, words.height + 12);
    band.fillRect(0, 0, band.width, band.height);
    band.knockOut(words, 8, 6);
    this.add(band, gap);
  }
}

function hrule(width: number): Bitmap {
  const b = new Bitmap(width, line);
  b.fillRect(0, 0, width, line);
  return b;
}

function field(l: Layout, label: string, value: string): void {
  const t = l.text;
  const head = `${label}: `;
  const labelWidth = Math.ceil(t.measure(head, styles.normal));
  // A long label would leave the value a sliver: the value then starts on the next line, indented.
  if (labelWidth > l.inner * 0.45) {
    const indent = 24;
    l.paragraph(head.trimEnd(), styles.normal);
    const v = t.paragraph(value, styles.normal, l.inner - indent);
    const b = new Bitmap(l.inner, v.height);
    b.copy(v, indent, 0);
    l.add(b);
    return;
  }
  const v = t.paragraph(value, styles.normal, l.inner - labelWidth);
  const b = new Bitmap(l.inner, Math.max(v.height, t.lineHeight(styles.normal)));
  b.copy(v, labelWidth, 0);
  t.draw(b, head, 0, t.ascent(styles.normal), styles.normal);
  l.add(b);
}

function table(l: Layout, block: Extract<ReceiptBlock, { kind: 'table' }>): void {
  const t = l.text;
  const pad = 4;
  const total = block.columns.reduce((s, c) => s + c.weight, 0);
  const widths = block.columns.map((c) => Math.floor((c.weight / total) * l.inner));
  const row = (cells: string[], style: TextStyle): Bitmap => {
    const rendered = cells.map((cell, i) => t.paragraph(cell, style, widths[i]! - 2 * pad, block.columns[i]!.align));
    const b = new Bitmap(l.inner, Math.max(...rendered.map((r) => r.height)) + pad);
    let x = 0;
    rendered.forEach((r, i) => {
      b.copy(r, x + pad, pad);
      x += widths[i]!;
    });
    return b;
  };
  const rule = () => hrule(l.inner);
  l.add(
    Bitmap.stack([rule(), row(block.columns.map((c) => c.header), styles.smallBold), rule(), ...block.rows.map((r) => row(r, styles.normal)), rule()]),
    gap,
  );
}

function amounts(l: Layout, block: Extract<ReceiptBlock, { kind: 'amounts' }>): void {
  const t = l.text;
  for (const r of block.rows) {
    const style = r.bold ? styles.normalBold : styles.normal;
    const amount = formatVnd(r.vnd);
    const amountWidth = Math.ceil(t.measure(amount, style));
    const label = t.paragraph(r.label, style, l.inner - amountWidth - 16);
    const b = new Bitmap(l.inner, label.height);
    b.copy(label, 0, 0);
    t.draw(b, amount, l.inner - amountWidth, t.ascent(style), style);
    l.add(b);
  }
}

function signatures(l: Layout, parties: string[]): void {
  const t = l.text;
  const boxGap = 8;
  const boxWidth = Math.floor((l.inner - boxGap * (parties.length - 1)) / parties.length);
  const boxes = parties.map((party) => {
    const name = t.paragraph(party, styles.normalBold, boxWidth - 8, 'center');
    const hint = t.paragraph(signatureHint, styles.small, boxWidth - 8, 'center');
    const b = new Bitmap(boxWidth, 6 + name.height + hint.height + signatureSpace);
    b.copy(name, 4, 6);
    b.copy(hint, 4, 6 + name.height);
    b.strokeRect(0, 0, b.width, b.height, line);
    return b;
  });
  const out = new Bitmap(l.inner, Math.max(...boxes.map((b) => b.height)));
  boxes.forEach((b, i) => out.copy(b, i * (boxWidth + boxGap), 0));
  l.add(out, gap * 2);
}

/** The symbol drawn as dots, for data the native command cannot carry; modules as large as printed natively. */
function qrPicture(l: Layout, symbol: Bitmap, cell: number): void {
  const size = symbol.width * cell;
  const b = new Bitmap(l.inner, size);
  const x0 = Math.floor((l.inner - size) / 2);
  for (let y = 0; y < symbol.height; y++) for (let x = 0; x < symbol.width; x++) if (symbol.data[y * symbol.width + x]) b.fillRect(x0 + x * cell, y * cell, cell, cell);
  l.add(b);
}

/** Module size in dots: the symbol about 25 mm wide, never under 3 dots a module. */
const qrCellSize = (symbolSize: number) => Math.min(8, Math.max(3, Math.floor(200 / symbolSize)));

function block(l: Layout, b: ReceiptBlock): void {
  switch (b.kind) {
    case 'heading':
      return l.paragraph(b.text, styles.heading, b.align, gap * 2);
    case 'text':
      return l.paragraph(b.text, b.size === 'small' ? (b.bold ? styles.smallBold : styles.small) : b.bold ? styles.normalBold : styles.normal, b.align, b.bold ? gap : 0);
    case 'field':
      return field(l, b.label, b.value);
    case 'table':
      return table(l, b);
    case 'amounts':
      return amounts(l, b);
    case 'rule':
      l.add(hrule(l.inner), gap * 2);
      return l.space(gap * 2);
    case 'signatures':
      return signatures(l, b.parties);
    case 'barcode':
      l.paragraph(b.caption, styles.small, 'center', gap * 2);
      return l.symbol({ kind: 'code128', data: b.data });
    case 'qr': {
      l.space(gap * 2);
      const symbol = qrSymbol(b.data);
      const cell = qrCellSize(symbol.width);
      if (nativeQrData.test(b.data)) l.symbol({ kind: 'qr', data: b.data, cell });
      else qrPicture(l, symbol, cell);
      if (b.caption !== null) l.paragraph(b.caption, styles.small, 'center');
      return;
    }
  }
}

export function layoutForThermal(doc: ReceiptDocument, paperDots: number, fontsDir: string): ThermalPart[] {
  const l = new Layout(paperDots, textRaster(fontsDir));
  if (doc.sample) l.banner(sampleNotice);
  l.paragraph(doc.title, styles.title, 'center', gap);
  if (doc.copyLabel !== null) l.paragraph(doc.copyLabel, styles.small, 'center');
  if (doc.reprint !== null) l.paragraph(reprintNotice(doc.reprint), styles.normalBold, 'center', gap);
  l.space(gap);
  for (const b of doc.blocks) block(l, b);
  if (doc.sample) l.banner(sampleNotice);
  l.space(gap * 2);
  return l.finish();
}
