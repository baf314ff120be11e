// The receipt as a PDF from a saved dossier: the first PDF is an original copy (no reprint mark,
// recorded as an issued PDF), later PDFs are reprints numbered together with the printed ones.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { key, ok, type StaffedCounter } from '../support/counter-fixture';
import { filledForm, printingCounterEachTest } from '../support/intake-fixture';

let c: StaffedCounter;
const dir = mkdtempSync(join(tmpdir(), 'receipt-pdf-issue-'));
printingCounterEachTest((made) => ({ c } = made));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The PDF's text as poppler reads it, asked for with the given idempotency key. */
async function pdfText(slipNumber: string, idempotencyKey: string): Promise<string> {
  const pdf = ok(await c.screen('clerk', 'intake.receiptPdf', { slipNumber, idempotencyKey }));
  const file = join(mkdtempSync(join(dir, 'pdf-')), 'r.pdf');
  writeFileSync(file, Buffer.from(pdf.pdfBase64, 'base64'));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC');
}

const entriesOf = (kind: string) =>
  (c.app.services.db.prepare('SELECT payload FROM entries WHERE kind = ? ORDER BY seq').all(kind) as { payload: string }[]).map((e) => JSON.parse(e.payload) as unknown);

describe('receipt PDF of a saved dossier', () => {
  it('the first PDF is an original; later PDFs and printed reprints are "IN LẠI LẦN n" in one numbering', async () => {
    const { dossier } = ok(await c.screen('clerk', 'intake.commit', { ...(await filledForm(c)), idempotencyKey: key() }));
    const slip = dossier.slipNumber;

    const firstKey = key('pdf');
    const first = await pdfText(slip, firstKey);
    expect(first).toContain('PHIẾU GỬI HỒ SƠ');
    expect(first).toContain(slip);
    expect(first).not.toContain('IN LẠI');
    expect(entriesOf('dossier.receipt_pdf_issued')).toEqual([{ slipNumber: slip }]);
    expect(entriesOf('dossier.receipt_reprinted')).toEqual([]);
    // The same request again (a double click) is the same original, posted once.
    expect(await pdfText(slip, firstKey)).toBe(first);
    expect(entriesOf('dossier.receipt_pdf_issued')).toHaveLength(1);

    expect(await pdfText(slip, key('pdf'))).toContain('BẢN IN LẠI LẦN 1 — Lý do: Bản PDF');
    const printed = ok(await c.screen('clerk', 'intake.reprint', { slipNumber: slip, reason: 'Người gửi làm mất phiếu', idempotencyKey: key() }));
    expect(printed.reprintNumber).toBe(2);
    expect(await pdfText(slip, key('pdf'))).toContain('BẢN IN LẠI LẦN 3 — Lý do: Bản PDF');
    expect(entriesOf('dossier.receipt_reprinted')).toEqual([
      { slipNumber: slip, number: 1, reason: 'Bản PDF', channel: 'pdf' },
      { slipNumber: slip, number: 2, reason: 'Người gửi làm mất phiếu', channel: 'printer' },
      { slipNumber: slip, number: 3, reason: 'Bản PDF', channel: 'pdf' },
    ]);
    expect(entriesOf('dossier.receipt_pdf_issued')).toHaveLength(1);
  });
});
