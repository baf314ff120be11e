// The technicians' console as a real process over a real ledger file, including the tamper
// checks: with the triggers dropped by hand, any change to history is found by `ledger verify`.
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCounterApp } from '../../electron/services/counter-app';
import { runCli } from '../support/run-cli';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'counter-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const init = (extra: string[] = [], pin = '2468\n') =>
  runCli(
    ['--data-dir', dir, 'init', '--office-code', '360000', '--office-name', 'Bưu điện tỉnh Sơn La', '--counter', '2',
      '--province', 'Sơn La', '--manager-name', 'Lò Văn Hùng', ...extra],
    { stdin: pin },
  );

/** A counter with a manager and two clerks: five entries (set-up, manager, sample catalogue, two clerks). */
async function provisioned(): Promise<void> {
  expect((await init()).code).toBe(0);
  expect((await runCli(['--data-dir', dir, 'users', 'add', '--name', 'Cầm Thị Mai', '--role', 'clerk'], { stdin: '1357\n' })).code).toBe(0);
  expect((await runCli(['--data-dir', dir, 'users', 'add', '--name', 'Quàng Văn Tú', '--role', 'clerk'], { stdin: '9753\n' })).code).toBe(0);
}

/** Opens the ledger behind the app's back and removes its guards, as a tamperer would. */
function tamper(work: (db: Database.Database) => void): void {
  const db = new Database(join(dir, 'ledger.sqlite'));
  db.exec('DROP TRIGGER entries_refuse_update; DROP TRIGGER entries_refuse_delete;');
  db.pragma('foreign_keys = OFF');
  work(db);
  db.close();
}

const verify = () => runCli(['--data-dir', dir, '--json', 'ledger', 'verify']);

describe('counter init and users', () => {
  it('sets up the counter with the PIN from standard input and lists users', async () => {
    const r = await init();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Đã thiết lập quầy\. Quản lý: Lò Văn Hùng \(u_[0-9a-f]{16}\)\./);
    await runCli(['--data-dir', dir, 'users', 'add', '--name', 'Cầm Thị Mai', '--role', 'clerk'], { stdin: '1357\n' });
    const list = await runCli(['--data-dir', dir, '--json', 'users', 'list']);
    expect(JSON.parse(list.stdout).users.map((u: { name: string; role: string }) => `${u.name}/${u.role}`)).toEqual([
      'Cầm Thị Mai/clerk',
      'Lò Văn Hùng/manager',
    ]);
  });

  it('uses COUNTER_DATA_DIR when --data-dir is absent', async () => {
    expect((await init()).code).toBe(0);
    const r = await runCli(['users', 'list'], { env: { COUNTER_DATA_DIR: dir } });
    expect(r.stdout).toContain('Lò Văn Hùng');
  });

  it('never takes a PIN as an argument, and exits 2 on usage errors', async () => {
    expect((await init(['--pin', '2468'])).code).toBe(2);
    const missing = await runCli(['--data-dir', dir, 'users', 'add', '--name', 'A B']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Thiếu --role');
    expect((await runCli(['--data-dir', dir, 'ledger', 'explode'])).code).toBe(2);
    expect((await runCli([])).code).toBe(2);
  });

  it('exits 1 with a Vietnamese message for a bad PIN or role, writing nothing', async () => {
    const r = await init([], '12\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Mã PIN phải gồm 4 đến 8 chữ số.');
    await init();
    const role = await runCli(['--data-dir', dir, 'users', 'add', '--name', 'A B', '--role', 'boss'], { stdin: '4826\n' });
    expect(role.code).toBe(1);
    expect(role.stderr).toContain('Vai trò phải là giao dịch viên hoặc quản lý.');
    expect(JSON.parse((await verify()).stdout).entries).toBe(4); // set-up, manager, sample catalogue, sample agency directory
  });

  it('refuses an easily guessed PIN and a province that is not one of the 34, saying which are', async () => {
    const trivial = await init([], '1111\n');
    expect(trivial.code).toBe(1);
    expect(trivial.stderr).toContain('Mã PIN không được là một chữ số lặp lại');
    const initWith = (province: string) =>
      runCli(['--data-dir', dir, 'init', '--office-code', '360000', '--office-name', 'Bưu điện tỉnh Sơn La', '--counter', '2', '--province', province, '--manager-name', 'Lò Văn Hùng'], { stdin: '2468\n' });
    const unknown = await initWith('Tỉnh XYZ');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Không có tỉnh, thành phố «Tỉnh XYZ» trong 34 đơn vị hành chính cấp tỉnh');
    expect(unknown.stderr).toContain('14 Sơn La');
    const former = await initWith('Yên Bái');
    expect(former.stderr).toContain('«Yên Bái» là tỉnh cũ, nay thuộc Tỉnh Lào Cai (mã 15)');
    const ledger = () => new Database(join(dir, 'ledger.sqlite'), { readonly: true });
    const before = ledger();
    expect(before.prepare('SELECT count(*) AS n FROM entries').get()).toEqual({ n: 0 });
    before.close();
    expect((await initWith('son la')).code).toBe(0);
    const after = ledger();
    try {
      expect(after.prepare('SELECT province, province_code FROM counter').get()).toEqual({ province: 'Tỉnh Sơn La', province_code: '14' });
    } finally {
      after.close();
    }
  });

  it('posts once when a provisioning script retries with the same --idempotency-key', async () => {
    await init();
    const add = () =>
      runCli(['--data-dir', dir, '--idempotency-key', 'provision-mai-001', 'users', 'add', '--name', 'Cầm Thị Mai', '--role', 'clerk'], {
        stdin: '1357\n',
      });
    const [a, b, c] = await Promise.all([add(), add(), add()]);
    expect([a.code, b.code, c.code]).toEqual([0, 0, 0]);
    expect(new Set([a.stdout, b.stdout, c.stdout]).size).toBe(1);
    expect(JSON.parse((await verify()).stdout).entries).toBe(5);
  });
});

