// Fees charged per unit on top of the rate (the criminal-record certificate's "5.000 đồng per
// certificate from the third"), through the dispatcher into the ledger and onto the receipt.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReceiptDocument } from '../../shared/receipt/receipt-document';
import { key, ok, type StaffedCounter } from '../support/counter-fixture';
import { filledForm, intakeCounter } from '../support/intake-fixture';

let c: StaffedCounter;
beforeEach(async () => {
  c = await intakeCounter();
});
afterEach(() => c.close());

const entries = () => c.app.services.ledger.count();

/** The criminal-record certificate, found by its name as a clerk would. */
async function criminalRecordCode(): Promise<string> {
  const { hits } = ok(await c.screen('clerk', 'catalogue.search', { query: 'cấp phiếu lý lịch tư pháp' }));
  return hits.find((h) => h.name.startsWith('Cấp Phiếu lý lịch tư pháp cho công dân'))!.code;
}

const feeRows = (doc: ReceiptDocument) => {
  const i = doc.blocks.findIndex((b) => b.kind === 'text' && b.text.startsWith('PHÍ, LỆ PHÍ'));
  const amounts = doc.blocks.slice(i).find((b) => b.kind === 'amounts');
  return amounts?.kind === 'amounts' ? amounts.rows.map((r) => [r.label, r.vnd]) : [];
};

describe('a fee added per unit on top of the rate', () => {
  it('four certificates: the base fee plus 2 × 5.000 đ, in the ledger record and on the receipt (and its reprint)', async () => {
    const code = await criminalRecordCode();
    const { procedure } = ok(await c.screen('clerk', 'catalogue.show', { code }));
    const extra = procedure.fees.findIndex((f) => f.additive);
    expect(procedure.fees[extra]).toMatchObject({ amountVnd: 5_000, additive: true });
    const form = { ...(await filledForm(c, code)), feeIndex: 0, feeAdditions: [{ index: extra, count: 2 }] };

    const quote = ok(await c.screen('clerk', 'intake.quote', form));
    expect(quote.fees.totalVnd).toBe(200_000 + 2 * 5_000);
    expect(quote.totalVnd).toBe(210_000 + quote.postal.totalVnd);

    const done = ok(await c.screen('clerk', 'intake.commit', { ...form, idempotencyKey: key('lltp') }));
    expect(done.dossier.feesVnd).toBe(210_000);
    const entry = c.app.services.db.prepare("SELECT payload FROM entries WHERE kind = 'dossier.received'").get() as { payload: string };
    const recorded = JSON.parse(entry.payload) as { fees: { totalVnd: number; feeIndex: number; additions: unknown[]; lines: { label: string; vnd: number }[] } };
    expect(recorded.fees).toMatchObject({ totalVnd: 210_000, feeIndex: 0, additions: [{ index: extra, count: 2, unitVnd: 5_000 }] });

    const expected = [
      ['Phí cung cấp thông tin lý lịch tư pháp: 200.000 đồng/lần/người (Thông tư 244/2016/TT-BTC)', 200_000],
      [expect.stringMatching(/^Yêu cầu cấp trên 02 Phiếu.*thu thêm 5\.000 đồng\/Phiếu.* \(2 × 5\.000\s?₫\)$/), 10_000],
      ['Cộng phí, lệ phí', 210_000],
    ];
    expect(feeRows(done.receipts[0]!)).toEqual(expected);
    // A reprint is drawn again from the record: the same lines.
    expect(feeRows(ok(await c.screen('clerk', 'intake.get', { slipNumber: done.dossier.slipNumber })).receipts[0]!)).toEqual(expected);
  });

  it('a count on an alternative rate, or the add-on line chosen as the rate, is refused and nothing is recorded', async () => {
    const code = await criminalRecordCode();
    const form = await filledForm(c, code);
    const before = entries();
    const counted = await c.screen('clerk', 'intake.commit', { ...form, feeIndex: 0, feeAdditions: [{ index: 1, count: 2 }], idempotencyKey: key() });
    expect(!counted.ok && counted.error.code).toBe('FEE_NOT_ADDITIVE');
    expect(!counted.ok && counted.error.message).toMatch(
      /^Mức phí số 2 \(100\.000\s₫\) là một mức thay thế, không cộng thêm theo số lượng: không nhập số lượng cho mức này\.$/,
    );
    const asRate = await c.screen('clerk', 'intake.quote', { ...form, feeIndex: 3 }, 'en');
    expect(!asRate.ok && asRate.error.message).toMatch(/^Fee line 4 \(5\.000\s₫\) is only charged per unit on top, not a rate of its own\. Choose the main rate\.$/);
    const zero = await c.screen('clerk', 'intake.quote', { ...form, feeIndex: 0, feeAdditions: [{ index: 3, count: 0 }] });
    expect(!zero.ok && zero.error.issues).toEqual([{ path: 'feeAdditions.0.count', message: 'Số lượng tính phí cộng thêm phải là số nguyên từ 1 đến 999.' }]);
    // Without a choice, the rates to choose from are the three alternatives, not the add-on.
    const unchosen = await c.screen('clerk', 'intake.quote', form);
    expect(!unchosen.ok && unchosen.error.message).toBe('Thủ tục này có 3 mức phí, lệ phí. Hãy chọn mức áp dụng cho hồ sơ.');
    expect(entries()).toBe(before);
  });
});
