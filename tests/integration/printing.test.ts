// The receipt printer end to end: a real SQLite ledger in a temporary folder, the real print
// worker and ESC/POS renderer, and the virtual printer on loopback TCP with faults switched on
// and off. Each job must print exactly once, whatever happens in between.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandInput, CommandName, CommandOutput, PrinterStatus } from '../../shared/contract/commands';
import type { CommandResult } from '../../shared/contract/result';
import { openCounterApp, type CounterApp } from '../../electron/services/counter-app';
import { itemsOf } from '../support/escpos-decoder';
import { defaultSetup, key, ok, TestClock } from '../support/counter-fixture';
import { runUntilKilled } from '../support/crash-run';
import { configureS10, receiveDossier } from '../support/receive-dossier';
import { runCli } from '../support/run-cli';
import { saveJobArtifacts, VirtualPrinter } from '../support/virtual-printer';

const fast = { faultPollMs: 100, backoffMs: [50, 100, 200], connectTimeoutMs: 500, statusTimeoutMs: 300, idleProbeMs: 0 };

let dataDir: string;
let printer: VirtualPrinter;
const apps: CounterApp[] = [];

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'counter-printing-'));
  printer = await VirtualPrinter.start();
});
afterEach(async () => {
  for (const app of apps.splice(0)) app.close();
  await printer.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Opens the counter on the test's data folder; `setUp` also initializes it and configures the printer. */
async function open(options: { setUp?: boolean; start?: boolean; printing?: Partial<typeof fast> } = {}) {
  const app = openCounterApp({ dataDir, clock: new TestClock(), printing: { ...fast, ...options.printing } });
  apps.push(app);
  const statuses: PrinterStatus[] = [];
  app.events.subscribe((name, payload) => {
    if (name === 'printer.status') statuses.push(payload as PrinterStatus);
  });
  if (options.setUp) {
    ok(await app.dispatch('setup.initialize', { ...defaultSetup, idempotencyKey: key('setup') }, { lang: 'vi', via: 'screen', sessionId: 'mgr' }));
    ok(
      await app.dispatch(
        'devices.printer.configure',
        { settings: { uri: printer.uri, paperWidth: 80, copies: 2 }, idempotencyKey: key('printer') },
        { lang: 'vi', via: 'screen', sessionId: 'mgr' },
      ),
    );
  }
  if (options.start !== false) await app.startDevices();
  return { app, statuses };
}

/**
 * Queues a job the way the counter does: a dossier taken in through the dispatcher, whose commit
 * queues its receipt inside the same ledger transaction and kicks the worker after it.
 */
async function enqueue(app: CounterApp): Promise<string> {
  if (!app.services.intake.settings().s10) await configureS10(app);
  return (await receiveDossier(app)).jobId;
}

async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const entriesOf = (app: CounterApp, kind: string) =>
  (app.services.db.prepare('SELECT payload FROM entries WHERE kind = ? ORDER BY seq').all(kind) as { payload: string }[]).map(
    (r) => JSON.parse(r.payload) as Record<string, unknown>,
  );
/** A command as the manager's screen ('mgr') or the console, typed by its contract. */
const call = <N extends CommandName>(app: CounterApp, name: N, input: CommandInput<N>, via: 'mgr' | 'console' = 'mgr') =>
  app.dispatch(name, input, via === 'console' ? { lang: 'vi', via } : { lang: 'vi', via: 'screen', sessionId: via }) as Promise<CommandResult<CommandOutput<N>>>;
const jobState = (app: CounterApp, jobId: string) => app.services.printing.jobs(200).find((j) => j.id === jobId);
const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));

