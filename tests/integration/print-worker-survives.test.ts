// The print worker never stops for good: a ledger file locked by another process for longer
// than the busy timeout, or a job that another writer already recorded as printed, holds it up
// at most — the status bar says why, and the job prints exactly once, without a restart.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrinterStatus } from '../../shared/contract/commands';
import { openCounterApp, type CounterApp } from '../../electron/services/counter-app';
import { openDatabase } from '../../electron/services/db/open-database';
import { Ledger } from '../../electron/services/ledger/ledger';
import { defaultSetup, key, ok, TestClock } from '../support/counter-fixture';
import { configureS10, receiveDossier } from '../support/receive-dossier';
import { VirtualPrinter } from '../support/virtual-printer';

const root = join(__dirname, '..', '..');
const fast = { faultPollMs: 100, backoffMs: [50, 100, 200], connectTimeoutMs: 500, statusTimeoutMs: 300, idleProbeMs: 0 };

let dataDir: string;
let printer: VirtualPrinter;
let app: CounterApp | null = null;
let locker: ChildProcess | null = null;

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'counter-worker-'));
  printer = await VirtualPrinter.start();
});
afterEach(async () => {
  locker?.kill('SIGKILL');
  locker = null;
  app?.close();
  app = null;
  await printer.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A set-up counter with a printer and an S10 range; its devices (the worker) not started yet. */
async function openCounter(): Promise<{ app: CounterApp; statuses: PrinterStatus[] }> {
  const opened = openCounterApp({ dataDir, clock: new TestClock(), printing: fast });
  app = opened;
  const statuses: PrinterStatus[] = [];
  opened.events.subscribe((name, payload) => {
    if (name === 'printer.status') statuses.push(payload as PrinterStatus);
  });
  const as = { lang: 'vi', via: 'screen', sessionId: 'mgr' } as const;
  ok(await opened.dispatch('setup.initialize', { ...defaultSetup, idempotencyKey: key('setup') }, as));
  ok(await opened.dispatch('devices.printer.configure', { settings: { uri: printer.uri, paperWidth: 80, copies: 2 }, idempotencyKey: key('printer') }, as));
  await configureS10(opened);
  return { app: opened, statuses };
}

/** Another process takes the ledger's write lock (BEGIN IMMEDIATE) and holds it for `ms`. */
async function holdWriteLock(file: string, ms: number): Promise<ChildProcess> {
  const script = `
    const db = new (require('better-sqlite3'))(process.argv[1]);
    db.exec('BEGIN IMMEDIATE');
    process.stdout.write('locked\\n');
    setTimeout(() => { db.exec('COMMIT'); db.close(); }, Number(process.argv[2]));`;
  const child = spawn(process.execPath, ['-e', script, file, String(ms)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('locked') && resolve());
    child.on('exit', (code) => reject(new Error(`lock holder exited ${code}`)));
  });
  return child;
}

async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const jobState = (a: CounterApp, jobId: string) => a.services.printing.jobs(200).find((j) => j.id === jobId);
const printedEntries = (a: CounterApp) => a.services.db.prepare("SELECT payload FROM entries WHERE kind = 'print.printed'").pluck().all() as string[];
const settle = (ms = 500) => new Promise((r) => setTimeout(r, ms));

describe('the print worker survives the ledger file', () => {
  it('waits out another process holding the write lock for 8 s, says so, and then prints the job once', async () => {
    const { app: counter, statuses } = await openCounter();
    await counter.startDevices();
    // The job is due but the printer has no paper, so the worker is polling it when the lock comes.
    printer.setMode('paperOut');
    const { jobId } = await receiveDossier(counter);
    await until(() => jobState(counter, jobId)?.state === 'waiting', 'the job waiting on paper');

    locker = await holdWriteLock(counter.ledgerFile, 8000);
    printer.setMode('ready');
    await until(() => statuses.some((s) => s.problem === 'storageBusy'), 'the status to say the file is busy', 12_000);
    expect(statuses.findLast((s) => s.problem === 'storageBusy')).toMatchObject({ state: 'waiting', pending: 1 });
    expect(printer.jobs).toHaveLength(0);

    await printer.waitForJobs(1, 20_000);
    await until(() => jobState(counter, jobId)?.state === 'printed', 'the job marked printed', 10_000);
    await settle();
    expect(printer.jobs).toHaveLength(1);
    expect(printedEntries(counter)).toHaveLength(1);
    expect(counter.services.printing.status()).toMatchObject({ state: 'idle', problem: null, pending: 0 });
    expect(statuses.at(-1)).toMatchObject({ state: 'idle', problem: null });
    expect(counter.services.ledger.verify()).toMatchObject({ ok: true });
  }, 60_000);

  it('records a receipt the printer confirmed while the file was locked once it frees, and never sends it again', async () => {
    const { app: counter, statuses } = await openCounter();
    await counter.startDevices();
    // As the receipt reaches the printer, another connection takes the write lock, so the
    // print.printed entry cannot be written when the printer confirms it.
    const other = new Database(counter.ledgerFile);
    let locked = false;
    printer.onChunk = (chunk) => {
      // Larger than a status request (3 bytes each): the receipt itself.
      if (chunk.length < 64 || locked) return;
      locked = true;
      other.exec('BEGIN IMMEDIATE');
      setTimeout(() => other.exec('COMMIT'), 1000);
    };
    try {
      const { jobId } = await receiveDossier(counter);
      await printer.waitForJobs(1, 10_000);
      await until(() => jobState(counter, jobId)?.state === 'printed', 'the job marked printed', 20_000);
      await settle(1000);
      expect(locked).toBe(true);
      expect(statuses.some((s) => s.problem === 'storageBusy')).toBe(true);
      expect(printer.jobs).toHaveLength(1);
      expect(printedEntries(counter).map((p) => JSON.parse(p) as { attempts: number })).toEqual([expect.objectContaining({ jobId, attempts: 1 })]);
      expect(counter.services.printing.status()).toMatchObject({ state: 'idle', problem: null, pending: 0 });
    } finally {
      other.close();
    }
  }, 60_000);

  it('treats a job whose print.printed another writer posted as done: no crash, no second print', async () => {
    const { app: counter } = await openCounter();
    const { jobId, slip } = await receiveDossier(counter);
    // Another writer on the same file (its own connection and ledger) records the job printed.
    const otherDb = openDatabase(counter.ledgerFile);
    try {
      const other = new Ledger(otherDb, new TestClock());
      other.transaction(() =>
        other.post({
          kind: 'print.printed',
          payload: { jobId, kind: 'receipt', reference: slip, documents: 2, printer: printer.uri, bytes: 1, attempts: 1 },
          actor: { kind: 'system' },
          idempotencyKey: `print:${jobId}:printed`,
        }),
      );
    } finally {
      otherDb.close();
    }

    await counter.startDevices();
    await until(() => jobState(counter, jobId)?.state === 'printed', 'the job settled as printed');
    await settle();
    expect(printer.jobs).toHaveLength(0);
    expect(printedEntries(counter)).toHaveLength(1);

    // The worker is still there: the next receipt prints, once.
    const next = await receiveDossier(counter);
    await printer.waitForJobs(1);
    await until(() => jobState(counter, next.jobId)?.state === 'printed', 'the next job printed');
    await settle();
    expect(printer.jobs).toHaveLength(1);
    expect(printedEntries(counter)).toHaveLength(2);
    expect(counter.services.ledger.verify()).toMatchObject({ ok: true });
  }, 30_000);
});
