// The office view over real counters: each its own SQLite ledger, the same post office. A counter
// exports its day as a signed file; another counter's manager imports it and sees the office's
// day; a changed, foreign, own or impostor's file is refused with a message, and nothing is posted.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { counterWithStaff, key, ok, openTestCounter, type TestCounter } from '../support/counter-fixture';
import { filledForm, intakeCounter } from '../support/intake-fixture';
import { csvRecords } from '../support/csv-read';
import { pdfText } from '../support/pdf-content';
import { runCli } from '../support/run-cli';

const day = '2026-11-27';
const opened: TestCounter[] = [];
afterEach(() => opened.splice(0).forEach((c) => c.close()));

/** A set-up counter with its manager signed in on screen 'mgr'. */
async function managedCounter(setup: { officeCode?: string; counterNumber: number }): Promise<TestCounter> {
  const c = openTestCounter();
  opened.push(c);
  ok(await c.screen('mgr', 'setup.initialize', { officeCode: setup.officeCode ?? '360000', officeName: 'Bưu điện tỉnh Sơn La', counterNumber: setup.counterNumber, province: 'Sơn La', managerName: 'Lò Văn Hùng', managerPin: '2468', idempotencyKey: key('setup') }));
  return c;
}

/** Counter 3 of office 360000 with one dossier taken in today (cash). */
async function busyCounter() {
  const c = await intakeCounter();
  opened.push(c);
  ok(await c.screen('clerk', 'intake.commit', { ...(await filledForm(c)), idempotencyKey: key('commit') }));
  return c;
}

const exportDay = async (c: TestCounter) => ok(await c.screen('mgr', 'office.exportDay', { day }));
const importDay = (c: TestCounter, content: string, lang: 'vi' | 'en' = 'vi') => c.screen('mgr', 'office.importDay', { content, idempotencyKey: key('import') }, lang);
const imports = (c: TestCounter) => c.entryKinds().filter((k) => k === 'office.day_imported').length;

