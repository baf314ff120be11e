// An A5 (or A4) PDF in the bundled font, for every paper the counter makes as PDF.
import PDFDocument from 'pdfkit';
import { join } from 'node:path';
import { fontFiles } from './receipt-fonts';

export type Pdf = InstanceType<typeof PDFDocument>;

/** A document with the fonts 'regular' and 'bold' registered, and the bytes it will hold once ended. */
export function openA5Pdf(
  fontsDir: string,
  options: { margin: number; info: PDFKit.DocumentInfo; bufferPages?: boolean; /** A4 for records filed with an agency (the handover record). */ size?: 'A5' | 'A4' },
): { doc: Pdf; done: Promise<Buffer> } {
  const doc = new PDFDocument({
    // Our font from the start: pdfkit's default Helvetica is read from files next to its own
    // code, which are not there once the services are bundled.
    font: join(fontsDir, fontFiles.regular),
    size: options.size ?? 'A5',
    bufferPages: options.bufferPages ?? false,
    margins: { top: options.margin, bottom: options.margin, left: options.margin, right: options.margin },
    info: { Creator: 'OneStop Counter', ...options.info },
  });
  doc.registerFont('regular', join(fontsDir, fontFiles.regular));
  doc.registerFont('bold', join(fontsDir, fontFiles.bold));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}
