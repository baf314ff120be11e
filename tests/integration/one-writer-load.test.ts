// The host and the console writing one ledger file at once: the host takes in dossiers through
// its dispatcher while two other processes — refused their devices by the folder's lock, so
// writing as the console does, with no worker — take in dossiers of their own. Over a thousand entries later every
// receipt is on paper exactly once — printed by the host's one worker — and the chain checks.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCounterApp, type CounterApp } from '../../electron/services/counter-app';
import { itemsOf } from '../support/escpos-decoder';
import { defaultSetup, key, ok } from '../support/counter-fixture';
import { configureS10, receiveDossier } from '../support/receive-dossier';
import { runCli } from '../support/run-cli';
import { VirtualPrinter } from '../support/virtual-printer';

const root = join(__dirname, '..', '..');
// Jobs queued by the other processes are found by the worker's idle rounds, not by a kick.
const printing = { faultPollMs: 100, backoffMs: [50, 100, 200], connectTimeoutMs: 1000, statusTimeoutMs: 1000, idleProbeMs: 200 };
const hostIntakes = 120;
const writers = 2;
const writerIntakes = 110;

let dataDir: string;
let printer: VirtualPrinter;
let app: CounterApp | null = null;

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'counter-load-'));
  printer = await VirtualPrinter.start();
});
afterEach(async () => {
  app?.close();
  await printer.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function writer(): { ready: Promise<void>; go: () => void; done: Promise<void> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'tests/support/intake-writer-child.ts'), dataDir, String(writerIntakes)], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  let onReady: () => void;
  const ready = new Promise<void>((r) => (onReady = r));
  const done = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('ready\n')) onReady();
    });
    child.on('exit', (code) =>
      code === 0 && out.includes('refused\n') && out.includes(`done ${writerIntakes}`) ? resolve() : reject(new Error(`writer exited ${code}: ${out}`)),
    );
  });
  return { ready, go: () => child.stdin.end('go\n'), done };
}

async function until(check: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the host and the console on one ledger', () => {
  it('prints every receipt once through a thousand concurrent writes, and the ledger verifies', async () => {
    const host = openCounterApp({ dataDir, printing });
    app = host;
    const as = { lang: 'vi', via: 'screen', sessionId: 'mgr' } as const;
    ok(await host.dispatch('setup.initialize', { ...defaultSetup, idempotencyKey: key('setup') }, as));
    ok(await host.dispatch('devices.printer.configure', { settings: { uri: printer.uri, paperWidth: 80, copies: 1 }, idempotencyKey: key('printer') }, as));
    await configureS10(host);
    await host.startDevices();
    const entriesBefore = host.services.ledger.count();

    const others = Array.from({ length: writers }, writer);
    await Promise.all(others.map((w) => w.ready));
    for (const w of others) w.go();
    const slips: string[] = [];
    for (let i = 0; i < hostIntakes; i++) slips.push((await receiveDossier(host)).slip);
    await Promise.all(others.map((w) => w.done));

    const total = hostIntakes + writers * writerIntakes;
    await until(() => host.services.printing.status().pending === 0, 'every job printed', 120_000);
    const all = host.services.db.prepare("SELECT slip_number FROM dossiers").pluck().all() as string[];
    expect(all).toHaveLength(total);
    expect(all).toEqual(expect.arrayContaining(slips));
    // Each job on paper names its dossier by the slip's Code128 (the S10 has one of its own).
    const printed = printer.jobs.map((job) => {
      const named = new Set(itemsOf(job.decoded.items, 'code128').map((c) => c.data).filter((d) => all.includes(d)));
      expect(named.size).toBe(1);
      return [...named][0];
    });
    expect(printed).toHaveLength(total);
    expect([...printed].sort()).toEqual([...all].sort());
    expect(host.services.db.prepare("SELECT count(*) FROM entries WHERE kind = 'print.printed'").pluck().get()).toBe(total);
    expect(host.services.ledger.count() - entriesBefore).toBeGreaterThanOrEqual(1000);

    const verify = await runCli(['--data-dir', dataDir, 'ledger', 'verify']);
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
  }, 180_000);
});
