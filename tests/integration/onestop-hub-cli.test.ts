// `npm run -s hub -- serve --onestop URL` as real processes: the account read from the
// environment and never printed, refused clearly when incomplete; the connector it starts sends
// the outbox to the reference one-stop system; a call the system refuses as invalid is parked and
// `status` shows it as an alert.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHubDatabase } from '../../hub/db/open-hub-database';
import { startOnestopReference, type OnestopReference } from '../../hub/onestop-reference/server';
import { onestopEnv } from '../../hub/connector/onestop-options';
import { runScript } from '../support/run-cli';

const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'hub-onestop-cli-'));
const dataDir = join(dir, 'hub');
let ref: OnestopReference;
let server: ChildProcess | null = null;
let account: Record<string, string>;

beforeAll(async () => {
  ref = await startOnestopReference({ dataDir: join(dir, 'ref'), procedures: [] });
  account = {
    [onestopEnv.username]: ref.account.username,
    [onestopEnv.password]: ref.account.password,
    [onestopEnv.dstcode]: ref.account.dstcode,
    [onestopEnv.madonvi]: ref.account.madonvi,
  };
});

afterAll(async () => {
  server?.kill('SIGKILL');
  await ref?.close();
  rmSync(dir, { recursive: true, force: true });
});

const cleanEnv = () => {
  const env: NodeJS.ProcessEnv = { ...process.env, HUB_DATABASE_URL: '' };
  for (const name of Object.values(onestopEnv)) delete env[name];
  return env;
};

const hub = (args: string[], env: NodeJS.ProcessEnv = cleanEnv()) => runScript('hub/cli.ts', ['--data-dir', dataDir, ...args], { env });

describe('hub serve --onestop', () => {
  it('refuses an address that is not http(s) and an incomplete account, naming what is missing', async () => {
    const badUrl = await hub(['serve', '--port', '0', '--onestop', 'ftp://mot-cua.example']);
    expect(badUrl.code).toBe(2);
    expect(badUrl.stderr).toContain('--onestop phải là địa chỉ http(s)');
    const missing = await hub(['serve', '--port', '0', '--onestop', ref.url], { ...cleanEnv(), [onestopEnv.username]: ref.account.username });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`Thiếu tài khoản Hệ thống một cửa: ${onestopEnv.password}, ${onestopEnv.dstcode}, ${onestopEnv.madonvi}.`);
    const english = await hub(['--lang', 'en', 'serve', '--port', '0', '--onestop', ref.url]);
    expect(english.stderr).toContain(`The one-stop system's account is missing: ${onestopEnv.username}, ${onestopEnv.password}`);
  });

  it('runs the connector with the account from the environment, never printed; a refused call shows in status', async () => {
    // A call the system will refuse as invalid, queued before the hub starts (the folder is one process's).
    const db = await openHubDatabase({ dataDir });
    await db.query("INSERT INTO onestop_outbox (kind, ma_ho_so, payload, created_at) VALUES ('dossier', 'KHONG-HOP-LE', '{\"MaHoSo\":\"KHONG-HOP-LE\"}', now())");
    await db.close();

    server = spawn(process.execPath, ['--import', 'tsx', join(root, 'hub/cli.ts'), '--data-dir', dataDir, 'serve', '--port', '0', '--onestop', ref.url, '--onestop-every', '0.1'], {
      cwd: root,
      env: { ...cleanEnv(), ...account },
    });
    const out = await new Promise<string>((resolve, reject) => {
      let text = '';
      server!.stdout!.on('data', (d: Buffer) => {
        text += d.toString();
        if (text.includes('Hệ thống một cửa')) resolve(text);
      });
      server!.once('exit', (c) => reject(new Error(`serve exited ${c}`)));
    });
    expect(out).toContain(`Kết nối Hệ thống một cửa: ${ref.url} (mỗi 0.1 giây)`);
    expect(out).not.toContain(ref.account.password);
    expect(out).not.toContain(ref.account.username);

    // Through the running hub: the refused call is parked and raised.
    let status = '';
    for (let i = 0; i < 300 && !status.includes('ONESTOP_PARKED'); i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await hub(['status'])).stdout;
    }
    expect(status).toMatch(/CẢNH BÁO ONESTOP_PARKED .* lệnh gửi một cửa #1 \(1×\): KHONG-HOP-LE: refused: error_code 1/);
    expect(ref.dossiers()).toEqual([]);
  });
});
