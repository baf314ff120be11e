// Receipt documents as an A5 PDF, one document to a page (or more): the copy a clerk files or
// e-mails when no roll printer is at hand. Same model and same wording as the roll; the
// bundled Vietnamese font so every diacritic prints whatever the PC has installed; barcode bars
// and QR modules drawn as rectangles, so they scan off the paper without any font or image.
import { CODE128 } from 'jsbarcode/bin/barcodes/CODE128/index.js';
import { formatVnd } from '../../../shared/format';
import type { ReceiptBlock, ReceiptDocument } from '../../../shared/receipt/receipt-document';
import { qrSymbol } from './qr-symbol';
import { openA5Pdf, type Pdf } from './a5-pdf';
import { reprintNotice, sampleNotice, signatureHint } from './receipt-marks';

const size = { title: 14, heading: 12, normal: 9, small: 7.5 };
const margin = 36;
const cellPad = 3;
const amountColumn = 100;
const ink = '#000000';
const sampleRed = '#a4262c';
/**
 * The model carries no print time, and the same documents must give the same bytes (a repeated
 * request returns an identical file); pdfkit otherwise stamps the current time and derives the
 * file ID from it.
 */
const fixedCreationDate = new Date(0);

class PdfLayout {
  readonly left = margin;
  readonly width: number;

  constructor(readonly doc: Pdf) {
    this.width = doc.page.width - 2 * margin;
  }

  get bottom(): number {
    return this.doc.page.height - margin;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  text(text: string, options: { bold?: boolean; size?: number; align?: 'left' | 'center' | 'right' } = {}): void {
    this.doc
      .font(options.bold ? 'bold' : 'regular')
      .fontSize(options.size ?? size.normal)
      .fillColor(ink)
      .text(text, this.left, this.doc.y, { width: this.width, align: options.align ?? 'left' });
  }

  space(points: number): void {
    this.doc.y += points;
  }
}

function field(l: PdfLayout, label: string, value: string): void {
  const doc = l.doc.font('regular').fontSize(size.normal).fillColor(ink);
  const head = `${label}: `;
  const labelWidth = doc.widthOfString(head);
  // A long label would leave the value a sliver: the value then goes under it, indented.
  if (labelWidth > l.width * 0.42) {
    l.text(head.trimEnd());
    doc.text(value, l.left + 16, doc.y, { width: l.width - 16 });
    return;
  }
  l.ensure(doc.currentLineHeight(true));
  const top = doc.y;
  // The label first: a value long enough to run onto the next page must not take it along.
  doc.text(head, l.left, top, { width: labelWidth + 1, lineBreak: false });
  doc.text(value, l.left + labelWidth, top, { width: l.width - labelWidth });
}

function table(l: PdfLayout, block: Extract<ReceiptBlock, { kind: 'table' }>): void {
  const doc = l.doc;
  const total = block.columns.reduce((s, c) => s + c.weight, 0);
  const widths = block.columns.map((c) => (c.weight / total) * l.width);
  const row = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(bold ? size.small : size.normal);
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 2 * cellPad }))) + 2 * cellPad;
    l.ensure(height);
    const top = doc.y;
    let x = l.left;
    cells.forEach((cell, i) => {
      if (bold) doc.rect(x, top, widths[i]!, height).fill('#eeeeee');
      doc.rect(x, top, widths[i]!, height).lineWidth(0.5).stroke(ink);
      doc.fillColor(ink).text(cell, x + cellPad, top + cellPad, { width: widths[i]! - 2 * cellPad, align: block.columns[i]!.align });
      x += widths[i]!;
    });
    doc.y = top + height;
  };
  l.space(3);
  row(block.columns.map((c) => c.header), true);
  for (const r of block.rows) row(r, false);
  l.space(3);
}

function amounts(l: PdfLayout, block: Extract<ReceiptBlock, { kind: 'amounts' }>): void {
  const doc = l.doc;
  for (const r of block.rows) {
    doc.font(r.bold ? 'bold' : 'regular').fontSize(size.normal).fillColor(ink);
    l.ensure(doc.currentLineHeight(true));
    const top = doc.y;
    // The amount first, on the label's first line, so a label that wraps cannot push it onto another page.
    doc.text(formatVnd(r.vnd), l.left + l.width - amountColumn, top, { width: amountColumn, align: 'right' });
    const after = doc.y;
    doc.text(r.label, l.left, top, { width: l.width - amountColumn - 8 });
    doc.y = Math.max(after, doc.y);
  }
}

function rule(l: PdfLayout): void {
  l.space(4);
  l.doc.moveTo(l.left, l.doc.y).lineTo(l.left + l.width, l.doc.y).lineWidth(0.5).stroke(ink);
  l.space(5);
}

