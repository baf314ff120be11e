// The barcode and QR code of a receipt, as the modules to draw: the same encoders the printed
// and PDF receipts use, so the preview shows the symbol the paper carries.
import { CODE128 } from 'jsbarcode/bin/barcodes/CODE128';
import { create } from 'qrcode';

/** CODE128 bars ("1" a dark module, "0" a light one), or null if the data cannot be encoded. */
export function code128Bars(data: string): string | null {
  try {
    const encoder = new CODE128(data, {});
    if (!encoder.valid()) return null;
    const bars = encoder.encode().data;
    return /^[01]+$/.test(bars) ? bars : null;
  } catch {
    return null;
  }
}

export interface QrMatrix {
  size: number;
  dark(row: number, col: number): boolean;
}

export function qrMatrix(data: string): QrMatrix | null {
  try {
    const { modules } = create(data, { errorCorrectionLevel: 'M' });
    return { size: modules.size, dark: (row, col) => modules.get(row, col) !== 0 };
  } catch {
    return null;
  }
}
