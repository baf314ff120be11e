// Receipt documents as an A5 PDF, one page to a copy: the copy a clerk files or e-mails when no
// roll printer is at hand. Same model and same wording as the roll; the bundled Vietnamese font so
// every diacritic prints whatever the PC has installed; barcode bars and QR modules drawn as
// rectangles, so they scan off the paper without any font or image.
//
// Each block is measured first and becomes a piece that is never split (a field, a paragraph, a
// table row, the QR with the signatures). The densest look is used only when a roomier one does
// not fit the page: smaller type, tighter spacing, sections side by side, the papers list in two
// columns. A document too long for even that goes on to the next page between pieces, a heading
// staying with what it heads and the codes and signatures with the block before them.
import { CODE128 } from 'jsbarcode/bin/barcodes/CODE128/index.js';
import { formatVnd } from '../../../shared/format';
import type { ReceiptBlock, ReceiptDocument } from '../../../shared/receipt/receipt-document';
import { qrSymbol } from './qr-symbol';
import { openA5Pdf, type Pdf } from './a5-pdf';
import { reprintNotice, sampleNotice, signatureHint } from './receipt-marks';

const side = 22;
/** Room above the body for the sample notice, and below it for the page count when there is one. */
const top = 28;
const bottom = { onePage: 16, pageCount: 26 };
const cellPad = 2.5;
const columnGap = 12;
const ink = '#000000';
const sampleRed = '#a4262c';
/**
 * The model carries no print time, and the same documents must give the same bytes (a repeated
 * request returns an identical file); pdfkit otherwise stamps the current time and derives the
 * file ID from it.
 */
const fixedCreationDate = new Date(0);

/** One look, from roomy to dense; the first whose pieces fit one page is used. */
interface Look {
  title: number;
  heading: number;
  normal: number;
  small: number;
  /** Points between blocks and around rules. */
  gap: number;
  /** Sections side by side: the sender beside the agency, the service beside the charges (see `sections`). */
  sideBySide: boolean;
  /** A long papers table in two columns, two papers to a line. */
  tableColumns: 1 | 2;
  barHeight: number;
  signatureHeight: number;
}

const looks: readonly Look[] = [
  { title: 14, heading: 12, normal: 9, small: 7.5, gap: 4, sideBySide: false, tableColumns: 1, barHeight: 34, signatureHeight: 70 },
  { title: 13, heading: 11, normal: 8.5, small: 7, gap: 3, sideBySide: true, tableColumns: 1, barHeight: 30, signatureHeight: 62 },
  { title: 12, heading: 10, normal: 8, small: 6.8, gap: 2.5, sideBySide: true, tableColumns: 1, barHeight: 26, signatureHeight: 56 },
  { title: 12, heading: 10, normal: 7.5, small: 6.5, gap: 2, sideBySide: true, tableColumns: 2, barHeight: 24, signatureHeight: 52 },
  { title: 11, heading: 9.5, normal: 7, small: 6.2, gap: 1.5, sideBySide: true, tableColumns: 2, barHeight: 22, signatureHeight: 48 },
];

/** Something laid out at a known width: its height, and how to draw it with its top-left at (x, y). */
interface Piece {
  height: number;
  draw(x: number, y: number): void;
  /** Goes on the same page as the piece after it. */
  keepWithNext?: boolean;
  /** Part of the paper's closing codes and signatures. */
  closing?: boolean;
  /** Only space. */
  blank?: boolean;
  /** Drawn again above this piece when it begins a page (a table's header row). */
  header?: Piece;
}

type Block<K extends ReceiptBlock['kind']> = Extract<ReceiptBlock, { kind: K }>;

/** Builds the pieces of blocks at one look and one width. */
class Measure {
  constructor(
    readonly doc: Pdf,
    readonly look: Look,
  ) {}

  private font(bold: boolean, size: number): Pdf {
    return this.doc.font(bold ? 'bold' : 'regular').fontSize(size).fillColor(ink);
  }

  text(text: string, width: number, o: { bold?: boolean; size?: number; align?: 'left' | 'center' | 'right'; keepWithNext?: boolean } = {}): Piece {
    const size = o.size ?? this.look.normal;
    const bold = o.bold ?? false;
    const height = this.font(bold, size).heightOfString(text, { width });
    return {
      height,
      keepWithNext: o.keepWithNext,
      draw: (x, y) => void this.font(bold, size).text(text, x, y, { width, align: o.align ?? 'left' }),
    };
  }

