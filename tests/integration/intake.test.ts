// Dossier intake below the screens: a real ledger file, the real catalogue, tariff and
// calendar, and receipts printed on the virtual ESC/POS printer over loopback TCP.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatS10 } from '../../shared/identity/s10';
import { parseSlipNumber } from '../../shared/identity/slip-number';
import { counterWithStaff, key, ok, type StaffedCounter } from '../support/counter-fixture';
import { applicant, filledForm, printingCounterEachTest, weigh } from '../support/intake-fixture';
import type { DecodedItem } from '../support/escpos-decoder';
import type { VirtualPrinter } from '../support/virtual-printer';

let c: StaffedCounter;
let printer: VirtualPrinter;
printingCounterEachTest((made) => ({ c, printer } = made));

const entries = () => c.app.services.ledger.count();
const dossierRows = () => (c.app.services.db.prepare('SELECT count(*) AS n FROM dossiers').get() as { n: number }).n;
const payloads = (items: DecodedItem[], type: 'code128' | 'qr') => items.flatMap((i) => (i.type === type ? [i.data] : []));

describe('intake commit', () => {
  it('records the dossier, prints both copies with the slip and S10 barcodes and a QR tied to the ledger entry', async () => {
    const form = await filledForm(c);
    const quote = ok(await c.screen('clerk', 'intake.quote', form));
    expect(quote.missingPapers).toEqual([]);
    expect(quote.fees.totalVnd).toBe(135_000);
    expect(quote.totalVnd).toBe(quote.fees.totalVnd + quote.postal.totalVnd);
    expect(quote.preview.blocks).toContainEqual({ kind: 'field', label: 'Hình thức thanh toán', value: 'Tiền mặt' });
    // Before a payment is chosen the preview says so rather than guessing one.
    const { payment: _chosen, ...unpaid } = form;
    expect(ok(await c.screen('clerk', 'intake.quote', unpaid)).preview.blocks).toContainEqual({ kind: 'field', label: 'Hình thức thanh toán', value: 'Chưa chọn' });

    const done = ok(await c.screen('clerk', 'intake.commit', { ...form, idempotencyKey: key('commit') }));
    const { dossier } = done;
    expect(parseSlipNumber(dossier.slipNumber)).toEqual({ officeCode: '360000', counterNumber: 3, day: '261127', sequence: 1 });
    expect(dossier.s10).toBe(formatS10('RR', 12_345_000));
    expect(dossier.applicantName).toBe('Nguyễn Thị Hoà');
    expect(dossier.payment).toEqual({ method: 'cash', tenderedVnd: 500_000, changeVnd: 500_000 - quote.totalVnd });
    expect(dossier.dueDate).toBe(quote.due.dueDate);
    expect(done.receipts.map((r) => r.copyLabel)).toEqual(['Liên 1: giao người gửi', 'Liên 2: đính kèm hồ sơ']);

    await printer.waitForJobs(1, 10_000);
    const job = printer.jobs[0]!;
    expect(payloads(job.decoded.items, 'code128')).toEqual([dossier.slipNumber, dossier.s10, dossier.slipNumber, dossier.s10]);
    const [qr] = payloads(job.decoded.items, 'qr');
    const entry = c.app.services.db.prepare("SELECT hash FROM entries WHERE kind = 'dossier.received'").get() as { hash: string };
    expect(qr).toBe(`${dossier.slipNumber}|${dossier.s10}|${entry.hash.slice(0, 16)}`);
    expect(job.decoded.items.filter((i) => i.type === 'cut')).toHaveLength(2);

    const jobs = ok(await c.screen('clerk', 'intake.get', { slipNumber: dossier.slipNumber })).jobs;
    await expect.poll(async () => ok(await c.screen('clerk', 'intake.get', { slipNumber: dossier.slipNumber })).jobs.map((j) => j.state)).toEqual(['printed']);
    expect(jobs).toHaveLength(1);
    expect(c.entryKinds().filter((k) => k.startsWith('dossier.') || k.startsWith('print'))).toEqual(['dossier.received', 'print.printed']);
  });

  it('three quick presses of "Lưu và in" (same key) make one dossier and one print job', async () => {
    const form = await filledForm(c);
    const k = key('triple');
    const results = await Promise.all([1, 2, 3].map(() => c.screen('clerk', 'intake.commit', { ...form, idempotencyKey: k })));
    const slips = results.map((r) => ok(r).dossier.slipNumber);
    expect(new Set(slips).size).toBe(1);
    expect(new Set(results.map((r) => ok(r).printJobId)).size).toBe(1);
    expect(dossierRows()).toBe(1);
    await printer.waitForJobs(1, 10_000);
    await new Promise((r) => setTimeout(r, 500));
    expect(printer.jobs).toHaveLength(1);
    expect(ok(await c.screen('clerk', 'print.jobs', {})).jobs).toHaveLength(1);
  });

  it('gives each dossier the next slip sequence and the next S10 of the range', async () => {
    const a = ok(await c.screen('clerk', 'intake.commit', { ...(await filledForm(c)), idempotencyKey: key() })).dossier;
    const b = ok(await c.screen('clerk', 'intake.commit', { ...(await filledForm(c)), idempotencyKey: key() })).dossier;
    expect(parseSlipNumber(b.slipNumber)?.sequence).toBe(2);
    expect(Number(b.s10.slice(2, 10))).toBe(Number(a.s10.slice(2, 10)) + 1);
    expect(ok(await c.screen('clerk', 'intake.recent', {})).dossiers.map((d) => d.slipNumber)).toEqual([b.slipNumber, a.slipNumber]);
  });
});

