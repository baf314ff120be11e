// The Z report on a real ledger: refused while drawers are open, provisional while receipts wait
// for the printer and re-issued (same number) once they are printed; after the close the day's
// figures never change — a correction lands on the next day naming the closed one, a void needs a
// manager; and an entry of a closed day changed by hand in the file is named by `ledger verify`
// and by the day's re-check.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCounterApp } from '../../electron/services/counter-app';
import { SyncState } from '../../electron/services/sync/sync-state';
import type { CommandResult } from '../../shared/contract/result';
import { failure, key, ok, type StaffedCounter } from '../support/counter-fixture';
import { filledForm, intakeCounterWithPrinter } from '../support/intake-fixture';
import type { VirtualPrinter } from '../support/virtual-printer';

let c: StaffedCounter;
let printer: VirtualPrinter;
beforeEach(async () => {
  ({ c, printer } = await intakeCounterWithPrinter());
});
afterEach(async () => {
  await c.app.services.printing.stop();
  c.close();
  await printer.close();
});

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

const float = [{ valueVnd: 100_000, count: 5 }];
const today = '2026-11-27';

async function dayWithOneDossier() {
  const drawer = ok(await c.screen('clerk', 'drawer.open', { count: float, idempotencyKey: key() }));
  const dossier = ok(await c.screen('clerk', 'intake.commit', { ...(await filledForm(c)), idempotencyKey: key('commit') })).dossier;
  return { drawer, dossier };
}

