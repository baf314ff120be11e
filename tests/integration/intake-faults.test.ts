// What can go wrong between "Lưu và in" and the paper in the applicant's hand: the roll ends
// half-way through the receipt, or the app dies after the commit. Either way the dossier is
// recorded once and its receipt comes out once, whole.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrinterStatus } from '../../shared/contract/commands';
import { openCounterApp } from '../../electron/services/counter-app';
import { itemsOf } from '../support/escpos-decoder';
import { key, ok, type StaffedCounter } from '../support/counter-fixture';
import { runUntilKilled } from '../support/crash-run';
import { filledForm, intakeCounterWithPrinter } from '../support/intake-fixture';
import type { VirtualPrinter } from '../support/virtual-printer';

let c: StaffedCounter;
let printer: VirtualPrinter;
beforeEach(async () => {
  ({ c, printer } = await intakeCounterWithPrinter());
});
afterEach(async () => {
  c.close();
  await printer.close();
});

const kinds = (app = c.app) => (app.services.db.prepare('SELECT kind, payload FROM entries WHERE kind LIKE ? ORDER BY seq').all('print.%') as { kind: string; payload: string }[]).map((r) => ({ ...(JSON.parse(r.payload) as object), kind: r.kind }));

describe('intake and the printer', () => {
  it('the roll ends half-way through the receipt: the job waits as "hết giấy", and prints once, whole, after the paper is changed', async () => {
    const statuses: PrinterStatus[] = [];
    c.app.events.subscribe((name, payload) => name === 'printer.status' && statuses.push(payload as PrinterStatus));
    await c.app.startDevices();
    printer.paperRunsOutAfter(3000);

    const { dossier, printJobId } = ok(await c.screen('clerk', 'intake.commit', { ...(await filledForm(c)), idempotencyKey: key('commit') }));
    await printer.waitFor(() => printer.connections.some((x) => x.outcome === 'discarded'), 10_000, 'the half-printed receipt');
    await expect.poll(() => statuses.at(-1), { timeout: 10_000 }).toMatchObject({ state: 'waiting', problem: 'paperOut', pending: 1 });
    const waiting = ok(await c.screen('clerk', 'intake.get', { slipNumber: dossier.slipNumber })).jobs;
    expect(waiting).toEqual([expect.objectContaining({ id: printJobId, state: 'waiting', problem: 'paperOut' })]);
    expect(printer.jobs).toHaveLength(0);

    printer.setMode('ready'); // a new roll
    const [job] = await printer.waitForJobs(1, 15_000);
    await expect.poll(async () => ok(await c.screen('clerk', 'intake.get', { slipNumber: dossier.slipNumber })).jobs.map((j) => j.state), { timeout: 5000 }).toEqual(['printed']);
    await new Promise((r) => setTimeout(r, 1500));
    expect(printer.jobs).toHaveLength(1);
    expect(itemsOf(job!.decoded.items, 'code128').map((x) => x.data)).toEqual([dossier.slipNumber, dossier.s10, dossier.slipNumber, dossier.s10]);
    expect(kinds().map((e) => e.kind)).toEqual(['print.waiting', 'print.printed']);
    expect(kinds()[0]).toMatchObject({ jobId: printJobId, problem: 'paperOut' });
    expect(statuses.at(-1)).toMatchObject({ state: 'idle', problem: null, pending: 0 });
  });

  it('the app is killed after the commit and before the print: after restart the receipt prints once', async () => {
    await printer.down();
    const dataDir = c.dataDir;
    c.app.close();
    const [, slip] = await runUntilKilled('intake-crash-child.ts', [dataDir, c.clerkId], /committed (\S+)\n/);

    await printer.up();
    const app = openCounterApp({ dataDir });
    try {
      await app.startDevices();
      const [job] = await printer.waitForJobs(1, 15_000);
      await new Promise((r) => setTimeout(r, 1500));
      expect(printer.jobs).toHaveLength(1);
      expect(itemsOf(job!.decoded.items, 'code128').map((x) => x.data)).toEqual([slip, expect.stringMatching(/^RR\d{9}VN$/), slip, expect.stringMatching(/^RR\d{9}VN$/)]);
      expect((app.services.db.prepare('SELECT count(*) AS n FROM dossiers').get() as { n: number }).n).toBe(1);
      await expect.poll(() => kinds(app).map((e) => e.kind)).toContain('print.printed');
      expect(kinds(app).filter((e) => e.kind === 'print.printed')).toHaveLength(1);
      expect(app.services.ledger.verify()).toMatchObject({ ok: true });
    } finally {
      app.close();
    }
  });
});