describe('print queue and worker', () => {
  it('prints a queued job once and records one printed entry', async () => {
    const { app, statuses } = await open({ setUp: true });
    const jobId = await enqueue(app);
    const slip = jobState(app, jobId)!.reference;
    expect(slip).toMatch(/^360000-03-261127-0001.$/);
    const [job] = await printer.waitForJobs(1);
    await until(() => jobState(app, jobId)?.state === 'printed', 'the job marked printed');

    expect(itemsOf(job!.decoded.items, 'unknown')).toEqual([]);
    expect(job!.documents).toHaveLength(2);
    expect(itemsOf(job!.decoded.items, 'code128').filter((c) => c.data === slip)).toHaveLength(2);
    expect(jobState(app, jobId)).toMatchObject({ state: 'printed', problem: null, attempts: 1, documents: 2, kind: 'receipt' });
    expect(entriesOf(app, 'print.printed')).toEqual([expect.objectContaining({ jobId, reference: slip, documents: 2, printer: printer.uri })]);
    expect(app.services.db.prepare("SELECT actor_kind FROM entries WHERE kind = 'print.printed'").pluck().all()).toEqual(['system']);
    expect(statuses.map((s) => s.state)).toContain('printing');
    expect(statuses.at(-1)).toMatchObject({ state: 'idle', problem: null, pending: 0 });

    await settle();
    expect(printer.jobs).toHaveLength(1);
    expect(ok(await call(app, 'print.jobs', { limit: 5 }, 'console')).jobs.map((j) => j.id)).toEqual([jobId]);
    expect(app.services.ledger.verify()).toMatchObject({ ok: true });
    saveJobArtifacts('printing-queued-receipt', job!);
  });

  it.each([
    ['paperOut', 'paperOut'],
    ['coverOpen', 'coverOpen'],
  ] as const)('waits while the printer reports %s, sends nothing, and prints once when it is ready', async (mode, problem) => {
    const { app, statuses } = await open({ setUp: true });
    printer.setMode(mode);
    const jobId = await enqueue(app);
    await until(() => jobState(app, jobId)?.state === 'waiting', 'the job waiting');
    expect(jobState(app, jobId)).toMatchObject({ state: 'waiting', problem });
    await settle(); // several status polls
    expect(jobState(app, jobId)).toMatchObject({ state: 'waiting', problem, attempts: 0 });
    expect(statuses.filter((s) => s.problem === problem)).not.toHaveLength(0);
    expect(statuses.at(-1)).toMatchObject({ state: 'waiting', problem, pending: 1 });
    expect(printer.jobs).toHaveLength(0);
    expect(printer.connections.filter((c) => c.outcome !== 'status-only')).toEqual([]);
    expect(entriesOf(app, 'print.printed')).toEqual([]);
    // One entry for the problem, however often the worker asked.
    expect(entriesOf(app, 'print.waiting')).toEqual([expect.objectContaining({ jobId, problem })]);
    expect(ok(await call(app, 'devices.printer.get', {})).status).toMatchObject({ state: 'waiting', problem });

    printer.setMode('ready');
    await printer.waitForJobs(1);
    await until(() => jobState(app, jobId)?.state === 'printed', 'the job marked printed');
    await settle();
    expect(printer.jobs).toHaveLength(1);
    expect(entriesOf(app, 'print.printed')).toHaveLength(1);
    expect(jobState(app, jobId)).toMatchObject({ state: 'printed', problem: null, attempts: 1 });
    expect(statuses.at(-1)).toMatchObject({ state: 'idle', problem: null, pending: 0 });
  });

  it('waits as unreachable while the printer is off, and prints once when it comes back on the same port', async () => {
    const { app, statuses } = await open({ setUp: true });
    await printer.down();
    const jobId = await enqueue(app);
    await until(() => jobState(app, jobId)?.problem === 'unreachable', 'the job waiting as unreachable');
    expect(statuses.at(-1)).toMatchObject({ state: 'waiting', problem: 'unreachable', pending: 1 });
    await settle();
    expect(entriesOf(app, 'print.waiting')).toHaveLength(1);

    await printer.up();
    await printer.waitForJobs(1);
    await until(() => jobState(app, jobId)?.state === 'printed', 'the job marked printed');
    await settle();
    expect(printer.jobs).toHaveLength(1);
    expect(entriesOf(app, 'print.printed')).toEqual([expect.objectContaining({ jobId })]);
  });

  it('does not count a job cut off mid-way as printed: it is sent again, and printed once', async () => {
    const { app } = await open({ setUp: true });
    printer.dropMidJob(500);
    const jobId = await enqueue(app);
    await printer.waitForJobs(1);
    await until(() => jobState(app, jobId)?.state === 'printed', 'the job marked printed');
    await settle();
    expect(printer.connections.filter((c) => c.outcome === 'dropped')).toHaveLength(1);
    expect(printer.jobs).toHaveLength(1);
    expect(itemsOf(printer.jobs[0]!.decoded.items, 'cut')).toHaveLength(2);
    expect(jobState(app, jobId)).toMatchObject({ state: 'printed', attempts: 2 });
    expect(entriesOf(app, 'print.printed')).toEqual([expect.objectContaining({ jobId, attempts: 2 })]);
    expect(entriesOf(app, 'print.waiting')).toEqual([expect.objectContaining({ jobId, problem: 'offline' })]);
  });

  it('treats a printer that never answers its status as offline', async () => {
    const { app } = await open({ setUp: true });
    printer.setMode('silent');
    const jobId = await enqueue(app);
    await until(() => jobState(app, jobId)?.problem === 'offline', 'the job waiting as offline');
    expect(printer.jobs).toHaveLength(0);
    printer.setMode('ready');
    await printer.waitForJobs(1);
    await until(() => jobState(app, jobId)?.state === 'printed', 'the job marked printed');
  });

  it('keeps jobs queued while no printer is configured, and prints them once one is', async () => {
    const { app, statuses } = await open();
    ok(await app.dispatch('setup.initialize', { ...defaultSetup, idempotencyKey: key('setup') }, { lang: 'vi', via: 'screen', sessionId: 'mgr' }));
    const jobId = await enqueue(app);
    expect(app.services.printing.status()).toMatchObject({ state: 'unconfigured', pending: 1 });
    expect(statuses.at(-1)).toMatchObject({ state: 'unconfigured', pending: 1 });
    await settle(200);
    expect(jobState(app, jobId)).toMatchObject({ state: 'queued', attempts: 0 });
    ok(
      await app.dispatch(
        'devices.printer.configure',
        { settings: { uri: printer.uri, paperWidth: 58, copies: 1 }, idempotencyKey: key('printer') },
        { lang: 'vi', via: 'screen', sessionId: 'mgr' },
      ),
    );
    await printer.waitForJobs(1);
    await until(() => jobState(app, jobId)?.state === 'printed', 'the job marked printed');
    expect(entriesOf(app, 'device.printer_configured')).toEqual([expect.objectContaining({ settings: { uri: printer.uri, paperWidth: 58, copies: 1 }, previous: null })]);
  });

  it('prints a job queued before the app closed once it is opened again', async () => {
    const first = await open({ setUp: true, start: false });
    const jobId = await enqueue(first.app);
    await settle(200);
    expect(printer.jobs).toHaveLength(0);
    first.app.close();
    apps.splice(apps.indexOf(first.app), 1);

    const { app } = await open();
    await printer.waitForJobs(1);
    await until(() => jobState(app, jobId)?.state === 'printed', 'the job marked printed');
    await settle();
    expect(printer.jobs).toHaveLength(1);
    expect(entriesOf(app, 'print.printed')).toEqual([expect.objectContaining({ jobId })]);
  });

  it('sends again a job that was being sent when the app closed, and prints it once', async () => {
    // The printer freezes mid-job; the worker waits for its answer (5 s) and the app closes meanwhile.
    const first = await open({ setUp: true, printing: { statusTimeoutMs: 5000 } });
    printer.hangMidJob(300);
    const jobId = await enqueue(first.app);
    await until(() => jobState(first.app, jobId)?.state === 'printing', 'the job being sent');
    first.app.close();
    apps.splice(apps.indexOf(first.app), 1);
    await printer.waitFor(() => printer.connections.some((c) => c.outcome === 'hung'), 3000, 'the frozen connection to end');

    const { app } = await open();
    await printer.waitForJobs(1);
    await until(() => jobState(app, jobId)?.state === 'printed', 'the job marked printed');
    await settle();
    expect(printer.jobs).toHaveLength(1);
    expect(entriesOf(app, 'print.printed')).toEqual([expect.objectContaining({ jobId, attempts: 2 })]);
  });

  it('prints once after the process is killed between the commit and the print', async () => {
    const setup = await open({ setUp: true, start: false });
    await configureS10(setup.app);
    setup.app.close();
    apps.splice(apps.indexOf(setup.app), 1);
    await printer.down();

    const queued = await runUntilKilled('print-crash-child.ts', [dataDir], /queued (\S+) (\S+)\n/);
    const [jobId, slip] = [queued[1]!, queued[2]!];

    await printer.up();
    const { app } = await open();
    await printer.waitForJobs(1, 10_000);
    await until(() => jobState(app, jobId)?.state === 'printed', 'the job marked printed');
    await settle();
    expect(printer.jobs).toHaveLength(1);
    expect(itemsOf(printer.jobs[0]!.decoded.items, 'code128').filter((c) => c.data === slip)).toHaveLength(2);
    expect(entriesOf(app, 'print.printed')).toEqual([expect.objectContaining({ jobId, reference: slip })]);
    expect(app.services.ledger.verify()).toMatchObject({ ok: true });
  });
});

