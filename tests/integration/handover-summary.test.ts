// The handover's thermal summary on the receipt printer (the virtual ESC/POS printer over
// loopback TCP): signing a batch prints it once, with the batch number as Code128 and a line per
// dossier, and ledger verify rebuilds its print job from the sign entry.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderEscPos } from '../../electron/services/printing/escpos';
import { renderReceiptPdf } from '../../electron/services/printing/receipt-pdf';
import { key, ok, type StaffedCounter } from '../support/counter-fixture';
import { decodeEscPos, itemsOf, splitDocuments, stitchDocument } from '../support/escpos-decoder';
import { filledForm, printingCounterEachTest } from '../support/intake-fixture';
import { pdfText } from '../support/pdf-content';
import { saveArtifact, type VirtualPrinter } from '../support/virtual-printer';

const fontsDir = join(__dirname, '..', '..', 'resources', 'fonts');

let c: StaffedCounter;
let printer: VirtualPrinter;
printingCounterEachTest((made) => ({ c, printer } = made));

async function receive() {
  return ok(await c.screen('clerk', 'intake.commit', { ...(await filledForm(c)), idempotencyKey: key('commit') })).dossier;
}

describe('the handover thermal summary', () => {
  it('prints once when a batch is signed, with the batch number as Code128 and both slips listed', async () => {
    const a = await receive();
    const b = await receive();
    const batch = ok(await c.screen('clerk', 'handover.add', { batchNumber: null, scan: a.slipNumber, idempotencyKey: key('add') })).batchNumber;
    ok(await c.screen('clerk', 'handover.add', { batchNumber: batch, scan: b.s10, idempotencyKey: key('add') }));
    const signKey = key('sign');
    const signed = ok(await c.screen('clerk', 'handover.sign', { batchNumber: batch, receiverName: 'Quàng Văn Minh', idempotencyKey: signKey }));
    // Enter pressed again: the same answer, one job.
    expect(ok(await c.screen('clerk', 'handover.sign', { batchNumber: batch, receiverName: 'Quàng Văn Minh', idempotencyKey: signKey }))).toEqual(signed);

    // The two receipts, then the summary.
    const jobs = await printer.waitForJobs(3, 15_000);
    const summaries = jobs.filter((j) => itemsOf(j.decoded.items, 'code128').some((bar) => bar.data === batch));
    expect(summaries).toHaveLength(1);
    const paper = splitDocuments(summaries[0]!.decoded);
    expect(paper).toHaveLength(1);
    expect(itemsOf(paper[0]!.items, 'code128').map((bar) => bar.data)).toEqual([batch]);

    // Its one job is printed, so nothing is left to print it a second time.
    await expect.poll(() => c.app.services.db.prepare("SELECT reference, copies, state FROM print_jobs WHERE kind = 'handoverSummary'").all()).toEqual([
      { reference: batch, copies: 1, state: 'printed' },
    ]);
    expect(printer.jobs).toHaveLength(3);

    // The paper is the summary document drawn for the batch, and that document names both
    // dossiers (slip, applicant, procedure code), the department, the receiver and the totals.
    const doc = c.app.services.handover.summaryDocument(batch);
    const expected = splitDocuments(decodeEscPos(renderEscPos([doc], { paperWidth: 80, fontsDir })));
    const printed = stitchDocument(paper[0]!.items, { paperDots: 576 }).png;
    saveArtifact('handover-summary-80mm', printed);
    expect(printed.equals(stitchDocument(expected[0]!.items, { paperDots: 576 }).png)).toBe(true);
    const text = pdfText(await renderReceiptPdf([doc], fontsDir));
    expect(text).toContain('BIÊN BẢN GIAO NHẬN HỒ SƠ');
    expect(text).toContain('Bản tóm tắt');
    expect(text).toContain(`Số biên bản: ${batch}`);
    expect(text).toContain('Bộ phận Một cửa — Công an tỉnh Sơn La (Phòng Cảnh sát giao thông)');
    expect(text).toContain('Quàng Văn Minh');
    for (const [i, d] of [a, b].entries()) expect(text).toMatch(new RegExp(`${i + 1}\\. ${d.slipNumber} — ${d.applicantName} — 3\\.000347`));
    expect(text).toMatch(/Tổng số hồ sơ:\s+2/);
    expect(text).toContain('Bên nhận');

    expect(ok(await c.console('ledger.verify', {}))).toMatchObject({ ok: true });
    // A summary job no sign entry explains is named by verify.
    c.app.services.db.prepare("UPDATE print_jobs SET reference = 'X' WHERE kind = 'handoverSummary'").run();
    const report = ok(await c.console('ledger.verify', {}));
    expect(report.ok).toBe(false);
    expect(JSON.stringify(report)).toContain('print_jobs');
  });
});
