// Bar charts drawn into a pdfkit page as vector paths (rectangles and lines), not pictures: they
// stay sharp when printed or zoomed, weigh a few hundred bytes, and their labels and figures are
// text that pdftotext (and a search in the PDF viewer) can read.
import { roundAxis } from '../../../shared/report/chart-axis';
import type { Pdf } from '../printing/a5-pdf';

export interface ChartBar {
  label: string;
  value: number;
}

export interface ChartBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

const ink = '#000000';
const barFill = '#4a6fa5';
const gridStroke = '#b0b0b0';

/**
 * Columns side by side with their labels under them (the day's dossiers per hour). The value is
 * written over each non-empty column, so the chart is read without the axis.
 */
export function drawColumnChart(doc: Pdf, box: ChartBox, title: string, bars: readonly ChartBar[], format: (n: number) => string): void {
  const titleHeight = 16;
  const labelHeight = 12;
  const top = box.y + titleHeight + 10;
  const bottom = box.y + box.height - labelHeight;
  const axis = roundAxis(Math.max(0, ...bars.map((b) => b.value)));
  const axisMax = axis.top;
  doc.font('bold').fontSize(10).fillColor(ink).text(title, box.x, box.y, { width: box.width, lineBreak: false });
  gridLines(doc, box.x, box.width, top, bottom, axis, format);
  const slot = box.width / Math.max(1, bars.length);
  const barWidth = slot * 0.7;
  bars.forEach((bar, i) => {
    const x = box.x + i * slot + (slot - barWidth) / 2;
    const h = ((bottom - top) * bar.value) / axisMax;
    if (bar.value > 0) {
      doc.rect(x, bottom - h, barWidth, h).fill(barFill);
      doc.font('regular').fontSize(7).fillColor(ink).text(format(bar.value), x - 4, bottom - h - 9, { width: barWidth + 8, align: 'center', lineBreak: false });
    }
    doc.font('regular').fontSize(7).fillColor(ink).text(bar.label, box.x + i * slot, bottom + 2, { width: slot, align: 'center', lineBreak: false });
  });
  doc.moveTo(box.x, bottom).lineTo(box.x + box.width, bottom).lineWidth(0.8).stroke(ink);
}

/**
 * One bar per row with its label on the left and its figure on the right (money per agency, per
 * service): agency names are long, so they get a line of their own width rather than a slanted label.
 * As tall as its rows; answers the y below it.
 */
export function drawBarChart(doc: Pdf, box: Omit<ChartBox, 'height'>, title: string, bars: readonly ChartBar[], format: (n: number) => string): number {
  const titleHeight = 16;
  const rowHeight = 14;
  const labelWidth = box.width * 0.38;
  const valueWidth = box.width * 0.2;
  const barSpace = box.width - labelWidth - valueWidth - 8;
  const axisMax = roundAxis(Math.max(0, ...bars.map((b) => b.value))).top;
  doc.font('bold').fontSize(10).fillColor(ink).text(title, box.x, box.y, { width: box.width, lineBreak: false });
  let y = box.y + titleHeight + 4;
  if (bars.length === 0) {
    doc.font('regular').fontSize(8.5).text('Không có số liệu', box.x, y, { width: box.width, lineBreak: false });
    return y + rowHeight;
  }
  const barX = box.x + labelWidth + 4;
  for (const bar of bars) {
    doc.font('regular').fontSize(8).fillColor(ink).text(bar.label, box.x, y + 2, { width: labelWidth, height: rowHeight, ellipsis: true, lineBreak: false });
    const w = (barSpace * Math.max(0, bar.value)) / axisMax;
    if (w > 0) doc.rect(barX, y + 2, w, rowHeight - 4).fill(barFill);
    doc.font('regular').fontSize(8).fillColor(ink).text(format(bar.value), box.x + box.width - valueWidth, y + 2, { width: valueWidth, align: 'right', lineBreak: false });
    y += rowHeight;
  }
  doc.moveTo(barX, box.y + titleHeight + 2).lineTo(barX, y).lineWidth(0.8).stroke(ink);
  return y;
}

/** A dashed line at each of the axis's ticks above 0, labelled on the left edge inside the chart. */
function gridLines(doc: Pdf, x: number, width: number, top: number, bottom: number, axis: { top: number; ticks: number[] }, format: (n: number) => string): void {
  for (const tick of axis.ticks.slice(1)) {
    const y = bottom - ((bottom - top) * tick) / axis.top;
    doc.moveTo(x, y).lineTo(x + width, y).lineWidth(0.4).dash(2, { space: 2 }).stroke(gridStroke);
    doc.undash();
    doc.font('regular').fontSize(6.5).fillColor('#555555').text(format(tick), x, y - 8, { width: 60, lineBreak: false });
  }
  doc.fillColor(ink);
}
