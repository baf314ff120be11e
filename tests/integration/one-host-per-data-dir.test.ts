// One host per data folder: real browser-host processes on one folder. The second is refused
// with who holds the folder (Vietnamese, then English) and exit code 1; the console still works
// beside the running host; a holder killed outright leaves no lock behind.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

const root = join(__dirname, '..', '..');
let dataDir: string;
let staticDir: string;
const hosts: ChildProcess[] = [];

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'counter-two-hosts-'));
  staticDir = mkdtempSync(join(tmpdir(), 'counter-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Quầy</title>');
  mkdirSync(join(staticDir, 'assets'));
});
afterEach(() => {
  for (const h of hosts.splice(0)) h.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(staticDir, { recursive: true, force: true });
});

interface Host {
  child: ChildProcess;
  /** Resolves with the served URL, or rejects if the host exits first. */
  served: Promise<string>;
  exited: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

function startHost(): Host {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/hosts/browser-main.ts', '--data-dir', dataDir, '--port', '0', '--static', staticDir],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  hosts.push(child);
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stdout, stderr })),
  );
  const served = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = stdout.match(/http:\/\/127\.0\.0\.1:\d+\/\?token=\w+/);
      if (m) resolve(m[0]);
    });
    void exited.then((r) => reject(new Error(`host exited ${r.code}: ${r.stderr}`)));
  });
  served.catch(() => {});
  return { child, served, exited };
}

describe('one host per data folder', () => {
  it('refuses a second host on the same folder, naming the process that holds it, with exit code 1', async () => {
    const first = startHost();
    await first.served;

    const second = startHost();
    const refused = await second.exited;
    expect(refused.code).toBe(1);
    expect(refused.stdout).not.toMatch(/token=/);
    const [vi, en] = refused.stderr.trim().split('\n');
    expect(vi).toContain(`Thư mục dữ liệu ${dataDir} đang được một chương trình Quầy Một cửa khác dùng (tiến trình ${first.child.pid}, từ `);
    expect(en).toContain(`The data folder ${dataDir} is in use by another OneStop Counter program (process ${first.child.pid}, since `);

    // The technicians' console is not a host (it runs no worker, takes no lock): it writes
    // beside the running one, and the ledger it leaves checks.
    const init = await runCli(
      ['--data-dir', dataDir, 'init', '--office-code', '360000', '--office-name', 'Bưu điện tỉnh Sơn La', '--counter', '2',
        '--province', 'Sơn La', '--manager-name', 'Trần Văn Quản'],
      { stdin: '2468\n' },
    );
    expect(init.code, init.stderr).toBe(0);
    const verify = await runCli(['--data-dir', dataDir, 'ledger', 'verify']);
    expect(verify.code, verify.stderr).toBe(0);

    // The first host is still serving.
    expect(first.child.exitCode).toBeNull();
  }, 60_000);

  it('lets a new host take a folder whose holder was killed outright (no stale lock)', async () => {
    const first = startHost();
    await first.served;
    first.child.kill('SIGKILL');
    await first.exited;

    const next = startHost();
    await expect(next.served).resolves.toMatch(/token=/);
  }, 60_000);
});
