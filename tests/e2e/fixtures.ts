// Each test gets its own counter: a fresh data folder and a browser host started the way
// `npm run start:browser` starts it, serving the built screens (npm test builds them first).
import { test as base, expect } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** PIN pepper files (one per counter, named by its device id) go to a scratch folder, not the tester's home. */
const env = { COUNTER_SECRET_DIR: join(tmpdir(), 'onestop-counter-test-keys'), ...process.env };

export interface CounterHost {
  url: string;
  origin: string;
  dataDir: string;
}

/** Runs the technicians' console against a test's data folder (for provisioning). */
export function counterCli(dataDir: string, args: string[], stdin = ''): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/hosts/cli.ts', '--data-dir', dataDir, ...args], {
    cwd: root,
    env,
    input: stdin,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`counter ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** A counter already set up from the console: manager Lò Văn Hùng (PIN 2468), clerk Cầm Thị Mai (PIN 1357). */
export function provision(dataDir: string): void {
  counterCli(
    dataDir,
    ['init', '--office-code', '360000', '--office-name', 'Bưu điện tỉnh Sơn La', '--counter', '3', '--province', 'Sơn La', '--manager-name', 'Lò Văn Hùng'],
    '2468\n',
  );
  counterCli(dataDir, ['users', 'add', '--name', 'Cầm Thị Mai', '--role', 'clerk'], '1357\n');
}

async function startHost(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/hosts/browser-main.ts', '--data-dir', dataDir, '--port', '0'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = out.match(/http:\/\/127\.0\.0\.1:\d+\/\?token=\w+/);
      if (m) resolve(m[0]);
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`browser host exited ${code}: ${out}`)));
  });
  return { child, url };
}

export const test = base.extend<{ counter: CounterHost; provisioned: boolean }>({
  provisioned: [false, { option: true }],
  counter: async ({ provisioned }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'counter-e2e-'));
    if (provisioned) provision(dataDir);
    const { child, url } = await startHost(dataDir);
    await use({ url, origin: new URL(url).origin, dataDir });
    child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
