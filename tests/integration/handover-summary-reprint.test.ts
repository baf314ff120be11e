// Reprinting a signed batch's thermal summary on the receipt printer (the virtual ESC/POS printer
// over loopback TCP): a reason, one entry numbered among the batch's reprints, a paper marked
// "BẢN IN LẠI LẦN n — Lý do: …" and otherwise the same summary; Enter pressed twice prints once;
// a batch not signed yet, or no reason, is refused with nothing recorded; ledger verify rebuilds
// the reprint's print job from its entry.
import { join } from 'node:path';
import { expect, it } from 'vitest';
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

const entryCount = () => c.app.services.db.prepare('SELECT count(*) FROM entries').pluck().get() as number;
const reprint = (batchNumber: string, reason: string, idempotencyKey = key('reprint'), lang: 'vi' | 'en' = 'vi') =>
  c.screen('clerk', 'handover.reprintSummary', { batchNumber, reason, idempotencyKey }, lang);
/** The summary papers the printer received for the batch (found by the Code128 of its number). */
const summariesOf = (batch: string) => printer.jobs.filter((j) => itemsOf(j.decoded.items, 'code128').some((bar) => bar.data === batch));
const pixels = (items: Parameters<typeof stitchDocument>[0]) => stitchDocument(items, { paperDots: 576 }).png;

it('reprints the summary of a signed batch with its number and reason, once per request', async () => {
  const dossier = ok(await c.screen('clerk', 'intake.commit', { ...(await filledForm(c)), idempotencyKey: key('commit') })).dossier;
  const batch = ok(await c.screen('clerk', 'handover.add', { batchNumber: null, scan: dossier.slipNumber, idempotencyKey: key('add') })).batchNumber;

  // Not signed yet: no summary was printed, so there is none to print again.
  const before = entryCount();
  const early = await reprint(batch, 'Khách cần bản tóm tắt');
  expect(early).toMatchObject({ ok: false, error: { code: 'HANDOVER_BATCH_NOT_SIGNED', message: `Lô ${batch} chưa ký nhận nên chưa in bản tóm tắt; ký nhận lô trước khi in lại.` } });
  expect((await reprint(batch, 'x', key('reprint'), 'en')).ok || 'refused').toBe('refused');
  expect(entryCount()).toBe(before);

  ok(await c.screen('clerk', 'handover.sign', { batchNumber: batch, receiverName: 'Quàng Văn Minh', idempotencyKey: key('sign') }));
  await printer.waitForJobs(2, 15_000); // the receipt, then the summary

  // No reason: refused, nothing recorded.
  await expect.poll(() => c.app.services.db.prepare("SELECT state FROM print_jobs WHERE kind = 'handoverSummary'").pluck().get()).toBe('printed');
  const signed = entryCount();
  const blank = await reprint(batch, '   ');
  expect(blank).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  expect(entryCount()).toBe(signed);

  // Enter pressed twice: the same answer, one entry, one paper.
  const k = key('reprint');
  const first = ok(await reprint(batch, 'Bản tóm tắt bị rách', k));
  expect(first).toMatchObject({ batchNumber: batch, reprintNumber: 1 });
  expect(ok(await reprint(batch, 'Bản tóm tắt bị rách', k))).toEqual(first);
  await printer.waitForJobs(3, 15_000);
  const entries = c.app.services.db.prepare("SELECT payload FROM entries WHERE kind = 'handover.summary_reprinted'").pluck().all() as string[];
  expect(entries.map((p) => JSON.parse(p))).toEqual([{ batchNumber: batch, number: 1, reason: 'Bản tóm tắt bị rách' }]);

  // The paper is the batch's summary with the reprint's mark, and only the mark differs from the original.
  const [original, reprinted] = summariesOf(batch).map((j) => splitDocuments(j.decoded)[0]!.items);
  const marked = c.app.services.handover.summaryDocument(batch, { number: 1, reason: 'Bản tóm tắt bị rách' });
  const expected = splitDocuments(decodeEscPos(renderEscPos([marked], { paperWidth: 80, fontsDir })))[0]!.items;
  saveArtifact('handover-summary-reprint-80mm', pixels(reprinted!));
  expect(pixels(reprinted!).equals(pixels(expected))).toBe(true);
  expect(pixels(reprinted!).equals(pixels(original!))).toBe(false);
  const text = pdfText(await renderReceiptPdf([marked], fontsDir));
  expect(text).toContain('BẢN IN LẠI LẦN 1 — Lý do: Bản tóm tắt bị rách');
  expect(text).toContain(`Số biên bản: ${batch}`);

  // The next reprint is numbered after it; the timeline-free batch still verifies, and a forged job is named.
  expect(ok(await reprint(batch, 'Cơ quan xin thêm một bản'))).toMatchObject({ reprintNumber: 2 });
  await printer.waitForJobs(4, 15_000);
  await expect
    .poll(() => c.app.services.db.prepare("SELECT reprint_number, reprint_reason, state FROM print_jobs WHERE kind = 'handoverSummary' ORDER BY created_at, reprint_number").all())
    .toEqual([
      { reprint_number: null, reprint_reason: null, state: 'printed' },
      { reprint_number: 1, reprint_reason: 'Bản tóm tắt bị rách', state: 'printed' },
      { reprint_number: 2, reprint_reason: 'Cơ quan xin thêm một bản', state: 'printed' },
    ]);
  expect(ok(await c.console('ledger.verify', {}))).toMatchObject({ ok: true });
  c.app.services.db.prepare("UPDATE print_jobs SET reprint_reason = 'Khác' WHERE kind = 'handoverSummary' AND reprint_number = 2").run();
  const forged = ok(await c.console('ledger.verify', {}));
  expect(forged.differences).toContainEqual(expect.objectContaining({ table: 'print_jobs', column: 'reprint_reason', expected: 'Cơ quan xin thêm một bản', found: 'Khác' }));
});
