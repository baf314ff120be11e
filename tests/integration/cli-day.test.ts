// `day x-report`, `day close` and `day check` from the technicians' console, as real processes
// over a ledger with one dossier taken in: the exit codes a script relies on (0 done, 1 refused,
// 2 usage, 3 a closed day that no longer holds) and the words the technician reads.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { key, ok, type StaffedCounter } from '../support/counter-fixture';
import { filledForm, intakeCounter } from '../support/intake-fixture';
import { runCli } from '../support/run-cli';

let c: StaffedCounter;
let seq: number;
beforeAll(async () => {
  c = await intakeCounter();
  seq = ok(await c.screen('clerk', 'intake.commit', { ...(await filledForm(c)), idempotencyKey: key('commit') })).dossier.seq;
  c.app.close();
}, 60_000);
afterAll(() => {
  rmSync(c.dataDir, { recursive: true, force: true });
  rmSync(`${c.dataDir}-keys`, { recursive: true, force: true });
});

const day = '2026-11-27';
const cli = (args: string[], stdin?: string) => runCli(['--data-dir', c.dataDir, ...args], stdin === undefined ? {} : { stdin });

describe('day commands at the console', () => {
  it('x-report, a refused close, a provisional close, a re-check, and a tampered day', async () => {
    const x = await cli(['day', 'x-report', day, '--json']);
    expect(x.code).toBe(0);
    expect(JSON.parse(x.stdout)).toMatchObject({ day, state: 'open', dossiers: { received: { count: 1 } } });

    expect((await cli(['day', 'close', day], '2468\n')).code).toBe(2); // the day goes after --day
    // One manager on this counter: the PIN alone closes, without --manager.
    const wrongPin = await cli(['day', 'close', '--day', day], '0000\n');
    expect(wrongPin.code).toBe(1);
    expect(wrongPin.stderr).toContain('Mã PIN không đúng');
    const waiting = await cli(['day', 'close', '--manager', c.managerId, '--day', day], '2468\n');
    expect(waiting.code).toBe(1);
    expect(waiting.stderr).toContain('bản in đang chờ');

    const closed = await cli(['day', 'close', '--day', day, '--provisional'], '2468\n');
    expect(closed.code).toBe(0);
    expect(closed.stdout).toContain('BÁO CÁO Z số 1 (TẠM)');
    expect(closed.stdout).toContain('Hồ sơ: nhận 1');
    const check = await cli(['day', 'check', day]);
    expect([check.code, check.stdout.trim()]).toEqual([0, `Ngày ${day} (Z số 1): khớp.`]);

    const file = new Database(join(c.dataDir, 'ledger.sqlite'));
    for (const t of file.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'entries'").pluck().all() as string[]) file.exec(`DROP TRIGGER ${t}`);
    const payload = JSON.parse(file.prepare('SELECT payload FROM entries WHERE seq = ?').pluck().get(seq) as string);
    payload.fees.totalVnd += 10_000;
    file.prepare('UPDATE entries SET payload = ? WHERE seq = ?').run(JSON.stringify(payload), seq);
    file.close();
    const tampered = await cli(['day', 'check', day]);
    expect(tampered.code).toBe(3);
    expect(tampered.stdout).toContain(`entry_changed #${seq}`);
    const verify = await cli(['ledger', 'verify']);
    expect(verify.code).toBe(3);
    expect(verify.stdout + verify.stderr).toContain(String(seq));
  }, 120_000);
});
