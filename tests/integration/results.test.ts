// Results back from the agency and returned to the citizen, through the dispatcher on a real
// ledger file: check-in by scan, the notify list, the return at the counter with its checks.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandInput } from '../../shared/contract/commands';
import { key, ok, type StaffedCounter } from '../support/counter-fixture';
import { deliverDossier } from '../support/deliver-dossier';
import { runCli } from '../support/run-cli';
import { applicant, filledForm, intakeCounter } from '../support/intake-fixture';

let c: StaffedCounter;
beforeEach(async () => {
  c = await intakeCounter();
});
afterEach(() => c.close());

async function intake(service: 'sendAndReturn' | 'return' = 'sendAndReturn') {
  const form = await filledForm(c);
  const input = service === 'return' ? { ...form, service, papers: [], agencyFiling: null } : form;
  return ok(await c.screen('clerk', 'intake.commit', { ...input, idempotencyKey: key('commit') })).dossier;
}

const session = 'checkin-session-1';
const checkIn = (scan: string, extra: Partial<CommandInput<'results.checkIn'>> = {}) =>
  c.screen('clerk', 'results.checkIn', { scan, session, idempotencyKey: key('checkin'), ...extra });
const statusOf = (slip: string) => (c.app.services.db.prepare('SELECT status FROM dossiers WHERE slip_number = ?').get(slip) as { status: string }).status;
const entryCount = () => (c.app.services.db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n;
const pdfText = (base64: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'results-pdf-')), 'doc.pdf');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC');
};

describe('check-in of results', () => {
  it('matches a result by S10 and by the slip number typed without dashes; unknown and duplicate scans are refused, recording nothing', async () => {
    const a = await intake();
    const b = await intake();
    deliverDossier(c.app, a.slipNumber);
    deliverDossier(c.app, b.slipNumber);

    const first = ok(await checkIn(a.s10.toLowerCase(), { resultPapers: [{ name: 'Giấy phép lái xe', count: 1 }], feeDueVnd: 135_000 }));
    expect(first.result).toMatchObject({ slipNumber: a.slipNumber, status: 'resultReceived', feeDueVnd: 135_000, notices: 0 });
    const second = ok(await checkIn(b.slipNumber.replaceAll('-', ''), { papersToReclaim: ['Giấy phép lái xe cũ'] }));
    expect(second).toMatchObject({ result: { slipNumber: b.slipNumber }, sessionCount: 2 });
    expect([statusOf(a.slipNumber), statusOf(b.slipNumber)]).toEqual(['resultReceived', 'resultReceived']);

    const before = entryCount();
    const unknown = await checkIn('RR999999995VN');
    expect(unknown).toMatchObject({ ok: false, error: { code: 'RESULT_SCAN_UNKNOWN' } });
    expect(!unknown.ok && unknown.error.message).toContain('RR999999995VN');
    const again = await checkIn(a.slipNumber);
    expect(again).toMatchObject({ ok: false, error: { code: 'RESULT_ALREADY_CHECKED_IN', message: expect.stringContaining(a.slipNumber) } });
    expect(entryCount()).toBe(before);

    // The results receipt record of the session lists both, with the fee still to collect.
    const record = ok(await c.screen('clerk', 'results.checkInRecord', { session }));
    const text = pdfText(record.pdfBase64);
    expect(text).toContain('BIÊN BẢN GIAO NHẬN KẾT QUẢ');
    for (const slip of [a.slipNumber, b.slipNumber]) expect(text).toContain(slip);
    expect(text).toContain('Giấy phép lái xe cũ');
    expect(text).toContain('135.000');
  });

  it('matches the department\'s dossier code back-filled at handover, and a refused dossier\'s papers come back too', async () => {
    const a = await intake();
    const b = await intake();
    const { batchNumber } = ok(await c.screen('clerk', 'handover.add', { batchNumber: null, scan: a.slipNumber, idempotencyKey: key('add') }));
    ok(await c.screen('clerk', 'handover.add', { batchNumber, scan: b.slipNumber, idempotencyKey: key('add') }));
    ok(await c.screen('clerk', 'handover.sign', { batchNumber, receiverName: 'Quàng Văn Minh', idempotencyKey: key('sign') }));
    ok(await c.screen('clerk', 'handover.backfill', { scan: a.s10, outcome: { kind: 'accepted', departmentCode: '000.00.10.H59-261127-0001', appointmentDate: null }, idempotencyKey: key('bf') }));
    ok(await c.screen('clerk', 'handover.backfill', { scan: b.s10, outcome: { kind: 'refused', reason: 'Không thuộc thẩm quyền' }, idempotencyKey: key('bf') }));
    expect(ok(await checkIn('000.00.10.h59-261127-0001')).result.slipNumber).toBe(a.slipNumber);
    expect(ok(await checkIn(b.s10, { originalsToReturn: ['Giấy phép lái xe cũ'] })).result.slipNumber).toBe(b.slipNumber);
    expect([statusOf(a.slipNumber), statusOf(b.slipNumber)]).toEqual(['resultReceived', 'resultReceived']);
    expect(ok(await c.console('ledger.verify', {}))).toMatchObject({ ok: true });
  });

  it('refuses a dossier still at the post office, but takes a "return only" one straight from received', async () => {
    const send = await intake();
    expect(await checkIn(send.s10)).toMatchObject({ ok: false, error: { code: 'DOSSIER_MOVE_FORBIDDEN' } });
    expect(statusOf(send.slipNumber)).toBe('received');
    const returnOnly = await intake('return');
    const { qrPayload } = c.app.services.db.prepare('SELECT qr_payload AS qrPayload FROM dossiers WHERE slip_number = ?').get(returnOnly.slipNumber) as { qrPayload: string };
    ok(await checkIn(qrPayload));
    expect(statusOf(returnOnly.slipNumber)).toBe('resultReceived');
  });
});

