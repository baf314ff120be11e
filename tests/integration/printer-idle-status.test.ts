// With nothing to print, the status bar must still tell the truth: the worker asks the printer
// how it is now and then, and pushes `printer.status` when the answer changes. Real worker, real
// ledger, the virtual printer on loopback TCP switched off and on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrinterStatus } from '../../shared/contract/commands';
import { openCounterApp, type CounterApp } from '../../electron/services/counter-app';
import type { PrintWorkerOptions } from '../../electron/services/printing/print-worker';
import { defaultSetup, key, ok, TestClock } from '../support/counter-fixture';
import { VirtualPrinter } from '../support/virtual-printer';

let dataDir: string;
let printer: VirtualPrinter;
let app: CounterApp | null = null;
const statuses: PrinterStatus[] = [];

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'counter-printer-idle-'));
  printer = await VirtualPrinter.start();
  statuses.length = 0;
});
afterEach(async () => {
  app?.close();
  app = null;
  await printer.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A set-up counter with the virtual printer configured, its devices started. */
async function openCounter(printing: Omit<PrintWorkerOptions, 'fontsDir'>): Promise<CounterApp> {
  app = openCounterApp({ dataDir, clock: new TestClock(), printing });
  const opened = app;
  opened.events.subscribe((name, payload) => {
    if (name === 'printer.status') statuses.push(payload as PrinterStatus);
  });
  const asManager = { lang: 'vi', via: 'screen', sessionId: 'mgr' } as const;
  ok(await opened.dispatch('setup.initialize', { ...defaultSetup, idempotencyKey: key('setup') }, asManager));
  ok(await opened.dispatch('devices.printer.configure', { settings: { uri: printer.uri, paperWidth: 80, copies: 2 }, idempotencyKey: key('printer') }, asManager));
  await opened.startDevices();
  return opened;
}

/** Waits for a pushed status that `check` accepts, giving up after `withinMs`. */
async function pushed(check: (s: PrinterStatus) => boolean, what: string, withinMs = 20_000): Promise<PrinterStatus> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const found = statuses.find(check);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no printer.status ${what}; pushed: ${JSON.stringify(statuses)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const ready = (s: PrinterStatus) => s.state === 'idle' && s.problem === null;

describe('printer status while idle', () => {
  it('with the app’s own settings, a printer going offline shows within seconds, with no job tried', async () => {
    await openCounter({});
    await printer.waitFor(() => printer.connections.some((c) => c.statusRequests.length > 0), 10_000, 'an idle status request');
    await pushed(ready, 'ready');
    statuses.length = 0;
    printer.setMode('offline');
    // A clerk glancing at the bar should not see "sẵn sàng" for long: well under ten seconds.
    expect(await pushed((s) => s.problem !== null, 'offline', 10_000)).toMatchObject({ state: 'idle', problem: 'offline', pending: 0 });
  }, 30_000);

  it('tells ready, then offline, out of paper, cover open and unreachable with no job queued, then ready again', async () => {
    const counter = await openCounter({ idleProbeMs: 200, connectTimeoutMs: 500, statusTimeoutMs: 300 });
    // The printer was asked: a connection with status requests and nothing printed.
    await printer.waitFor(() => printer.connections.some((c) => c.statusRequests.length > 0), 10_000, 'an idle status request');
    await pushed(ready, 'ready');

    for (const [mode, problem] of [['offline', 'offline'], ['paperOut', 'paperOut'], ['coverOpen', 'coverOpen']] as const) {
      statuses.length = 0;
      printer.setMode(mode);
      await pushed((s) => s.problem === problem, problem);
      statuses.length = 0;
      printer.setMode('ready');
      await pushed(ready, `ready after ${problem}`);
    }

    statuses.length = 0;
    await printer.down();
    expect(await pushed((s) => s.problem !== null, 'unreachable')).toMatchObject({ state: 'idle', problem: 'unreachable', pending: 0 });
    statuses.length = 0;
    await printer.up();
    await pushed(ready, 'ready after the printer is back');

    expect(printer.jobs).toEqual([]);
    expect(counter.services.db.prepare("SELECT COUNT(*) AS n FROM entries WHERE kind LIKE 'print.%'").get()).toEqual({ n: 0 });
  }, 90_000);
});
