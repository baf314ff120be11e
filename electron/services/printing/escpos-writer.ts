// ESC/POS commands for one print job. node-thermal-printer builds the native barcode, QR, cut
// and alignment commands (never its text functions: its Vietnamese code pages are broken, see
// shared/domain.md §8); raster images are framed here, in bands.
import { PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import type { Bitmap } from './bitmap';

/**
 * Rows per GS v 0 image. Printers cap an image's height (several Epson models at 2303 rows) and
 * take a whole image into their buffer before printing it, so a receipt goes as many short bands.
 */
const bandRows = 255;
/** Code128 symbols (start, checksum) and the stop pattern, in modules, besides the data. */
const code128Overhead = 11 * 2 + 13;
const barcodeHeight = 80;

// The package's typings describe another printer's code128 settings; the Epson builder reads these.
interface EpsonCode128Settings {
  /** Human-readable digits: 2 below the bars. */
  hriPos: 0 | 1 | 2 | 3;
  hriFont: 0 | 1;
  /** Module width in dots. */
  width: number;
  height: number;
}

export class EscPosWriter {
  // No interface: the builder only collects bytes here; sending them is the print queue's work.
  private readonly printer = new ThermalPrinter({ type: PrinterTypes.EPSON, interface: '' });

  constructor(private readonly paperDots: number) {
    this.printer.append(Buffer.from([0x1b, 0x40])); // ESC @: a known state whatever the last job left
  }

  /** GS v 0, normal density; the bitmap is padded to a whole number of bytes a row. */
  raster(bitmap: Bitmap): void {
    const rowBytes = Math.ceil(bitmap.width / 8);
    for (let from = 0; from < bitmap.height; from += bandRows) {
      const to = Math.min(bitmap.height, from + bandRows);
      const rows = to - from;
      this.printer.append(Buffer.from([0x1d, 0x76, 0x30, 0, rowBytes & 0xff, rowBytes >> 8, rows & 0xff, rows >> 8]));
      this.printer.append(bitmap.packRows(from, to));
    }
  }

  /**
   * Code128 set B with its text below, centred. The widest module (3 to 1 dots) that fits the
   * printable width: the unprintable edge of the roll (4–5 mm) gives the quiet zone. A slip
   * number on 58 mm paper drops to one-dot modules rather than not printing at all.
   */
  code128(data: string): void {
    const modules = code128Overhead + 11 * data.length;
    const width = [3, 2, 1].find((w) => modules * w <= this.paperDots);
    if (width === undefined) throw new RangeError(`Barcode "${data}" is too long for ${this.paperDots}-dot paper`);
    const settings: EpsonCode128Settings = { hriPos: 2, hriFont: 0, width, height: barcodeHeight };
    this.printer.alignCenter();
    // In GS k data "{" starts a code-set switch; a literal one is sent twice.
    this.printer.code128(data.replaceAll('{', '{{'), settings as unknown as Parameters<ThermalPrinter['code128']>[1]);
    this.printer.alignLeft();
  }

  /** Model 2, error correction M, centred; `cell` dots a module. */
  qr(data: string, cell: number): void {
    this.printer.alignCenter();
    this.printer.printQR(data, { model: 2, correction: 'M', cellSize: cell });
    this.printer.alignLeft();
  }

  /** Feeds the last lines past the cutter, then a partial cut (which also resets the printer). */
  cut(): void {
    this.printer.partialCut();
  }

  bytes(): Buffer {
    return this.printer.getBuffer();
  }
}