describe('ledger verify', () => {
  it('exits 0 on an intact ledger', async () => {
    await provisioned();
    const r = await runCli(['--data-dir', dir, 'ledger', 'verify']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Sổ cái toàn vẹn: 6 bút toán/);
  });

  it('finds a changed payload and names its sequence number', async () => {
    await provisioned();
    tamper((db) => db.prepare(`UPDATE entries SET payload = replace(payload, 'Cầm Thị Mai', 'Kẻ Gian') WHERE seq = 5`).run());
    const r = await verify();
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, firstBadSeq: 5, problem: 'hash_mismatch' });
    const human = await runCli(['--data-dir', dir, 'ledger', 'verify']);
    expect(human.code).toBe(3);
    expect(human.stderr).toContain('hỏng từ bút toán số 5');
  });

  it('finds a changed actor or time as well as a changed payload', async () => {
    await provisioned();
    tamper((db) => db.prepare(`UPDATE entries SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 5`).run());
    expect(JSON.parse((await verify()).stdout)).toMatchObject({ firstBadSeq: 5 });
  });

  it('finds a deleted row and names the missing sequence number', async () => {
    await provisioned();
    tamper((db) => db.prepare('DELETE FROM entries WHERE seq = 2').run());
    const r = await verify();
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toMatchObject({ firstBadSeq: 2, problem: 'sequence_gap' });
  });

  it('finds an inserted row and names it', async () => {
    await provisioned();
    tamper((db) => {
      // A forged seventh entry copying the shape of the last, pointing at the wrong predecessor.
      db.prepare(
        `INSERT INTO entries (seq, kind, payload, actor_kind, actor_user_id, device_id, at, at_local, idempotency_key, corrects_seq, prev_hash, hash)
         SELECT 7, 'user.added', '{"name":"Ma"}', 'console', NULL, device_id, at, at_local, 'forged', NULL, prev_hash, 'f00d'
         FROM entries WHERE seq = 6`,
      ).run();
    });
    const r = await verify();
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toMatchObject({ firstBadSeq: 7, problem: 'chain_broken' });
  });

  it('finds a row slipped in before the first', async () => {
    await provisioned();
    tamper((db) =>
      db.prepare(
        `INSERT INTO entries SELECT 0, kind, payload, actor_kind, actor_user_id, device_id, at, at_local, 'early', corrects_seq, prev_hash, 'beef' FROM entries WHERE seq = 1`,
      ).run(),
    );
    expect(JSON.parse((await verify()).stdout)).toMatchObject({ firstBadSeq: 0, problem: 'sequence_order' });
  });
});

describe('db backup', () => {
  it('writes a verified online copy and refuses to overwrite a file', async () => {
    await provisioned();
    const out = join(dir, 'backups', 'counter-2026-11-27.sqlite');
    const r = await runCli(['--data-dir', dir, '--json', 'db', 'backup', '--out', out]);
    expect(r.code, r.stderr + r.stdout).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ out, entries: 6 });
    const copy = new Database(out, { readonly: true });
    expect((copy.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n).toBe(6);
    copy.close();
    const again = await runCli(['--data-dir', dir, 'db', 'backup', '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Sao lưu không thành công');
    expect(existsSync(`${out}.partial`)).toBe(false);
  });
});

describe('a manager added from the console (issue 10)', () => {
  it('needs an existing manager and their PIN on standard input, and records the entry as that manager through the console', async () => {
    expect((await init()).code).toBe(0);
    const managerId = (JSON.parse((await runCli(['--data-dir', dir, '--json', 'users', 'list'])).stdout).users as { id: string }[])[0]!.id;
    const add = (extra: string[], stdin: string) =>
      runCli(['--data-dir', dir, 'users', 'add', '--name', 'Điêu Thị Lan', '--role', 'manager', ...extra], { stdin });

    const unconfirmed = await add([], '864213\n');
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.stderr).toMatch(/^Chỉ lúc thiết lập ban đầu bảng lệnh mới tạo được quản lý/);
    const wrong = await add(['--by', managerId], '1111\n864213\n');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/^Mã PIN không đúng\. Còn 4 lần thử/);

    const done = await add(['--by', managerId], '2468\n864213\n');
    expect(done.code, done.stderr).toBe(0);
    const entries = JSON.parse((await runCli(['--data-dir', dir, '--json', 'ledger', 'entries', '--limit', '2'])).stdout).entries;
    expect(entries.map((e: { kind: string; actorKind: string; actorUserId: string }) => [e.kind, e.actorKind, e.actorUserId])).toEqual([
      ['user.added', 'console', managerId],
      ['auth.pin_confirmed', 'console', managerId],
    ]);
    // The new manager's PIN is the second line, not the confirming one: she signs in with it.
    const app = openCounterApp({ dataDir: dir, secretDir: join(tmpdir(), 'onestop-counter-test-keys') });
    try {
      const lan = app.services.users.signInOptions().find((u) => u.name === 'Điêu Thị Lan')!;
      expect(lan.role).toBe('manager');
      const r = await app.dispatch('auth.signIn', { userId: lan.id, pin: '864213', idempotencyKey: 'cli-test-lan-sign-in' }, { lang: 'vi', via: 'screen', sessionId: 's' });
      expect(r.ok ? 'ok' : r.error.message).toBe('ok');
    } finally {
      app.close();
    }
  });
});