describe('closing the day', () => {
  it('needs every drawer closed, is provisional while receipts wait, and is re-issued with the same number once printed', async () => {
    const { drawer, dossier } = await dayWithOneDossier();
    expect(failure(await c.screen('mgr', 'day.close', { idempotencyKey: key() })).code).toBe('DAY_DRAWERS_OPEN');
    ok(await c.screen('clerk', 'drawer.close', { drawerId: drawer.drawerId, count: [{ valueVnd: 100_000, count: 5 }, { valueVnd: 200_000, count: 0 }, { valueVnd: 500_000, count: 0 }, { valueVnd: 1_000, count: dossier.totalVnd / 1_000 }], idempotencyKey: key() }));
    // A clerk cannot close the day.
    expect(failure(await c.screen('clerk', 'day.close', { idempotencyKey: key() })).code).toBe('FORBIDDEN');
    const waiting = failure(await c.screen('mgr', 'day.close', { idempotencyKey: key() }));
    expect(waiting.code).toBe('DAY_PRINTS_WAITING');
    expect(waiting.message).toContain('TẠM');

    const lastBefore = c.app.services.db.prepare('SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string };
    const z = ok(await c.screen('mgr', 'day.close', { provisional: true, idempotencyKey: key() }));
    expect(z).toMatchObject({ zNumber: 1, day: today, provisional: true });
    expect(z.report).toMatchObject({ state: 'closed', zNumber: 1, provisional: true, provisionalReasons: [{ kind: 'printsWaiting', count: 1 }], lastEntry: lastBefore });
    expect(z.report.cash).toMatchObject({ floatVnd: 500_000, expectedVnd: 500_000 + dossier.totalVnd, countedVnd: 500_000 + dossier.totalVnd, differenceVnd: 0 });
    expect(c.entryKinds().at(-1)).toBe('day.closed');
    expect(failure(await c.screen('mgr', 'day.close', { provisional: true, idempotencyKey: key() })).code).toBe('DAY_STILL_PROVISIONAL');

    c.app.services.printing.start();
    await until(() => c.app.services.printing.jobs(10).every((j) => j.state === 'printed'), 'the receipt printed');
    const reissued = ok(await c.screen('mgr', 'day.close', { idempotencyKey: key() }));
    expect(reissued).toMatchObject({ zNumber: 1, provisional: false });
    expect(reissued.report.supersedes).toEqual([{ zNumber: 1, seq: z.seq }]);
    // The sealed figures did not move: the printing after the close counts on the next day, naming this one.
    expect(reissued.report.cash).toEqual(z.report.cash);
    expect(reissued.report.lastEntry).toEqual(lastBefore);
    const next = ok(await c.screen('mgr', 'day.report', { day: '2026-11-28' }));
    expect(next.lateEntries).toEqual([expect.objectContaining({ kind: 'print.printed', forDay: today, slipNumber: dossier.slipNumber })]);
    expect(failure(await c.screen('mgr', 'day.close', { idempotencyKey: key() })).code).toBe('DAY_ALREADY_CLOSED');
    expect(ok(await c.screen('mgr', 'day.closes', {})).closes.map((r) => [r.day, r.zNumber, r.provisional])).toEqual([
      [today, 1, false],
      [today, 1, true],
    ]);
    expect(ok(await c.console('ledger.verify', {}))).toMatchObject({ ok: true });
    expect(ok(await c.console('day.check', { day: today }))).toMatchObject({ ok: true, zNumber: 1, problems: [] });
  });

  it('on a counter enrolled with the hub, entries of the day not yet acknowledged make the close provisional', async () => {
    const db = c.app.services.db;
    const head = () => db.prepare('SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string };
    const sync = new SyncState(db);
    sync.enrol({ hubUrl: 'http://127.0.0.1:9', counterId: 'counter-test', ackedSeq: head().seq, ackedHash: head().hash });
    const { drawer } = await dayWithOneDossier();
    c.app.services.printing.start();
    await until(() => c.app.services.printing.jobs(10).every((j) => j.state === 'printed'), 'the receipt printed');
    ok(await c.screen('mgr', 'drawer.close', { drawerId: drawer.drawerId, count: float, reason: 'Kiểm đếm thử', idempotencyKey: key() }));
    const refused = failure(await c.screen('mgr', 'day.close', { idempotencyKey: key() }));
    expect(refused.code).toBe('DAY_UNSYNCED');
    expect(refused.message).toContain('máy chủ tỉnh');
    const z = ok(await c.screen('mgr', 'day.close', { provisional: true, idempotencyKey: key() }));
    expect(z.report).toMatchObject({ provisional: true, provisionalReasons: [{ kind: 'unsynced', count: expect.any(Number) }] });
    sync.acked(head().seq, head().hash, new Date().toISOString());
    expect(ok(await c.screen('mgr', 'day.close', { idempotencyKey: key() }))).toMatchObject({ zNumber: z.zNumber, provisional: false });
  });

  it('after the close a correction lands on the next day naming the closed one, and a void needs a manager', async () => {
    const { drawer, dossier } = await dayWithOneDossier();
    ok(await c.screen('clerk', 'drawer.close', { drawerId: drawer.drawerId, count: float, reason: 'Kiểm đếm thử', managerId: c.managerId, managerPin: '2468', idempotencyKey: key() }));
    const z = ok(await c.screen('mgr', 'day.close', { provisional: true, idempotencyKey: key() }));
    const sealed = ok(await c.screen('mgr', 'day.report', { day: today }));

    c.clock.advance(30); // still the 27th, after the close; the screens locked meanwhile
    for (const [session, userId, pin] of [['clerk', c.clerkId, '1357'], ['mgr', c.managerId, '2468']] as const) {
      ok(await c.screen(session, 'auth.signIn', { userId, pin, idempotencyKey: key() }));
    }
    const fix = ok(await c.screen('clerk', 'dossiers.correct', { slipNumber: dossier.slipNumber, reason: 'Ghi nhầm số', change: { field: 'phone', value: '0987 654 321' }, idempotencyKey: key() }));
    const args = { slipNumber: dossier.slipNumber, reason: 'Khách rút hồ sơ', refundMethod: 'cash' as const };
    expect(failure(await c.screen('clerk', 'dossiers.void', { ...args, idempotencyKey: key() })).code).toBe('VOID_NEEDS_MANAGER');
    ok(await c.screen('clerk', 'drawer.open', { count: float, idempotencyKey: key() }));
    const voided = ok(await c.screen('clerk', 'dossiers.void', { ...args, managerId: c.managerId, managerPin: '2468', idempotencyKey: key() }));

    const after = ok(await c.screen('mgr', 'day.report', { day: today }));
    expect({ ...after, generatedAtLocal: '', dossiers: { ...after.dossiers, notHandedOver: null } }).toEqual({ ...sealed, generatedAtLocal: '', dossiers: { ...sealed.dossiers, notHandedOver: null } });
    const next = ok(await c.screen('mgr', 'day.xReport', { day: '2026-11-28' }));
    expect(next.lateEntries).toEqual([
      expect.objectContaining({ seq: fix.seq, kind: 'dossier.corrected', forDay: today }),
      expect.objectContaining({ seq: voided.seq, kind: 'dossier.voided', forDay: today, vnd: -dossier.totalVnd }),
    ]);
    // The refund leaves the drawer open on the next day.
    expect(next.drawers[0]).toMatchObject({ voidRefunds: { vnd: dossier.totalVnd }, expectedVnd: 500_000 - dossier.totalVnd });
    expect(z.zNumber).toBe(1);
    expect(ok(await c.console('day.check', { day: today }))).toMatchObject({ ok: true });
    expect(ok(await c.console('ledger.verify', {}))).toMatchObject({ ok: true });
  });

  it('an entry of a closed day changed by hand in the file is named by ledger verify and by the day re-check', async () => {
    const { drawer, dossier } = await dayWithOneDossier();
    ok(await c.screen('mgr', 'drawer.close', { drawerId: drawer.drawerId, count: float, reason: 'Thiếu tiền', idempotencyKey: key() }));
    ok(await c.screen('mgr', 'day.close', { provisional: true, idempotencyKey: key() }));
    await c.app.services.printing.stop();
    c.app.close();

    const file = new Database(join(c.dataDir, 'ledger.sqlite'));
    for (const t of file.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'entries'").pluck().all() as string[]) file.exec(`DROP TRIGGER ${t}`);
    const payload = JSON.parse(file.prepare('SELECT payload FROM entries WHERE seq = ?').pluck().get(dossier.seq) as string);
    payload.payment.tenderedVnd += 100_000; // more cash "taken", less missing
    file.prepare('UPDATE entries SET payload = ? WHERE seq = ?').run(JSON.stringify(payload), dossier.seq);
    file.close();

    const app = openCounterApp({ dataDir: c.dataDir, clock: c.clock });
    c.app = app;
    const verify = ok(await app.dispatch('ledger.verify', {}, { lang: 'vi', via: 'console' }) as CommandResult<{ ok: boolean; firstBadSeq: number | null; problem: string | null }>);
    expect(verify).toMatchObject({ ok: false, firstBadSeq: dossier.seq, problem: 'hash_mismatch' });
    const check = ok(await app.dispatch('day.check', { day: today }, { lang: 'vi', via: 'console' }) as CommandResult<{ ok: boolean; problems: { problem: string; seq: number | null; figure: string | null }[] }>);
    expect(check.ok).toBe(false);
    expect(check.problems).toEqual(expect.arrayContaining([expect.objectContaining({ problem: 'entry_changed', seq: dossier.seq })]));
    expect(check.problems).toEqual(expect.arrayContaining([expect.objectContaining({ problem: 'figure_mismatch', figure: `drawer:${drawer.drawerId}:cashTaken` })]));
  });

  it("a day's figures changed in its table (not in the entries) are named by ledger verify and the re-check", async () => {
    const { drawer, dossier } = await dayWithOneDossier();
    expect(ok(await c.screen('clerk', 'drawer.current', {})).drawer).toMatchObject({ drawerId: drawer.drawerId, expectedVnd: 500_000 + dossier.totalVnd });
    ok(await c.screen('mgr', 'drawer.close', { drawerId: drawer.drawerId, count: float, reason: 'Thiếu tiền', idempotencyKey: key() }));
    ok(await c.screen('mgr', 'day.close', { provisional: true, idempotencyKey: key() }));
    c.app.services.db.prepare('UPDATE day_lines SET cash_vnd = cash_vnd + 100000 WHERE seq = ?').run(dossier.seq);
    const verify = ok(await c.console('ledger.verify', {}));
    expect(verify).toMatchObject({ ok: false, problem: 'read_model_mismatch' });
    expect(verify.differences).toEqual([{ table: 'day_lines', key: String(dossier.seq), column: 'cash_vnd', expected: String(dossier.totalVnd), found: String(dossier.totalVnd + 100_000) }]);
    const check = ok(await c.console('day.check', { day: today }));
    expect(check.problems).toEqual([expect.objectContaining({ problem: 'entry_changed', seq: dossier.seq, figure: 'cash_vnd' })]);
  });
});