/** Bars from jsbarcode's encoding (automatic code sets: shorter than the roll's set B). */
function barcode(l: PdfLayout, data: string, caption: string): void {
  const bars = new CODE128(data, {}).encode().data;
  const module = Math.min(1, (l.width * 0.9) / bars.length);
  const height = 34;
  l.ensure(70);
  l.space(4);
  l.text(caption, { size: size.small, align: 'center' });
  const top = l.doc.y + 2;
  const x0 = l.left + (l.width - bars.length * module) / 2;
  for (let i = 0; i < bars.length; ) {
    if (bars[i] !== '1') {
      i++;
      continue;
    }
    const start = i;
    while (bars[i] === '1') i++;
    l.doc.rect(x0 + start * module, top, (i - start) * module, height);
  }
  l.doc.fill(ink);
  l.doc.y = top + height + 2;
  l.text(data, { size: size.small, align: 'center' });
}

function qr(l: PdfLayout, data: string, caption: string | null): void {
  const symbol = qrSymbol(data);
  const cell = Math.min(3, 90 / symbol.width);
  const side = symbol.width * cell;
  l.ensure(side + 24);
  l.space(6);
  const top = l.doc.y;
  const x0 = l.left + (l.width - side) / 2;
  for (let y = 0; y < symbol.height; y++) {
    for (let x = 0; x < symbol.width; ) {
      if (!symbol.data[y * symbol.width + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < symbol.width && symbol.data[y * symbol.width + x]) x++;
      l.doc.rect(x0 + start * cell, top + y * cell, (x - start) * cell, cell);
    }
  }
  l.doc.fill(ink);
  l.doc.y = top + side + 2;
  if (caption !== null) l.text(caption, { size: size.small, align: 'center' });
}

function signatures(l: PdfLayout, parties: string[]): void {
  const doc = l.doc;
  const gap = 12;
  const height = 80;
  const boxWidth = (l.width - gap * (parties.length - 1)) / parties.length;
  l.space(10);
  l.ensure(height);
  const top = doc.y;
  parties.forEach((party, i) => {
    const x = l.left + i * (boxWidth + gap);
    doc.rect(x, top, boxWidth, height).lineWidth(0.5).stroke(ink);
    doc.font('bold').fontSize(size.normal).fillColor(ink).text(party, x + 4, top + 5, { width: boxWidth - 8, align: 'center' });
    doc.font('regular').fontSize(size.small).text(signatureHint, x + 4, doc.y, { width: boxWidth - 8, align: 'center' });
  });
  doc.y = top + height + 4;
}

/**
 * Drawn last, into the margins of each page a document took: the sample notice at the top
 * (on every page, so no page of a sample can pass for a real one) and the page count below.
 */
function pageMarks(doc: Pdf, d: ReceiptDocument, pages: { first: number; count: number }): void {
  const width = doc.page.width - 2 * margin;
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(pages.first + i);
    if (d.sample) {
      doc.rect(margin, 12, width, 16).fill(sampleRed);
      doc.font('bold').fontSize(size.normal).fillColor('#ffffff').text(sampleNotice, margin, 15, { width, align: 'center', lineBreak: false });
    }
    if (pages.count > 1) {
      // pdfkit starts a new page for text below the bottom margin; the footer belongs in it.
      doc.page.margins.bottom = 0;
      doc.font('regular').fontSize(size.small).fillColor(ink)
        .text(`${d.title} — trang ${i + 1}/${pages.count}`, margin, doc.page.height - margin + 10, { width, align: 'right', lineBreak: false });
      doc.page.margins.bottom = margin;
    }
  }
}

function block(l: PdfLayout, b: ReceiptBlock): void {
  switch (b.kind) {
    case 'heading':
      l.space(4);
      return l.text(b.text, { bold: true, size: size.heading, align: b.align });
    case 'text':
      // A bold line heads what follows: it starts a new page rather than end one alone.
      if (b.bold) {
        l.space(3);
        l.ensure(48);
      }
      return l.text(b.text, { bold: b.bold, size: b.size === 'small' ? size.small : size.normal, align: b.align });
    case 'field':
      return field(l, b.label, b.value);
    case 'table':
      return table(l, b);
    case 'amounts':
      return amounts(l, b);
    case 'rule':
      return rule(l);
    case 'barcode':
      return barcode(l, b.data, b.caption);
    case 'qr':
      return qr(l, b.data, b.caption);
    case 'signatures':
      return signatures(l, b.parties);
  }
}

function document(l: PdfLayout, d: ReceiptDocument): void {
  l.text(d.title, { bold: true, size: size.title, align: 'center' });
  if (d.copyLabel !== null) l.text(d.copyLabel, { size: size.small, align: 'center' });
  if (d.reprint !== null) l.text(reprintNotice(d.reprint), { bold: true, align: 'center' });
  l.space(6);
  for (const b of d.blocks) block(l, b);
}

export function renderReceiptPdf(docs: ReceiptDocument[], fontsDir: string): Promise<Buffer> {
  const { doc, done } = openA5Pdf(fontsDir, { margin, bufferPages: true, info: { Title: docs[0]?.title ?? 'Phiếu', CreationDate: fixedCreationDate } });
  const l = new PdfLayout(doc);
  const pages = docs.map((d, i) => {
    if (i > 0) doc.addPage();
    const first = doc.bufferedPageRange().count - 1;
    document(l, d);
    return { first, count: doc.bufferedPageRange().count - first };
  });
  docs.forEach((d, i) => pageMarks(doc, d, pages[i]!));
  doc.end();
  return done;
}
