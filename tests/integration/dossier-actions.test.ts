// Actions on a saved dossier through the dispatcher, on a real ledger: corrections that name the
// entry they correct and never touch money; voiding with a refund, a manager's PIN when the
// clerk may not void alone, and no receipt for a voided dossier; drafts kept per user.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failure, key, ok, type StaffedCounter } from '../support/counter-fixture';
import { filledForm, intakeCounter } from '../support/intake-fixture';

let c: StaffedCounter;
beforeEach(async () => {
  c = await intakeCounter();
});
afterEach(() => c.close());

async function takeIn(session = 'clerk') {
  return ok(await c.screen(session, 'intake.commit', { ...(await filledForm(c)), idempotencyKey: key('commit') })).dossier;
}

const entries = (kind: string) =>
  c.app.services.db.prepare('SELECT seq, payload, corrects_seq FROM entries WHERE kind = ? ORDER BY seq').all(kind) as { seq: number; payload: string; corrects_seq: number | null }[];

const statusOf = (slip: string) => (c.app.services.db.prepare('SELECT status FROM dossiers WHERE slip_number = ?').get(slip) as { status: string }).status;

const failedPins = (userId: string) => (c.app.services.db.prepare('SELECT failed_pins FROM users WHERE id = ?').get(userId) as { failed_pins: number }).failed_pins;

describe('corrections', () => {
  it('records a phone correction against the intake entry, then the next against the first, and shows the current value', async () => {
    const dossier = await takeIn();
    const first = ok(
      await c.screen('clerk', 'dossiers.correct', { slipNumber: dossier.slipNumber, reason: 'Ghi nhầm số', change: { field: 'phone', value: '0987 654 321' }, idempotencyKey: key() }),
    );
    expect(first).toMatchObject({ correctsSeq: dossier.seq, field: 'phone', before: '0912345678', after: '0987654321' });
    const second = ok(
      await c.screen('clerk', 'dossiers.correct', { slipNumber: dossier.slipNumber, reason: 'Khách đổi số', change: { field: 'phone', value: '0243 825 1234' }, idempotencyKey: key() }),
    );
    expect(second.correctsSeq).toBe(first.seq);
    expect(entries('dossier.corrected').map((e) => e.corrects_seq)).toEqual([dossier.seq, first.seq]);

    ok(
      await c.screen('clerk', 'dossiers.correct', {
        slipNumber: dossier.slipNumber,
        reason: 'Khách muốn nhận tại nhà',
        change: { field: 'returnMethod', value: { kind: 'home', address: 'Số 5, phường Tô Hiệu' } },
        idempotencyKey: key(),
      }),
    );
    const shown = ok(await c.screen('clerk', 'dossiers.corrections', { slipNumber: dossier.slipNumber }));
    expect(shown.current).toMatchObject({ phone: '02438251234', applicantName: 'Nguyễn Thị Hoà', returnMethod: { kind: 'home', address: 'Số 5, phường Tô Hiệu' } });
    expect(shown.history.map((h) => [h.field, h.reason, h.by])).toEqual([
      ['phone', 'Ghi nhầm số', 'Cầm Thị Mai'],
      ['phone', 'Khách đổi số', 'Cầm Thị Mai'],
      ['returnMethod', 'Khách muốn nhận tại nhà', 'Cầm Thị Mai'],
    ]);
    expect(ok(await c.screen('mgr', 'ledger.verify', {}))).toMatchObject({ ok: true });

    // The current value is rebuilt from the entries: an edited row is named by verify.
    c.app.services.db.prepare("UPDATE dossier_corrections SET after = '\"0900000000\"' WHERE entry_seq = ?").run(second.seq);
    const report = ok(await c.screen('mgr', 'ledger.verify', {}));
    expect(report.ok).toBe(false);
    expect(report.differences).toContainEqual(expect.objectContaining({ table: 'dossier_corrections', key: String(second.seq), column: 'after' }));
  });

  it('checks new values with the intake rules and refuses money and filing fields with a code saying to void', async () => {
    const dossier = await takeIn();
    const bad = failure(await c.screen('clerk', 'dossiers.correct', { slipNumber: dossier.slipNumber, reason: 'x', change: { field: 'phone', value: '12345' }, idempotencyKey: key() }));
    expect(bad.code).toBe('INVALID_INPUT');
    const name = failure(
      await c.screen('clerk', 'dossiers.correct', { slipNumber: dossier.slipNumber, reason: 'Sai tên', change: { field: 'applicantName', value: 'Nguyễn Thị H0a' }, idempotencyKey: key() }),
    );
    expect(name.code).toBe('CORRECTION_INVALID');
    for (const field of ['fees', 'procedure', 'papers'] as const) {
      const refused = failure(await c.screen('clerk', 'dossiers.correct', { slipNumber: dossier.slipNumber, reason: 'Tính lại', change: { field, value: 0 }, idempotencyKey: key() }));
      expect(refused.code).toBe('CORRECTION_NEEDS_VOID');
      expect(refused.message).toContain('hủy hồ sơ');
    }
    // A name is stored as NFC, whatever form the keyboard sent.
    const fixed = ok(
      await c.screen('clerk', 'dossiers.correct', { slipNumber: dossier.slipNumber, reason: 'Sai dấu', change: { field: 'applicantName', value: 'Nguyễn Thị Hòa'.normalize('NFD') }, idempotencyKey: key() }),
    );
    expect(fixed.after).toBe('Nguyễn Thị Hòa'.normalize('NFC'));
    expect(entries('dossier.corrected')).toHaveLength(1);
  });

  it('reaches the register: found by the corrected phone and name, shown with the current values marked corrected', async () => {
    const dossier = await takeIn();
    const slips = async (query: string) => ok(await c.screen('clerk', 'dossiers.find', { query })).hits.map((h) => [h.slipNumber, h.applicantName]);
    ok(await c.screen('clerk', 'dossiers.correct', { slipNumber: dossier.slipNumber, reason: 'Ghi nhầm số', change: { field: 'phone', value: '0987 654 321' }, idempotencyKey: key() }));
    ok(await c.screen('clerk', 'dossiers.correct', { slipNumber: dossier.slipNumber, reason: 'Sai tên', change: { field: 'applicantName', value: 'Nguyễn Thị Hoa Lan' }, idempotencyKey: key() }));

    expect(await slips('0987654321')).toEqual([[dossier.slipNumber, 'Nguyễn Thị Hoa Lan']]);
    expect(await slips('0912345678')).toEqual([]);
    expect(await slips('lan hoa')).toEqual([[dossier.slipNumber, 'Nguyễn Thị Hoa Lan']]);
    // The misspelt name on the citizen's old receipt still finds the dossier.
    expect(await slips('nguyen thi hoa')).toEqual([[dossier.slipNumber, 'Nguyễn Thị Hoa Lan']]);

    const shown = ok(await c.screen('clerk', 'dossiers.show', { ref: dossier.slipNumber })).dossier;
    expect(shown.applicant).toMatchObject({ name: 'Nguyễn Thị Hoa Lan', phone: '0987654321', idNumber: '014190001234' });
    expect(shown.corrected).toEqual(['phone', 'applicantName']);
    expect(shown.timeline.filter((t) => t.kind === 'dossier.corrected').map((t) => t.reason)).toEqual(['Ghi nhầm số', 'Sai tên']);
    expect(ok(await c.screen('mgr', 'ledger.verify', {}))).toMatchObject({ ok: true });

    // The lookup rows are rebuilt from the correction entries: an index left at the intake phone is named.
    c.app.services.db.prepare('UPDATE dossier_lookup SET phone = ? WHERE slip_number = ?').run('0912345678', dossier.slipNumber);
    const report = ok(await c.screen('mgr', 'ledger.verify', {}));
    expect(report.differences).toContainEqual(expect.objectContaining({ table: 'dossier_lookup', column: 'phone', expected: '0987654321', found: '0912345678' }));
  });
});