describe('intake settings', () => {
  it('offers the routes that have both a transit time and a price, and the next S10 of the range', async () => {
    const settings = ok(await c.screen('clerk', 'intake.settings', {}));
    const priced = ok(await c.screen('clerk', 'tariff.info', {})).routes.map((r) => r.id);
    expect(settings.routes.map((r) => r.id)).toEqual(['same-commune', 'within-province', 'inter-province']);
    expect(settings.routes.every((r) => priced.includes(r.id) && r.transitDays > 0)).toBe(true);
    expect(settings).toMatchObject({ defaultRoute: 'within-province', nextS10: formatS10('RR', 12_345_000), remaining: 1000 });
  });
});

describe('intake refusals leave the ledger unchanged', () => {
  it('a missing required paper: no dossier; the guidance slip is the way forward', async () => {
    const form = await filledForm(c);
    const before = entries();
    const r = await c.screen('clerk', 'intake.commit', { ...form, papers: form.papers.slice(1), idempotencyKey: key() });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('PAPERS_MISSING');
    expect(r.error.message).toMatch(/^Hồ sơ còn thiếu 1 giấy tờ bắt buộc/);
    expect(r.error.message).toContain('phiếu hướng dẫn');
    expect(entries()).toBe(before);
    expect(dossierRows()).toBe(0);
    // The summary screen names the missing paper before the clerk even tries.
    expect(ok(await c.screen('clerk', 'intake.quote', { ...form, papers: form.papers.slice(1) })).missingPapers.map((m) => m.index)).toEqual([0]);
  });

  it.each([
    [{ applicant: { ...applicant, idNumber: '01419000123' } }, 'applicant.idNumber', 'Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số.'],
    [{ applicant: { ...applicant, idNumber: '003190001234' } }, 'applicant.idNumber', 'Ba chữ số đầu của số CCCD không phải mã tỉnh nơi đăng ký khai sinh.'],
    [{ applicant: { ...applicant, phone: '0112345678' } }, 'applicant.phone', 'Đầu số di động không tồn tại tại Việt Nam.'],
    [{ s10: 'RR123456784VN' }, 's10', 'Số hiệu bưu gửi sai chữ số kiểm tra: có thể đọc hoặc gõ nhầm. Quét lại nhãn.'],
    [{ payment: { method: 'cash', tenderedVnd: 1000.5 } }, 'payment.tenderedVnd', 'Số tiền phải là số đồng nguyên, không âm.'],
  ])('%o is refused with a Vietnamese message on %s', async (over, path, message) => {
    const form = await filledForm(c);
    const before = entries();
    const r = await c.screen('clerk', 'intake.commit', { ...form, ...over, idempotencyKey: key() } as never);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_INPUT');
    expect(r.error.issues).toContainEqual({ path, message: expect.stringContaining(message) });
    expect(entries()).toBe(before);
  });

  it('cash short of the total, a weighing used twice, a label used twice, a changed catalogue', async () => {
    const form = await filledForm(c);
    // The summary shows the total whatever was tendered; the commit refuses a short payment.
    expect(ok(await c.screen('clerk', 'intake.quote', { ...form, payment: { method: 'cash', tenderedVnd: 1000 } })).totalVnd).toBeGreaterThan(1000);
    const short = await c.screen('clerk', 'intake.commit', { ...form, payment: { method: 'cash', tenderedVnd: 1000 }, idempotencyKey: key() });
    expect(!short.ok && short.error.message).toMatch(/^Tiền khách đưa \(1\.000\s₫\) ít hơn số phải thu/);

    const first = ok(await c.screen('clerk', 'intake.commit', { ...form, s10: 'RR123456785VN', idempotencyKey: key() })).dossier;
    const before = entries();
    const again = await c.screen('clerk', 'intake.commit', { ...form, idempotencyKey: key() });
    expect(!again.ok && again.error.code).toBe('WEIGHT_ALREADY_USED');
    const label = await c.screen('clerk', 'intake.commit', { ...form, weightSeq: await weigh(c), s10: 'RR123456785VN', idempotencyKey: key() });
    expect(!label.ok && label.error.message).toBe(`Số hiệu bưu gửi RR123456785VN đã dùng cho hồ sơ ${first.slipNumber}.`);
    expect(entries()).toBe(before + 1); // only the second weighing

    const stale = await c.screen('clerk', 'intake.commit', { ...form, snapshotHash: 'f'.repeat(64), weightSeq: await weigh(c), idempotencyKey: key() });
    expect(!stale.ok && stale.error.code).toBe('CHECKLIST_CHANGED');
  });

  it('a procedure with alternative fee rates needs the clerk to pick one', async () => {
    const form = await filledForm(c, '1.001193');
    const r = await c.screen('clerk', 'intake.quote', form);
    expect(!r.ok && r.error.message).toBe('Thủ tục này có 2 mức phí, lệ phí. Hãy chọn mức áp dụng cho hồ sơ.');
    expect(ok(await c.screen('clerk', 'intake.quote', { ...form, feeIndex: 1 })).fees.totalVnd).toBe(8000);
    const exempt = ok(await c.screen('clerk', 'intake.quote', { ...form, feeIndex: 1, feeExemptionReason: 'Hộ nghèo' }));
    expect(exempt.fees).toMatchObject({ totalVnd: 0, exempt: true });
  });

  it('without a range and without a scanned label there is no S10 to give', async () => {
    const bare = await intakeCounterWithoutRange();
    const form = await filledForm(bare);
    const r = await bare.screen('clerk', 'intake.commit', { ...form, idempotencyKey: key() });
    expect(!r.ok && r.error.code).toBe('S10_RANGE_NOT_SET');
    expect(ok(await bare.screen('clerk', 'intake.commit', { ...form, s10: 'EE123456785VN', idempotencyKey: key() })).dossier.s10).toBe('EE123456785VN');
    bare.close();
  });
});