  space(height: number): Piece {
    return { height, blank: true, draw: () => {} };
  }

  field(label: string, value: string, width: number): Piece {
    const head = `${label}: `;
    const labelWidth = this.font(false, this.look.normal).widthOfString(head);
    // A long label would leave a long value a sliver: the value then goes under it, indented.
    if (labelWidth > width * 0.42 && this.doc.widthOfString(value) > width - labelWidth) {
      const l = this.text(head.trimEnd(), width);
      const v = this.text(value, width - 12);
      return { height: l.height + v.height, draw: (x, y) => (l.draw(x, y), v.draw(x + 12, y + l.height)) };
    }
    const v = this.text(value, width - labelWidth);
    return {
      height: v.height,
      draw: (x, y) => {
        this.font(false, this.look.normal).text(head, x, y, { width: labelWidth + 1, lineBreak: false });
        v.draw(x + labelWidth, y);
      },
    };
  }

  amounts(b: Block<'amounts'>, width: number): Piece[] {
    return b.rows.map((r) => {
      const amount = formatVnd(r.vnd);
      const amountWidth = this.font(r.bold, this.look.normal).widthOfString(amount) + 2;
      const label = this.text(r.label, width - amountWidth - 8, { bold: r.bold });
      return {
        height: label.height,
        draw: (x, y) => {
          this.font(r.bold, this.look.normal).text(amount, x + width - amountWidth, y, { width: amountWidth, align: 'right', lineBreak: false });
          label.draw(x, y);
        },
      };
    });
  }

  /** One piece per line of the table, so a paper's row is never split; two rows to a line in the dense looks. */
  table(b: Block<'table'>, width: number): Piece[] {
    // A short list reads better in one column; the split pays off only for a long one.
    const columns = b.rows.length > 4 ? this.look.tableColumns : 1;
    const part = (width - (columns - 1) * columnGap) / columns;
    const total = b.columns.reduce((s, c) => s + c.weight, 0);
    const widths = b.columns.map((c) => (c.weight / total) * part);
    const row = (cells: string[], header: boolean) => {
      const size = header ? this.look.small : this.look.normal;
      const height = Math.max(...cells.map((c, i) => this.font(header, size).heightOfString(c, { width: widths[i]! - 2 * cellPad }))) + 2 * cellPad;
      return {
        height,
        draw: (x: number, y: number, drawnHeight: number) => {
          let left = x;
          cells.forEach((cell, i) => {
            if (header) this.doc.rect(left, y, widths[i]!, drawnHeight).fill('#eeeeee');
            this.doc.rect(left, y, widths[i]!, drawnHeight).lineWidth(0.5).stroke(ink);
            this.font(header, size).text(cell, left + cellPad, y + cellPad, { width: widths[i]! - 2 * cellPad, align: b.columns[i]!.align });
            left += widths[i]!;
          });
        },
      };
    };
    // Row by row across the columns (1 | 2, 3 | 4, …): the order still holds when the list goes on to the next page.
    const lines = [Array(columns).fill(b.columns.map((c) => c.header)) as string[][]];
    for (let i = 0; i < b.rows.length; i += columns) lines.push(b.rows.slice(i, i + columns));
    const pieces: Piece[] = lines.map((cellsOfColumns, i) => {
      const rows = cellsOfColumns.map((cells) => row(cells, i === 0));
      const height = Math.max(...rows.map((r) => r.height));
      return {
        height,
        keepWithNext: i === 0,
        draw: (x, y) => rows.forEach((r, c) => r.draw(x + c * (part + columnGap), y, height)),
      };
    });
    const header = { ...pieces[0]!, keepWithNext: false };
    return pieces.map((p, i) => (i === 0 ? p : { ...p, header }));
  }