describe('printer test page', () => {
  it('prints from the console before set-up, and refuses a printer out of paper', async () => {
    const { app } = await open({ start: false });
    const printed = ok(await call(app, 'printer.test', { uri: printer.uri, paperWidth: 58 }, 'console'));
    expect(printed.uri).toBe(printer.uri);
    const [job] = await printer.waitForJobs(1);
    expect(job!.raw.length).toBeGreaterThan(printed.bytes); // plus the status requests
    printer.setMode('paperOut');
    const refused = await app.dispatch('printer.test', { uri: printer.uri }, { lang: 'vi', via: 'console' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'PRINTER_FAILED', params: { uri: printer.uri, problem: 'paperOut' } } });
    expect(refused.ok || refused.error.message).toBe(`Không in được qua ${printer.uri}: máy in hết giấy.`);
    expect(printer.jobs).toHaveLength(1);
    const none = await app.dispatch('printer.test', {}, { lang: 'vi', via: 'console' });
    expect(none).toMatchObject({ ok: false, error: { code: 'PRINTER_NOT_CONFIGURED' } });
  });

  it('`printer test` prints the Vietnamese test page: raster text, one Code128, one QR, a cut', async () => {
    const r = await runCli(['--data-dir', dataDir, 'printer', 'test', '--printer', printer.uri, '--width', '80']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Đã in trang thử qua ${printer.uri}`);
    const [job] = await printer.waitForJobs(1);
    const items = job!.decoded.items;
    expect(itemsOf(items, 'unknown')).toEqual([]);
    expect(itemsOf(items, 'raster').length).toBeGreaterThan(0);
    expect(itemsOf(items, 'code128')).toHaveLength(1);
    expect(itemsOf(items, 'qr')).toHaveLength(1);
    expect(itemsOf(items, 'qr-print')).toHaveLength(1);
    expect(itemsOf(items, 'cut')).toHaveLength(1);
    expect(job!.documents).toHaveLength(1);
    saveJobArtifacts('printer-test-page-80mm', job!, 80);
  });

  it('`printer test` exits 1 with a Vietnamese reason when the printer cannot be reached or has no paper', async () => {
    const uri = printer.uri;
    await printer.down();
    const down = await runCli(['--data-dir', dataDir, 'printer', 'test', '--printer', uri]);
    expect(down.code).toBe(1);
    expect(down.stderr).toContain(`Không in được qua ${uri}: không kết nối được tới máy in`);

    await printer.up();
    printer.setMode('coverOpen');
    const cover = await runCli(['--data-dir', dataDir, 'printer', 'test', '--printer', uri]);
    expect(cover.code).toBe(1);
    expect(cover.stderr).toContain('nắp máy in đang mở');
    expect(printer.jobs).toHaveLength(0);

    expect((await runCli(['--data-dir', dataDir, 'printer', 'test'])).code).toBe(2);
    expect((await runCli(['--data-dir', dataDir, 'printer', 'test', '--printer', uri, '--width', '72'])).code).toBe(2);
  });
});