describe('notify and return', () => {
  it('lists the citizen to call, counts the invitations, and returns to a proxy once, with the fee and originals; verify stays ok', async () => {
    const d = await intake();
    deliverDossier(c.app, d.slipNumber);
    ok(await checkIn(d.s10, { resultPapers: [{ name: 'Giấy phép lái xe', count: 1 }], originalsToReturn: ['Giấy khám sức khỏe'], papersToReclaim: ['Giấy phép lái xe cũ'], feeDueVnd: 135_000 }));

    const toCall = ok(await c.screen('clerk', 'results.notifyList', {})).results;
    expect(toCall).toHaveLength(1);
    expect(toCall[0]).toMatchObject({ slipNumber: d.slipNumber, applicantName: applicant.name, phone: expect.stringMatching(/^0912\s?345\s?678$|^0912345678$/) });
    expect(ok(await c.screen('clerk', 'results.notified', { slipNumber: d.slipNumber, idempotencyKey: key('n1') }))).toMatchObject({ notices: 1 });
    expect(statusOf(d.slipNumber)).toBe('notified');
    expect(ok(await c.screen('clerk', 'results.notifyList', {})).results).toEqual([]); // called today
    c.clock.advance(3 * 24 * 60);
    ok(await c.screen('clerk', 'auth.signIn', { userId: c.clerkId, pin: '1357', idempotencyKey: key('in') })); // the idle lock took the screen
    expect(ok(await c.screen('clerk', 'results.notifyList', {})).results.map((r) => r.notices)).toEqual([1]);
    ok(await c.screen('clerk', 'results.notified', { slipNumber: d.slipNumber, idempotencyKey: key('n2') }));
    const second = c.app.services.db.prepare("SELECT payload FROM entries WHERE kind = 'result.notified' ORDER BY seq DESC").get() as { payload: string };
    expect(JSON.parse(second.payload)).toEqual({ slipNumber: d.slipNumber, number: 2, channel: 'phone' }); // no move the second time
    expect(ok(await c.screen('clerk', 'results.pending', {})).results).toMatchObject([{ slipNumber: d.slipNumber, status: 'notified', notices: 2 }]);

    const proxy = { kind: 'proxy' as const, name: 'Lò Văn Pọm', idKind: 'cccd' as const, idNumber: '014090004321', authorisationRef: 'Giấy ủy quyền số 12/UQ ngày 01/12/2026', certified: true as const };
    const fee = { amountVnd: 135_000, method: 'cash' as const, receiptNumber: 'BL-0042' };
    const base = { scan: d.slipNumber, receiver: proxy, fee, reclaimed: ['Giấy phép lái xe cũ'] };
    const before = entryCount();
    // The applicant's own number, mistyped: refused, in the caller's language, nothing recorded.
    const wrongId = await c.screen('clerk', 'results.return', { ...base, receiver: { kind: 'applicant', idNumber: '014190001235' }, idempotencyKey: key('r') }, 'en');
    expect(wrongId).toMatchObject({ ok: false, error: { code: 'RESULT_ID_MISMATCH', message: expect.stringContaining('does not match') } });
    const uncertified = await c.screen('clerk', 'results.return', { ...base, receiver: { ...proxy, certified: false as never }, idempotencyKey: key('r') });
    expect(uncertified).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('chứng thực') } });
    const short = await c.screen('clerk', 'results.return', { ...base, fee: { ...fee, amountVnd: 100_000 }, idempotencyKey: key('r') });
    expect(short).toMatchObject({ ok: false, error: { code: 'RESULT_FEE_MISMATCH', message: expect.stringContaining('135.000') } });
    const noFee = await c.screen('clerk', 'results.return', { ...base, fee: null, idempotencyKey: key('r') });
    expect(noFee).toMatchObject({ ok: false, error: { code: 'RESULT_FEE_MISMATCH' } });
    const notReclaimed = await c.screen('clerk', 'results.return', { ...base, reclaimed: [], idempotencyKey: key('r') });
    expect(notReclaimed).toMatchObject({ ok: false, error: { code: 'RESULT_ORIGINALS_NOT_RECLAIMED', message: expect.stringContaining('Giấy phép lái xe cũ') } });
    expect(entryCount()).toBe(before);
    expect(statusOf(d.slipNumber)).toBe('notified');

    // "Trả kết quả" pressed three times: one return, the same slip each time.
    const press = { ...base, idempotencyKey: key('return') };
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(ok(await c.screen('clerk', 'results.return', press)));
    expect(new Set(answers.map((a) => a.pdfBase64)).size).toBe(1);
    expect(new Set(answers.map((a) => a.printJobId)).size).toBe(1);
    expect(c.app.services.db.prepare("SELECT reference, copies FROM print_jobs WHERE kind = 'resultHandover'").all()).toEqual([{ reference: d.slipNumber, copies: 1 }]);
    expect(c.entryKinds().filter((k) => k === 'result.returned')).toHaveLength(1);
    expect(statusOf(d.slipNumber)).toBe('returned');
    const returned = c.app.services.db.prepare("SELECT payload FROM entries WHERE kind = 'result.returned'").get() as { payload: string };
    expect(JSON.parse(returned.payload)).toMatchObject({ slipNumber: d.slipNumber, receiver: { kind: 'proxy', idNumber: '014090004321' }, fee, reclaimed: ['Giấy phép lái xe cũ'] });

    const slip = pdfText(answers[0]!.pdfBase64);
    for (const want of ['PHIẾU BÀN GIAO KẾT QUẢ', d.slipNumber, 'Lò Văn Pọm (người được ủy quyền)', 'Giấy ủy quyền số 12/UQ', 'Giấy khám sức khỏe', 'Giấy phép lái xe cũ', '135.000', 'BL-0042', 'Người nhận kết quả']) {
      expect(slip).toContain(want);
    }
    expect(ok(await c.screen('clerk', 'results.pending', {})).results).toEqual([]);
    // A second return of the same dossier, under a new key, is refused by the lifecycle.
    expect(await c.screen('clerk', 'results.return', { ...base, idempotencyKey: key('r') })).toMatchObject({ ok: false, error: { code: 'DOSSIER_MOVE_FORBIDDEN' } });
    expect(ok(await c.console('ledger.verify', {}))).toMatchObject({ ok: true });
  });

  it('returns to the applicant whose ID number is typed with spaces; the console lists what is pending', async () => {
    const d = await intake();
    deliverDossier(c.app, d.slipNumber);
    ok(await checkIn(d.slipNumber));
    expect(ok(await c.console('results.pending', {})).results.map((r) => r.slipNumber)).toEqual([d.slipNumber]);
    const text = await runCli(['--data-dir', c.dataDir, 'results', 'pending']);
    expect(text).toMatchObject({ code: 0, stdout: expect.stringContaining(`${d.slipNumber}  ${d.s10}  đã nhận kết quả về bưu cục  ${applicant.name}`) });
    expect(text.stdout).toContain('đã báo 0 lần');
    const json = await runCli(['--data-dir', c.dataDir, '--json', 'results', 'pending']);
    expect(JSON.parse(json.stdout)).toMatchObject({ results: [{ slipNumber: d.slipNumber, status: 'resultReceived', notices: 0 }] });
    const done = ok(await c.screen('clerk', 'results.return', { scan: d.s10, receiver: { kind: 'applicant', idNumber: ' 0141 9000 1234 ' }, idempotencyKey: key('r') }));
    expect(done.slipNumber).toBe(d.slipNumber);
    expect(pdfText(done.pdfBase64)).toContain(`${applicant.name} (người nộp hồ sơ)`);
    expect(statusOf(d.slipNumber)).toBe('returned');
    expect(ok(await c.screen('mgr', 'ledger.verify', {}))).toMatchObject({ ok: true });
  });
});