  /** Code128 bars from jsbarcode's encoding (automatic code sets: shorter than the roll's set B). */
  barcodes(codes: Block<'barcode'>[], width: number): Piece[] {
    const bars = codes.map((c) => new CODE128(c.data, {}).encode().data as string);
    // One line under the bars names the code and gives it in figures.
    const caption = this.look.small + 3;
    const height = this.look.barHeight + 2 + caption;
    const draw = (i: number, module: number, x: number, y: number, w: number) => {
      const b = bars[i]!;
      const x0 = x + (w - b.length * module) / 2;
      for (let j = 0; j < b.length; ) {
        if (b[j] !== '1') {
          j++;
          continue;
        }
        const start = j;
        while (b[j] === '1') j++;
        this.doc.rect(x0 + start * module, y, (j - start) * module, this.look.barHeight);
      }
      this.doc.fill(ink);
      this.font(false, this.look.small).text(`${codes[i]!.caption}: ${codes[i]!.data}`, x - columnGap / 2, y + this.look.barHeight + 2, { width: w + columnGap, align: 'center', lineBreak: false });
    };
    // Side by side when every code fits at a module a scanner reads off office paper.
    const modules = bars.reduce((s, b) => s + b.length, 0);
    const module = Math.min(1, (width - (codes.length - 1) * columnGap) / modules);
    if (module >= 0.75) {
      return [
        {
          height,
          keepWithNext: true,
          draw: (x, y) => {
            let left = x + (width - modules * module - (codes.length - 1) * columnGap) / 2;
            bars.forEach((b, i) => {
              draw(i, module, left, y, b.length * module);
              left += b.length * module + columnGap;
            });
          },
        },
      ];
    }
    return bars.map((b, i) => ({ height, keepWithNext: true, draw: (x, y) => draw(i, Math.min(1, (width * 0.9) / b.length), x, y, width) }));
  }

  qr(b: Block<'qr'>): { side: number; height: number; draw(x: number, y: number): void } {
    const symbol = qrSymbol(b.data);
    const caption = b.caption === null ? 0 : this.look.small + 4;
    const cell = Math.min(2.5, (this.look.signatureHeight - caption) / symbol.width);
    const sideLength = symbol.width * cell;
    return {
      side: sideLength,
      height: sideLength + caption,
      draw: (x, y) => {
        for (let r = 0; r < symbol.height; r++) {
          for (let c = 0; c < symbol.width; ) {
            if (!symbol.data[r * symbol.width + c]) {
              c++;
              continue;
            }
            const start = c;
            while (c < symbol.width && symbol.data[r * symbol.width + c]) c++;
            this.doc.rect(x + start * cell, y + r * cell, (c - start) * cell, cell);
          }
        }
        this.doc.fill(ink);
        if (b.caption !== null) this.font(false, this.look.small).text(b.caption, x - columnGap, y + sideLength + 2, { width: sideLength + 2 * columnGap, align: 'center', lineBreak: false });
      },
    };
  }

  signatures(parties: string[], width: number): Piece {
    const height = this.look.signatureHeight;
    const gap = 10;
    const box = (width - gap * (parties.length - 1)) / parties.length;
    return {
      height,
      draw: (x, y) =>
        parties.forEach((party, i) => {
          const left = x + i * (box + gap);
          this.doc.rect(left, y, box, height).lineWidth(0.5).stroke(ink);
          this.font(true, this.look.normal).text(party, left + 4, y + 4, { width: box - 8, align: 'center' });
          this.font(false, this.look.small).text(signatureHint, left + 4, this.doc.y, { width: box - 8, align: 'center' });
        }),
    };
  }

  /** The QR beside the signature boxes: the paper's closing row. */
  qrAndSignatures(q: Block<'qr'>, s: Block<'signatures'>, width: number): Piece {
    const code = this.qr(q);
    const boxes = this.signatures(s.parties, width - code.side - 2 * columnGap);
    const height = Math.max(code.height, boxes.height);
    return { height, draw: (x, y) => (code.draw(x, y), boxes.draw(x + code.side + 2 * columnGap, y)) };
  }

  rule(width: number): Piece {
    const gap = this.look.gap + 1;
    return {
      height: 2 * gap,
      draw: (x, y) => void this.doc.moveTo(x, y + gap).lineTo(x + width, y + gap).lineWidth(0.5).stroke(ink),
    };
  }

  private fitsOneLine(f: Block<'field'>, width: number): boolean {
    return this.font(false, this.look.normal).widthOfString(`${f.label}: ${f.value}`) <= width;
  }

