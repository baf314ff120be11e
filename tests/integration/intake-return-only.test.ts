// The "return only" service (Decision 45/2016/QĐ-TTg art. 5): the citizen filed the dossier at
// the agency; the post collects the result there and brings it back. Through the dispatcher.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReceiptDocument } from '../../shared/receipt/receipt-document';
import { key, ok, type StaffedCounter } from '../support/counter-fixture';
import { filledForm, intakeCounter } from '../support/intake-fixture';

let c: StaffedCounter;
beforeEach(async () => {
  c = await intakeCounter();
});
afterEach(() => c.close());

const field = (doc: ReceiptDocument, label: string) => doc.blocks.flatMap((b) => (b.kind === 'field' && b.label === label ? [b.value] : []))[0];
const texts = (doc: ReceiptDocument) => doc.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));

/** The licence form as a return only: no papers (they are at the agency), no fee choice. */
async function returnOnlyForm(filing: { dossierCode: string | null; appointmentDay: string | null } | null) {
  return { ...(await filledForm(c)), service: 'return' as const, papers: [], agencyFiling: filing, returnMethod: { kind: 'home' as const, address: 'Tổ 3, phường Chiềng Lề, tỉnh Sơn La' } };
}

describe('return only', () => {
  it('charges the return leg only, no fee; due on the appointment day plus the return transit; the slip says so', async () => {
    // Friday 27 Nov 2026, 09:00 in Sơn La; the agency's slip says the result is ready on Friday 4 Dec.
    const form = await returnOnlyForm({ dossierCode: '000.00.19.h59-261120-0007', appointmentDay: '2026-12-04' });
    const quote = ok(await c.screen('clerk', 'intake.quote', form));
    expect(quote.missingPapers).toEqual([]);
    expect(quote.fees).toMatchObject({ lines: [], totalVnd: 0 });
    expect(quote.postal.lines.map((l) => l.label)).toEqual(['Trả kết quả, Giữa các xã, phường, đặc khu trong tỉnh: đến 100 g', 'Trả kết quả, Giữa các xã, phường, đặc khu trong tỉnh: mỗi 100 g tiếp theo × 1']);
    const tariff = ok(await c.screen('clerk', 'tariff.quote', { grams: quote.weightGrams, service: 'return', route: 'within-province' }));
    expect(quote.postal.totalVnd).toBe(tariff.chargeVnd); // no fee-forwarding charge: no fee collected
    expect(quote.due).toMatchObject({ receiptDay: '2026-11-27', transitToAgencyDays: 0, atAgencyBy: '2026-11-27', decidedBy: '2026-12-04', returnTransitDays: 2, dueDate: '2026-12-08' });

    const done = ok(await c.screen('clerk', 'intake.commit', { ...form, idempotencyKey: key('return') }));
    expect(done.dossier).toMatchObject({ service: 'return', feesVnd: 0, dueDate: '2026-12-08' });
    const entry = c.app.services.db.prepare("SELECT payload FROM entries WHERE kind = 'dossier.received'").get() as { payload: string };
    expect(JSON.parse(entry.payload)).toMatchObject({ service: 'return', agencyFiling: { dossierCode: '000.00.19.H59-261120-0007', appointmentDay: '2026-12-04' }, papers: [] });

    const slip = ok(await c.screen('clerk', 'intake.get', { slipNumber: done.dossier.slipNumber })).receipts[0]!;
    expect(field(slip, 'Dịch vụ')).toBe('Chỉ nhận kết quả (chuyển trả kết quả)');
    expect(field(slip, 'Mã hồ sơ tại cơ quan')).toBe('000.00.19.H59-261120-0007');
    expect(field(slip, 'Ngày hẹn trả của cơ quan')).toBe('04/12/2026');
    expect(field(slip, 'Ngày hẹn trả kết quả (dự kiến)')).toBe('08/12/2026');
    expect(field(slip, 'Trả kết quả')).toBe('Phát tận địa chỉ: Tổ 3, phường Chiềng Lề, tỉnh Sơn La');
    expect(field(slip, 'Chất lượng dịch vụ')).toBe('Nhận kết quả tại cơ quan giải quyết theo ngày hẹn trả và chuyển trả kết quả trong 2 ngày làm việc kể từ ngày cơ quan trả kết quả.');
    expect(texts(slip)).toContain('Phí, lệ phí đã nộp tại cơ quan giải quyết khi nộp hồ sơ; bưu điện không thu.');
    expect(texts(slip)).toContain('Hồ sơ đã nộp tại cơ quan giải quyết; bưu điện nhận kết quả tại cơ quan và chuyển trả cho người gửi.');
  });

  it('without the appointment day the slip gives the latest date, counted as if filed on J, and says the day is unknown', async () => {
    const quote = ok(await c.screen('clerk', 'intake.quote', await returnOnlyForm(null)));
    const { procedure } = ok(await c.screen('clerk', 'catalogue.show', { code: (await filledForm(c)).procedureCode }));
    const sent = ok(await c.screen('clerk', 'calendar.due', { receivedAt: '2026-11-27T09:00:00+07:00', procedureCode: procedure.code, service: 'send' }));
    // The same processing time, counted from J rather than from the day the post would reach the agency.
    expect(quote.due).toMatchObject({ transitToAgencyDays: 0, atAgencyBy: '2026-11-27', returnTransitDays: 2 });
    expect(quote.due.decidedBy < sent.decidedBy).toBe(true);
    const done = ok(await c.screen('clerk', 'intake.commit', { ...(await returnOnlyForm(null)), idempotencyKey: key() }));
    expect(field(done.receipts[0]!, 'Mã hồ sơ tại cơ quan')).toBe('Chưa có');
    expect(field(done.receipts[0]!, 'Ngày hẹn trả của cơ quan')).toMatch(/^Chưa rõ/);
  });

  it('refuses a fee choice on a return only, filing details on another service, and a day that does not exist', async () => {
    const before = c.app.services.ledger.count();
    const fee = await c.screen('clerk', 'intake.commit', { ...(await returnOnlyForm(null)), feeIndex: 0, idempotencyKey: key() });
    expect(!fee.ok && fee.error.message).toBe('Dịch vụ chỉ nhận kết quả: phí, lệ phí đã nộp tại cơ quan giải quyết khi nộp hồ sơ, quầy không thu. Bỏ chọn mức phí.');
    const both = await c.screen('clerk', 'intake.commit', { ...(await filledForm(c)), agencyFiling: { dossierCode: 'X-1', appointmentDay: null }, idempotencyKey: key() }, 'en');
    expect(!both.ok && both.error.code).toBe('FILING_ONLY_FOR_RETURN');
    const day = await c.screen('clerk', 'intake.quote', await returnOnlyForm({ dossierCode: null, appointmentDay: '2026-02-30' }));
    expect(!day.ok && day.error.issues?.map((i) => i.path)).toEqual(['agencyFiling.appointmentDay']);
    expect(c.app.services.ledger.count()).toBe(before + 3); // only the three weighings
  });
});