describe('the office view', () => {
  it("shows another counter's imported day beside this one, with their totals, and ledger verify rebuilds the import", async () => {
    const b = await busyCounter();
    const a = await managedCounter({ counterNumber: 1 });
    const bReport = ok(await b.console('day.report', { day }));
    const file = await exportDay(b);
    expect(file.fileName).toBe(`so-lieu-ngay-${day}-360000-quay3-x.json`);

    const done = ok(await importDay(a, file.content));
    expect(done).toMatchObject({ day, counterNumber: 3, zNumber: null, firstFromCounter: true, replaced: false, keyFingerprint: file.keyFingerprint });

    const office = ok(await a.screen('mgr', 'office.day', { day }));
    expect(office.counters.map((c) => [c.counterNumber, c.source, c.dossiersReceived])).toEqual([
      [1, 'this', 0],
      [3, 'imported', 1],
    ]);
    const fees = bReport.feesOnBehalf.reduce((s, x) => s + x.collected.vnd - x.refunded.vnd, 0);
    const postal = bReport.postalRevenue.reduce((s, x) => s + x.netVnd, 0);
    expect(fees + postal).toBeGreaterThan(0);
    expect(office.counters[1]).toMatchObject({ feesVnd: fees, postalVnd: postal, expectedCashVnd: bReport.cash.expectedVnd, lastEntry: bReport.lastEntry, keyFingerprint: file.keyFingerprint });
    expect(office.totals).toMatchObject({ dossiersReceived: 1, feesVnd: fees, postalVnd: postal });
    // The dossier was taken in at 09:00 local (the test clock's 02:00 UTC).
    expect(office.hours).toEqual([{ hour: 9, count: 1 }]);
    // The anchor the file carries is checkable on counter 3 itself: its ledger still holds that entry unchanged.
    const anchor = office.counters[1]!.lastEntry!;
    expect(ok(await b.console('ledger.verify', { expectHead: [anchor] })).ok).toBe(true);

    expect(ok(await a.console('ledger.verify', {})).ok).toBe(true);
    a.app.services.db.prepare('UPDATE office_day_imports SET z_number = 7').run();
    const verify = ok(await a.console('ledger.verify', {}));
    expect(verify.ok).toBe(false);
    expect(verify.problem === 'read_model_mismatch' && verify.differences.map((d) => [d.table, d.column])).toEqual([['office_day_imports', 'z_number']]);
  });

  it('refuses a changed file, another office’s, its own and an impostor’s, in the user’s language, and posts nothing', async () => {
    const b = await busyCounter();
    const a = await managedCounter({ counterNumber: 1 });
    const foreign = await managedCounter({ officeCode: '370000', counterNumber: 2 });
    const impostor = await managedCounter({ counterNumber: 3 });
    const file = await exportDay(b);

    // One đồng more in the expected cash, the signature left as it was.
    const changed = JSON.parse(file.content);
    changed.body.report.cash.expectedVnd += 10_000;
    const tampered = await importDay(a, JSON.stringify(changed));
    expect(tampered.ok || tampered.error).toMatchObject({ code: 'DAY_FILE_TAMPERED', message: expect.stringContaining('đã bị sửa sau khi quầy ký') });
    const inEnglish = await importDay(a, JSON.stringify(changed), 'en');
    expect(inEnglish.ok || inEnglish.error.message).toContain('was changed after the counter signed it');
    // A field added to the body is covered by the signature too.
    changed.body.report.cash.expectedVnd -= 10_000;
    changed.body.note = 'thêm';
    expect((await importDay(a, JSON.stringify(changed))).ok || 'refused').toBe('refused');

    const notAFile = await importDay(a, 'Ngày,Số tiền\r\n');
    expect(notAFile.ok || notAFile.error.code).toBe('DAY_FILE_UNREADABLE');

    const fromElsewhere = await importDay(a, (await exportDay(foreign)).content);
    expect(fromElsewhere.ok || fromElsewhere.error).toMatchObject({ code: 'DAY_FILE_FOREIGN_OFFICE', message: expect.stringContaining('370000') });

    const own = await importDay(a, (await exportDay(a)).content);
    expect(own.ok || own.error.code).toBe('DAY_FILE_OWN_COUNTER');

    // Counter 3's key is pinned by its first file; a file claiming counter 3 under another key is refused.
    ok(await importDay(a, file.content));
    const other = await exportDay(impostor);
    const refused = await importDay(a, other.content);
    expect(refused.ok || refused.error).toMatchObject({ code: 'DAY_FILE_KEY_CHANGED', message: expect.stringContaining(other.keyFingerprint) });
    expect(refused.ok || refused.error.message).toContain(file.keyFingerprint);

    expect(imports(a)).toBe(1);
    expect(ok(await a.screen('mgr', 'office.day', { day })).counters.map((c) => c.counterNumber)).toEqual([1, 3]);
  });

  it('replaces a counter’s day with its later export and refuses the earlier one after it', async () => {
    const b = await busyCounter();
    const a = await managedCounter({ counterNumber: 1 });
    const first = await exportDay(b);
    ok(await b.screen('clerk', 'intake.commit', { ...(await filledForm(b)), idempotencyKey: key('commit') }));
    const second = await exportDay(b);
    expect(ok(await importDay(a, first.content)).replaced).toBe(false);
    expect(ok(await importDay(a, second.content))).toMatchObject({ replaced: true, firstFromCounter: false });
    const older = await importDay(a, first.content);
    expect(older.ok || older.error.code).toBe('DAY_FILE_OLDER');
    expect(ok(await a.screen('mgr', 'office.day', { day })).totals.dossiersReceived).toBe(2);
    expect(ok(await a.console('ledger.verify', {})).ok).toBe(true);
  });

  it('is for managers: a clerk can neither export nor import a day file', async () => {
    const b = await busyCounter();
    expect((await b.screen('clerk', 'office.exportDay', { day })).ok).toBe(false);
    expect((await b.screen('clerk', 'office.importDay', { content: '{}', idempotencyKey: key('i') })).ok).toBe(false);
  });
});