  /** Pieces of a run of blocks at `width`; `pairs`: short fields two to a line. */
  blocks(blocks: readonly ReceiptBlock[], width: number, pairs = false): Piece[] {
    const out: Piece[] = [];
    let closingFrom: number | undefined;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      switch (b.kind) {
        case 'heading':
          out.push(this.space(this.look.gap), this.text(b.text, width, { bold: true, size: this.look.heading, align: b.align, keepWithNext: true }));
          break;
        case 'text':
          // A bold line heads what follows: it never ends a page.
          if (b.bold) out.push(this.space(this.look.gap));
          out.push(this.text(b.text, width, { bold: b.bold, size: b.size === 'small' ? this.look.small : this.look.normal, align: b.align, keepWithNext: b.bold }));
          break;
        case 'field': {
          // Two short fields share a line where sections go side by side.
          const next = blocks[i + 1];
          const half = (width - columnGap) / 2;
          if (pairs && next?.kind === 'field' && this.fitsOneLine(b, half) && this.fitsOneLine(next, half)) {
            const [a, c] = [this.field(b.label, b.value, half), this.field(next.label, next.value, half)];
            out.push({ height: Math.max(a.height, c.height), draw: (x, y) => (a.draw(x, y), c.draw(x + half + columnGap, y)) });
            i++;
          } else {
            out.push(this.field(b.label, b.value, width));
          }
          break;
        }
        case 'table':
          out.push(this.space(this.look.gap), ...this.table(b, width), this.space(this.look.gap));
          break;
        case 'amounts':
          out.push(...this.amounts(b, width));
          break;
        case 'rule':
          out.push(this.rule(width));
          break;
        case 'barcode': {
          closingFrom ??= out.length;
          const run = [b];
          while (blocks[i + 1]?.kind === 'barcode') run.push(blocks[++i] as Block<'barcode'>);
          out.push(this.space(this.look.gap * 2), ...this.barcodes(run, width));
          break;
        }
        case 'qr': {
          closingFrom ??= out.length;
          const next = blocks[i + 1];
          out.push(this.space(this.look.gap * 2));
          if (next?.kind === 'signatures') {
            out.push(this.qrAndSignatures(b, next, width));
            i++;
          } else {
            const code = this.qr(b);
            out.push({ height: code.height, draw: (x, y) => code.draw(x + (width - code.side) / 2, y) });
          }
          break;
        }
        case 'signatures':
          closingFrom ??= out.length;
          out.push(this.space(this.look.gap * 2), this.signatures(b.parties, width));
          break;
      }
    }
    if (closingFrom !== undefined) for (const p of out.slice(closingFrom)) p.closing = true;
    return out;
  }

  /** Two runs of pieces in columns, as one piece. */
  sideBySide(left: readonly ReceiptBlock[], right: readonly ReceiptBlock[], width: number): Piece {
    const column = (width - columnGap) / 2;
    const [a, b] = [this.blocks(left, column), this.blocks(right, column)];
    const heightOf = (ps: Piece[]) => ps.reduce((s, p) => s + p.height, 0);
    const stack = (ps: Piece[], x: number, y: number) => ps.reduce((top, p) => (p.draw(x, top), top + p.height), y);
    return { height: Math.max(heightOf(a), heightOf(b)), draw: (x, y) => (stack(a, x, y), stack(b, x + column + columnGap, y)) };
  }

  /** The whole document: its title lines, then its blocks, sections side by side where the look has them. */
  document(d: ReceiptDocument, width: number): Piece[] {
    const head: Piece[] = [this.text(d.title, width, { bold: true, size: this.look.title, align: 'center', keepWithNext: true })];
    if (d.copyLabel !== null) head.push(this.text(d.copyLabel, width, { size: this.look.small, align: 'center', keepWithNext: true }));
    if (d.reprint !== null) head.push(this.text(reprintNotice(d.reprint), width, { bold: true, align: 'center', keepWithNext: true }));
    head.push(this.space(this.look.gap));
    const pieces = [...head, ...this.sections(d.blocks, width)];
    // The codes and the signatures close the paper: they stay together, and with the block before them.
    let from = pieces.findIndex((p) => p.closing);
    if (from < 0) return pieces;
    do from--;
    while (from > 0 && pieces[from]!.blank);
    for (let i = Math.max(from, 0); i < pieces.length - 1; i++) pieces[i]!.keepWithNext = true;
    return pieces;
  }

  /**
   * The blocks between two rules form a part. In the looks that allow it, a part of text, fields
   * and amounts that is one section (opened by a bold line) goes beside the next such part
   * (the service beside the charges); one that is two sections is split into them (the sender
   * beside the agency). Tables, codes and signatures always take the whole width.
   */
  private sections(blocks: readonly ReceiptBlock[], width: number): Piece[] {
    if (!this.look.sideBySide) return this.blocks(blocks, width);
    const parts: ReceiptBlock[][] = [[]];
    for (const b of blocks) {
      if (b.kind === 'rule') parts.push([]);
      else parts[parts.length - 1]!.push(b);
    }
    const heads = (part: readonly ReceiptBlock[]) => part.flatMap((b, j) => (b.kind === 'text' && b.bold && b.align === 'left' ? [j] : []));
    const columnable = (part: readonly ReceiptBlock[] | undefined) =>
      part !== undefined && heads(part)[0] === 0 && part.every((b) => b.kind === 'text' || b.kind === 'field' || b.kind === 'amounts');
    const out: Piece[] = [];
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const h = heads(part);
      if (columnable(part) && h.length === 1 && columnable(parts[i + 1])) out.push(this.sideBySide(part, parts[++i]!, width));
      else if (columnable(part) && h.length === 2) out.push(this.sideBySide(part.slice(0, h[1]), part.slice(h[1]), width));
      else out.push(...this.blocks(part, width, true));
      if (i < parts.length - 1) out.push(this.rule(width));
    }
    return out;
  }
}

