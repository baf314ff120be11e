// A plain ruled table for the A4 reports: a bold header row, then rows whose height is that of
// their tallest cell, a new page (with the header again) when the next row does not fit.
import type { Pdf } from '../printing/a5-pdf';

export interface Column {
  title: string;
  /** Share of the table's width. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

const padding = 2.5;

export function drawTable(doc: Pdf, columns: readonly Column[], rows: readonly (readonly string[])[], options: { x: number; width: number; fontSize?: number; bottom: number }): void {
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => (options.width * c.width) / total);
  const size = options.fontSize ?? 8.5;
  const drawRow = (cells: readonly string[], font: 'regular' | 'bold') => {
    doc.font(font).fontSize(size);
    const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i]! - 2 * padding }))) + 2 * padding;
    if (doc.y + height > options.bottom) {
      doc.addPage();
      if (font === 'regular') drawRow(columns.map((c) => c.title), 'bold');
      doc.font(font).fontSize(size);
    }
    const top = doc.y;
    let x = options.x;
    cells.forEach((cell, i) => {
      doc.text(cell, x + padding, top + padding, { width: widths[i]! - 2 * padding, align: columns[i]!.align ?? 'left' });
      x += widths[i]!;
    });
    doc.moveTo(options.x, top + height).lineTo(options.x + options.width, top + height).lineWidth(font === 'bold' ? 0.8 : 0.3).stroke('#777777');
    doc.x = options.x;
    doc.y = top + height;
  };
  drawRow(columns.map((c) => c.title), 'bold');
  for (const row of rows) drawRow(row, 'regular');
}
