// The console's sync commands as scripts use them, as real processes against a real hub on
// loopback: `sync enrol --hub URL` (code on standard input), `sync now` (0 once the hub holds
// everything, 1 with the reason otherwise), `sync status --json`; and the key file kept 0600
// outside the data folder.
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolCounter } from '../../hub/counters';
import type { HubDatabase } from '../../hub/db/hub-database';
import { startHub, type RunningHub } from '../../hub/server';
import { hubEngines } from '../support/hub-engines';
import { runCli } from '../support/run-cli';
import { addEntries, hubChain, openSyncApp } from '../support/sync-fixture';

describe('sync at the console', () => {
  let db: HubDatabase;
  let dispose: () => Promise<void>;
  let hub: RunningHub;
  beforeAll(async () => {
    ({ db, dispose } = await hubEngines.find((e) => e.name === 'pglite')!.open());
    hub = await startHub({ database: db });
  }, 90_000);
  afterAll(async () => {
    await hub?.close();
    await dispose?.();
  });

  it('enrols with the code from standard input, syncs, reports; exits 1 with the reason when the hub is gone', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'counter-cli-sync-'));
    const secretDir = mkdtempSync(join(tmpdir(), 'counter-cli-sync-keys-'));
    const env = { COUNTER_SECRET_DIR: secretDir };
    const init = await runCli(['--data-dir', dataDir, 'init', '--office-code', '361200', '--office-name', 'Bưu điện huyện Thuận Châu', '--counter', '2', '--province', 'Sơn La', '--manager-name', 'Lò Văn Hùng'], { stdin: '2468\n', env });
    expect(init.code, init.stderr).toBe(0);

    const before = await runCli(['--data-dir', dataDir, 'sync', 'now'], { env });
    expect(before.code).toBe(1);
    expect(before.stderr).toContain('Quầy chưa đăng ký với máy chủ tỉnh');

    const wrong = await runCli(['--data-dir', dataDir, 'sync', 'enrol', '--hub', hub.url], { stdin: 'KHONGDUNG-123\n', env });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('Mã đăng ký không đúng, đã dùng hoặc đã hết hạn');

    const { code } = await enrolCounter(db, { officeCode: '361200', counterNumber: 2 });
    const enrol = await runCli(['--data-dir', dataDir, 'sync', 'enrol', '--hub', hub.url], { stdin: `${code}\n`, env });
    expect(enrol.code, enrol.stderr).toBe(0);
    expect(enrol.stdout).toMatch(/Đã đăng ký với máy chủ tỉnh/);
    // The key: outside the data folder, readable by its user only; never in the ledger.
    const [keyFile] = readdirSync(secretDir).filter((f) => f.startsWith('sync-'));
    expect(statSync(join(secretDir, keyFile!)).mode & 0o777).toBe(0o600);

    const app = openSyncApp(dataDir);
    addEntries(app, 700);
    app.close();
    const waiting = JSON.parse((await runCli(['--data-dir', dataDir, 'sync', 'status', '--json'], { env })).stdout);
    expect(waiting).toMatchObject({ waiting: expect.any(Number), ackedSeq: 0, lastError: null });
    expect(waiting.waiting).toBeGreaterThan(700);

    const now = await runCli(['--data-dir', dataDir, 'sync', 'now'], { env });
    expect(now.code, now.stderr).toBe(0);
    expect(now.stdout).toContain('Đã đồng bộ.');
    const status = JSON.parse((await runCli(['--data-dir', dataDir, 'sync', 'status', '--json'], { env })).stdout);
    const id = (await db.query<{ id: string }>("SELECT id FROM hub_counters WHERE office_code = '361200'"))[0]!.id;
    const held = await hubChain(db, id);
    console.log(`[cli-sync] ${held.count} entries at the hub; status ${JSON.stringify(status)}`);
    expect(status).toMatchObject({ waiting: 0, ackedSeq: held.count, headHash: held.headHash, lastError: null });

    // The hub goes away: `sync now` says so and exits 1; nothing is lost.
    await hub.close();
    const after = openSyncApp(dataDir);
    addEntries(after, 3);
    after.close();
    const offline = await runCli(['--data-dir', dataDir, 'sync', 'now'], { env });
    expect(offline.code).toBe(1);
    expect(offline.stderr).toContain('Không kết nối được máy chủ tỉnh');
    expect(JSON.parse((await runCli(['--data-dir', dataDir, 'sync', 'status', '--json'], { env })).stdout)).toMatchObject({ waiting: 3, lastError: { code: 'UNREACHABLE' } });
    hub = await startHub({ database: db, port: Number(new URL(hub.url).port) });
    expect((await runCli(['--data-dir', dataDir, 'sync', 'now'], { env })).code).toBe(0);
  }, 120_000);
});