describe('voiding', () => {
  it('a clerk voids their own dossier of the day: status voided, refund recorded, receipt no longer issued', async () => {
    const dossier = await takeIn();
    const done = ok(await c.screen('clerk', 'dossiers.void', { slipNumber: dossier.slipNumber, reason: 'Khách rút hồ sơ', refundMethod: 'cash', idempotencyKey: key() }));
    expect(done.refund).toEqual({ feesVnd: dossier.feesVnd, postalVnd: dossier.postalVnd, totalVnd: dossier.totalVnd, method: 'cash' });
    expect(done.approvedBy).toBeNull();
    expect(statusOf(dossier.slipNumber)).toBe('voided');
    const [entry] = entries('dossier.voided');
    expect(JSON.parse(entry!.payload)).toMatchObject({ slipNumber: dossier.slipNumber, reason: 'Khách rút hồ sơ', refund: { totalVnd: dossier.totalVnd } });

    const reprint = failure(await c.screen('clerk', 'intake.reprint', { slipNumber: dossier.slipNumber, reason: 'Khách xin', idempotencyKey: key() }));
    expect(reprint.code).toBe('DOSSIER_VOIDED');
    expect(failure(await c.screen('clerk', 'intake.receiptPdf', { slipNumber: dossier.slipNumber, idempotencyKey: key() })).code).toBe('DOSSIER_VOIDED');
    const again = failure(await c.screen('clerk', 'dossiers.void', { slipNumber: dossier.slipNumber, reason: 'Lần nữa', refundMethod: 'cash', idempotencyKey: key() }));
    expect(again.code).toBe('DOSSIER_MOVE_FORBIDDEN');
    expect(entries('dossier.voided')).toHaveLength(1);
    // The number stays the dossier's.
    expect(ok(await c.screen('clerk', 'intake.get', { slipNumber: dossier.slipNumber })).dossier.slipNumber).toBe(dossier.slipNumber);
    expect(ok(await c.screen('mgr', 'ledger.verify', {}))).toMatchObject({ ok: true });
  });

  it('a dossier of a closed day needs a manager: refused without a PIN, a wrong PIN is counted, the right one voids it', async () => {
    const dossier = await takeIn();
    // The day of receipt is closed (provisionally: its receipt is still waiting for a printer).
    ok(await c.screen('mgr', 'day.close', { provisional: true, idempotencyKey: key() }));
    c.clock.advance(24 * 60);
    ok(await c.screen('clerk-next-day', 'auth.signIn', { userId: c.clerkId, pin: '1357', idempotencyKey: key() }));
    const args = { slipNumber: dossier.slipNumber, reason: 'Nhận nhầm thủ tục', refundMethod: 'transfer' as const };

    expect(failure(await c.screen('clerk-next-day', 'dossiers.void', { ...args, idempotencyKey: key() })).code).toBe('VOID_NEEDS_MANAGER');
    const wrong = failure(await c.screen('clerk-next-day', 'dossiers.void', { ...args, managerId: c.managerId, managerPin: '0000', idempotencyKey: key() }));
    expect(wrong.code).toBe('WRONG_PIN');
    expect(failedPins(c.managerId)).toBe(1);
    expect(statusOf(dossier.slipNumber)).toBe('received');
    // A clerk's PIN is no manager's approval, and is not checked.
    expect(failure(await c.screen('clerk-next-day', 'dossiers.void', { ...args, managerId: c.clerkId, managerPin: '1357', idempotencyKey: key() })).code).toBe('FORBIDDEN');

    const voidKey = key();
    const done = ok(await c.screen('clerk-next-day', 'dossiers.void', { ...args, managerId: c.managerId, managerPin: '2468', idempotencyKey: voidKey }));
    expect(done.approvedBy).toBe(c.managerId);
    // A retry of the same request (its answer lost) gets the same answer and records nothing more.
    expect(ok(await c.screen('clerk-next-day', 'dossiers.void', { ...args, managerId: c.managerId, managerPin: '2468', idempotencyKey: voidKey }))).toEqual(done);
    expect(entries('dossier.voided')).toHaveLength(1);
    expect(done.refund.method).toBe('transfer');
    expect(failedPins(c.managerId)).toBe(0);
    expect(statusOf(dossier.slipNumber)).toBe('voided');
    // No stored request keeps the PIN.
    const stored = c.app.services.db.prepare("SELECT group_concat(result, '') AS all_results FROM command_results").get() as { all_results: string | null };
    expect(stored.all_results ?? '').not.toContain('2468');
    ok(await c.screen('mgr-next-day', 'auth.signIn', { userId: c.managerId, pin: '2468', idempotencyKey: key() }));
    expect(ok(await c.screen('mgr-next-day', 'ledger.verify', {}))).toMatchObject({ ok: true });
  });

  it("a clerk voiding another clerk's dossier needs a manager; a signed-in manager does not", async () => {
    const { user } = ok(await c.screen('mgr', 'users.add', { name: 'Lường Văn Tú', role: 'clerk', pin: '8642', idempotencyKey: key() }));
    ok(await c.screen('clerk2', 'auth.signIn', { userId: user.id, pin: '8642', idempotencyKey: key() }));
    const dossier = await takeIn();
    const args = { slipNumber: dossier.slipNumber, reason: 'Trùng hồ sơ', refundMethod: 'cash' as const };
    expect(failure(await c.screen('clerk2', 'dossiers.void', { ...args, idempotencyKey: key() })).code).toBe('VOID_NEEDS_MANAGER');
    expect(ok(await c.screen('mgr', 'dossiers.void', { ...args, idempotencyKey: key() })).approvedBy).toBeNull();
    expect(statusOf(dossier.slipNumber)).toBe('voided');
  });
});

describe('drafts on the counter', () => {
  it('keeps one draft per signed-in user, and clears it', async () => {
    ok(await c.screen('clerk', 'drafts.save', { name: 'intake', body: '{"step":2}' }));
    expect(ok(await c.screen('clerk', 'drafts.get', { name: 'intake' })).body).toBe('{"step":2}');
    // Another user at the same counter does not see it, and a new screen of the same clerk does.
    expect(ok(await c.screen('mgr', 'drafts.get', { name: 'intake' })).body).toBeNull();
    ok(await c.screen('clerk-tab', 'auth.signIn', { userId: c.clerkId, pin: '1357', idempotencyKey: key() }));
    expect(ok(await c.screen('clerk-tab', 'drafts.get', { name: 'intake' })).body).toBe('{"step":2}');
    ok(await c.screen('clerk', 'drafts.clear', { name: 'intake' }));
    expect(ok(await c.screen('clerk-tab', 'drafts.get', { name: 'intake' })).body).toBeNull();
    expect(c.entryKinds().filter((k) => k.startsWith('draft'))).toEqual([]);
  });
});