/**
 * Pages of pieces: a new page only between pieces, never inside a run kept together unless it is
 * longer than a page. A document on one page has the whole body; on more, each page keeps room
 * for its page count.
 */
function paginate(pieces: readonly Piece[], onePage: number, pageHeight: number): Piece[][] {
  if (pieces.reduce((s, p) => s + p.height, 0) <= onePage) return [[...pieces]];
  const groups: Piece[][] = [];
  for (const p of pieces) {
    const last = groups[groups.length - 1];
    if (last && last[last.length - 1]!.keepWithNext) last.push(p);
    else groups.push([p]);
  }
  const pages: Piece[][] = [[]];
  let used = 0;
  const newPage = () => {
    pages.push([]);
    used = 0;
  };
  const place = (p: Piece) => {
    if (used + p.height > pageHeight && pages[pages.length - 1]!.length > 0) newPage();
    if (used === 0 && p.header) place(p.header);
    pages[pages.length - 1]!.push(p);
    used += p.height;
  };
  for (const g of groups) {
    const height = g.reduce((s, p) => s + p.height, 0);
    if (used + height > pageHeight && height <= pageHeight && pages[pages.length - 1]!.length > 0) newPage();
    g.forEach(place);
  }
  return pages;
}

/**
 * Drawn last, into the margins of each page a document took: the sample notice at the top
 * (on every page, so no page of a sample can pass for a real one) and the page count below.
 */
function pageMarks(doc: Pdf, d: ReceiptDocument, pages: { first: number; count: number }, look: Look): void {
  const width = doc.page.width - 2 * side;
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(pages.first + i);
    if (d.sample) {
      doc.rect(side, 8, width, 15).fill(sampleRed);
      doc.font('bold').fontSize(look.normal).fillColor('#ffffff').text(sampleNotice, side, 11, { width, align: 'center', lineBreak: false });
    }
    if (pages.count > 1) {
      // pdfkit starts a new page for text below the bottom margin; the footer belongs in it.
      doc.page.margins.bottom = 0;
      doc.font('regular').fontSize(look.small).fillColor(ink)
        .text(`${d.title} — trang ${i + 1}/${pages.count}`, side, doc.page.height - bottom.pageCount + 10, { width, align: 'right', lineBreak: false });
      doc.page.margins.bottom = side;
    }
  }
}

export function renderReceiptPdf(docs: ReceiptDocument[], fontsDir: string): Promise<Buffer> {
  const { doc, done } = openA5Pdf(fontsDir, { margin: side, bufferPages: true, info: { Title: docs[0]?.title ?? 'Phiếu', CreationDate: fixedCreationDate } });
  const width = doc.page.width - 2 * side;
  const onePage = doc.page.height - top - bottom.onePage;
  const pages = docs.map((d, i) => {
    if (i > 0) doc.addPage();
    const first = doc.bufferedPageRange().count - 1;
    // The roomiest look that fits one page, else the densest, continued between pieces.
    let look = looks[0]!;
    let pieces: Piece[] = [];
    for (look of looks) {
      pieces = new Measure(doc, look).document(d, width);
      if (pieces.reduce((s, p) => s + p.height, 0) <= onePage) break;
    }
    paginate(pieces, onePage, doc.page.height - top - bottom.pageCount).forEach((page, p) => {
      if (p > 0) doc.addPage();
      page.reduce((y, piece) => (piece.draw(side, y), y + piece.height), top);
    });
    return { first, count: doc.bufferedPageRange().count - first, look };
  });
  docs.forEach((d, i) => pageMarks(doc, d, pages[i]!, pages[i]!.look));
  doc.end();
  return done;
}
