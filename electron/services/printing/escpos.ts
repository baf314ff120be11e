// Receipt documents as one ESC/POS job: words as raster images drawn from the bundled font,
// barcodes and QR codes as the printer's own symbols, a cut after each document. Synchronous:
// the print queue renders while the clerk watches.
import type { ReceiptDocument } from '../../../shared/receipt/receipt-document';
import { EscPosWriter } from './escpos-writer';
import { layoutForThermal } from './thermal-layout';

/** Printable width in dots at 203 dpi: 72 mm of an 80 mm roll, 48 mm of a 58 mm roll. */
export const paperDots = { 80: 576, 58: 384 } as const;

export function renderEscPos(docs: ReceiptDocument[], opts: { paperWidth: 80 | 58; fontsDir: string }): Buffer {
  const dots = paperDots[opts.paperWidth];
  const out = new EscPosWriter(dots);
  for (const doc of docs) {
    for (const part of layoutForThermal(doc, dots, opts.fontsDir)) {
      if (part.kind === 'raster') out.raster(part.bitmap);
      else if (part.kind === 'code128') out.code128(part.data);
      else out.qr(part.data, part.cell);
    }
    out.cut();
  }
  return out.bytes();
}
