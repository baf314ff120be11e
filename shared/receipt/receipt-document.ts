// One receipt document model, rendered three ways: ESC/POS for thermal printers, an A5 PDF,
// and the on-screen preview. Builders decide the content; renderers only decide the look, so
// the printed paper, the PDF and the preview cannot disagree.
import { z } from 'zod';

const align = z.enum(['left', 'center', 'right']);

export const receiptBlock = z.discriminatedUnion('kind', [
  /** A title line: bold and larger. */
  z.object({ kind: z.literal('heading'), text: z.string(), align: align.default('center') }),
  z.object({ kind: z.literal('text'), text: z.string(), bold: z.boolean().default(false), align: align.default('left'), size: z.enum(['small', 'normal']).default('normal') }),
  /** "Label: value"; the value wraps under itself. */
  z.object({ kind: z.literal('field'), label: z.string(), value: z.string() }),
  z.object({
    kind: z.literal('table'),
    columns: z.array(z.object({ header: z.string(), align, weight: z.number().positive() })),
    rows: z.array(z.array(z.string())),
  }),
  /** Money lines, amounts right-aligned and formatted by the renderer (whole VND). */
  z.object({ kind: z.literal('amounts'), rows: z.array(z.object({ label: z.string(), vnd: z.number().int(), bold: z.boolean().default(false) })) }),
  z.object({ kind: z.literal('barcode'), symbology: z.literal('code128'), data: z.string().regex(/^[\x20-\x7e]{1,80}$/), caption: z.string() }),
  z.object({ kind: z.literal('qr'), data: z.string().max(500), caption: z.string().nullable().default(null) }),
  z.object({ kind: z.literal('rule') }),
  /** Boxes for the signatures of each party, side by side. */
  z.object({ kind: z.literal('signatures'), parties: z.array(z.string()).min(1).max(3) }),
]);

export const receiptDocument = z.object({
  /** What the paper is, e.g. "PHIẾU GỬI HỒ SƠ". */
  title: z.string(),
  /** Which copy this is, e.g. "Liên 1: giao người gửi". */
  copyLabel: z.string().nullable(),
  /** A reprint says so on the paper, with its number and reason. */
  reprint: z.object({ number: z.number().int().positive(), reason: z.string() }).nullable(),
  /** Printed from sample data (catalogue or tariff): the paper must say so. */
  sample: z.boolean(),
  blocks: z.array(receiptBlock),
});

export type ReceiptBlock = z.output<typeof receiptBlock>;
export type ReceiptDocument = z.output<typeof receiptDocument>;