describe('deadlines on the slip', () => {
  it('after 15:00 the slip counts from the next working day', async () => {
    c.clock.ms = Date.parse('2026-11-27T08:30:00Z'); // 15:30 on a Friday in Sơn La
    ok(await c.screen('clerk', 'auth.signIn', { userId: c.clerkId, pin: '1357', idempotencyKey: key('again') })); // the clock jump locked the screen
    const due = ok(await c.screen('clerk', 'intake.quote', await filledForm(c))).due;
    expect(due).toMatchObject({ afterCutoff: true, receiptDay: '2026-11-30' });
  });
});

describe('reprints and the PDF', () => {
  it('a reprint is a ledger entry, marked with its number and reason; the PDF carries the name and the expected date', async () => {
    const { dossier } = ok(await c.screen('clerk', 'intake.commit', { ...(await filledForm(c)), idempotencyKey: key() }));
    await printer.waitForJobs(1, 10_000);
    const re = ok(await c.screen('clerk', 'intake.reprint', { slipNumber: dossier.slipNumber, reason: 'Người gửi làm mất phiếu', idempotencyKey: key() }));
    expect(re.reprintNumber).toBe(1);
    await printer.waitForJobs(2, 10_000);
    expect(payloads(printer.jobs[1]!.decoded.items, 'code128')).toEqual([dossier.slipNumber, dossier.s10]);
    const reprinted = c.app.services.db.prepare("SELECT payload FROM entries WHERE kind = 'dossier.receipt_reprinted'").get() as { payload: string };
    expect(JSON.parse(reprinted.payload)).toMatchObject({ slipNumber: dossier.slipNumber, number: 1, reason: 'Người gửi làm mất phiếu' });

    const pdf = ok(await c.screen('clerk', 'intake.receiptPdf', { slipNumber: dossier.slipNumber, idempotencyKey: key() }));
    const dir = mkdtempSync(join(tmpdir(), 'receipt-'));
    try {
      writeFileSync(join(dir, 'r.pdf'), Buffer.from(pdf.pdfBase64, 'base64'));
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).normalize('NFC');
      expect(text).toContain('Nguyễn Thị Hoà');
      expect(text).toContain(dossier.dueDate.split('-').reverse().join('/'));
      // The dossier's first PDF is an original, even after a printed reprint.
      expect(text).not.toContain('IN LẠI');
      expect(text).toContain(dossier.slipNumber);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

async function intakeCounterWithoutRange(): Promise<StaffedCounter> {
  const bare = await counterWithStaff();
  ok(await bare.screen('clerk', 'auth.signIn', { userId: bare.clerkId, pin: '1357', idempotencyKey: key('in') }));
  return bare;
}