describe("the day's papers from a real counter", () => {
  it('gives the report PDF and CSV with the figures of the day report', async () => {
    const b = await busyCounter();
    const report = ok(await b.console('day.report', { day }));
    const fees = report.feesOnBehalf[0]!;
    const pdf = ok(await b.screen('mgr', 'day.reportPdf', { day }));
    expect(pdf.fileName).toBe(`bao-cao-x-360000-quay3-${day}.pdf`);
    const text = pdfText(Buffer.from(pdf.pdfBase64, 'base64')).replace(/[ \t\u00a0]+/g, ' ');
    expect(text).toContain('BÁO CÁO TRONG NGÀY (X)');
    expect(text).toContain(fees.agency);
    expect(text).toContain(`Còn giữ tại bưu cục: ${fees.heldVnd.toLocaleString('vi-VN')} ₫`);
    expect(text).toContain(report.dossiers.notHandedOver.list[0]!.slipNumber);

    const csv = ok(await b.screen('mgr', 'day.csv', { day }));
    const agencies = csvRecords(csv.files.find((f) => f.fileName.endsWith('-thu-ho-theo-co-quan.csv'))!.csv);
    expect(agencies).toEqual([expect.objectContaining({ 'Cơ quan': fees.agency, 'Đã thu': String(fees.collected.vnd), 'Còn giữ': String(fees.heldVnd) })]);
    const summary = Object.fromEntries(csvRecords(csv.files.find((f) => f.fileName.endsWith('-tong-hop.csv'))!.csv).map((r) => [r['Mục'], r['Giá trị']]));
    expect(summary['Tiền phải có (VND)']).toBe(String(report.cash.expectedVnd));
    expect(ok(await b.screen('mgr', 'day.hours', { day })).hours).toEqual([{ hour: 9, count: 1 }]);
  });

  it('writes them from the console: day report --pdf, day export --csv, office export and import', async () => {
    const b = await busyCounter();
    const a = await managedCounter({ counterNumber: 1 });
    const out = mkdtempSync(join(tmpdir(), 'day-cli-'));
    const pdfFile = join(out, 'z.pdf');
    const r1 = await runCli(['--data-dir', b.dataDir, 'day', 'report', day, '--pdf', pdfFile]);
    expect(r1.stderr).toBe('');
    expect(r1.code).toBe(0);
    expect(pdfText(readFileSync(pdfFile))).toContain('BÁO CÁO TRONG NGÀY (X)');

    const r2 = await runCli(['--data-dir', b.dataDir, 'day', 'export', day, '--csv', join(out, 'csv')]);
    expect(r2.code).toBe(0);
    expect(readdirSync(join(out, 'csv'))).toContain(`${day}-360000-quay3-x-thu-ho-phi-le-phi.csv`);
    expect(r2.stdout).toContain('tệp CSV của ngày 2026-11-27');

    const dayFile = join(out, 'quay3.json');
    expect((await runCli(['--data-dir', b.dataDir, 'office', 'export', day, '--out', dayFile])).code).toBe(0);
    const r3 = await runCli(['--data-dir', a.dataDir, 'office', 'import', dayFile]);
    expect(r3.code).toBe(0);
    expect(r3.stdout).toContain('Đã nhập số liệu ngày 2026-11-27 của quầy số 3');
    expect(r3.stdout).toContain('Tệp đầu tiên từ quầy số 3: dấu khóa');

    const changed = JSON.parse(readFileSync(dayFile, 'utf8'));
    changed.body.report.dossiers.received.count += 1;
    writeFileSync(dayFile, JSON.stringify(changed));
    const r4 = await runCli(['--data-dir', a.dataDir, '--lang', 'en', 'office', 'import', dayFile]);
    expect(r4.code).toBe(1);
    expect(r4.stderr).toContain('was changed after the counter signed it');

    const r5 = await runCli(['--data-dir', a.dataDir, 'office', 'day', day]);
    expect(r5.stdout).toMatch(/Quầy 3 \[X, nhập lúc [^\]]+\]: 1 hồ sơ/);
    const r6 = await runCli(['--data-dir', b.dataDir, 'day', 'report', day]);
    expect(r6.code).toBe(2);
    expect(r6.stderr).toContain('Thiếu --pdf TỆP');
  });
});
