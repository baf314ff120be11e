// The app dies between a return's commit and the hand-over slip coming out of the printer: after
// the restart the result is returned once and its slip prints once, and the ledger verifies.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openCounterApp } from '../../electron/services/counter-app';
import { itemsOf } from '../support/escpos-decoder';
import { key, ok, type StaffedCounter } from '../support/counter-fixture';
import { runUntilKilled } from '../support/crash-run';
import { deliverDossier } from '../support/deliver-dossier';
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

it('killed after the return is committed and before its slip is printed: after restart the slip prints once', async () => {
  const { dossier } = ok(await c.screen('clerk', 'intake.commit', { ...(await filledForm(c)), idempotencyKey: key('commit') }));
  deliverDossier(c.app, dossier.slipNumber);
  ok(await c.screen('clerk', 'results.checkIn', { scan: dossier.s10, session: 'crash-session', feeDueVnd: 50_000, idempotencyKey: key('in') }));
  await printer.down();
  const dataDir = c.dataDir;
  c.app.close();

  const [, seq] = await runUntilKilled('return-crash-child.ts', [dataDir, c.clerkId, dossier.slipNumber], /returned \S+ (\d+)\n/);
  const returnSeq = Number(seq);

  await printer.up();
  const app = openCounterApp({ dataDir });
  try {
    await app.startDevices();
    // The intake's receipt (queued while no worker ran) and the hand-over slip.
    await printer.waitForJobs(2, 15_000);
    await new Promise((r) => setTimeout(r, 1500));
    expect(printer.jobs).toHaveLength(2);
    const codes = printer.jobs.flatMap((j) => itemsOf(j.decoded.items, 'code128').map((x) => x.data));
    expect(codes.filter((d) => d.startsWith('TKQ-'))).toEqual([`TKQ-${returnSeq}`]);
    const kinds = app.services.db.prepare('SELECT kind FROM entries ORDER BY seq').pluck().all() as string[];
    expect(kinds.filter((k) => k === 'result.returned')).toHaveLength(1);
    await expect.poll(() => (app.services.db.prepare("SELECT count(*) FROM entries WHERE kind = 'print.printed'").pluck().get() as number)).toBe(2);
    expect(app.services.db.prepare("SELECT state FROM print_jobs WHERE kind = 'resultHandover'").pluck().all()).toEqual(['printed']);
    expect(app.services.ledger.verify()).toMatchObject({ ok: true });
  } finally {
    app.close();
  }
});
