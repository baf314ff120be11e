// Nothing a commit does may cost more as the ledger grows. Every statement run while a dossier is
// taken in — through the dispatcher, the ledger, the slip and S10 numbers, the print job and the
// printer status pushed after it, the worker printing it, and the screen's refresh of the intake
// settings — is collected as it runs, and SQLite's query plan for each must read the growing
// tables through an index with a constraint: never a SCAN of all their rows, nor of all of an
// index's (a partial index of the open print jobs is the queue's size, not the history's, and
// is allowed).
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { key, ok, type StaffedCounter } from '../support/counter-fixture';
import { filledForm, intakeCounterWithPrinter } from '../support/intake-fixture';
import type { VirtualPrinter } from '../support/virtual-printer';

const growing = ['dossiers', 'entries', 'print_jobs', 'command_results', 'receipt_issues'];
const boundedScans = [/^SCAN print_jobs USING INDEX print_jobs_open\b/];

type Statement = Database.Statement<unknown[]>;
const methods = ['run', 'get', 'all', 'iterate'] as const;

let c: StaffedCounter;
let printer: VirtualPrinter;
let restore: (() => void) | null = null;
beforeEach(async () => {
  ({ c, printer } = await intakeCounterWithPrinter());
  await c.app.startDevices();
});
afterEach(async () => {
  restore?.();
  restore = null;
  c.close();
  await printer.close();
});

/** Records each statement (with the parameters of its first run) executed until `stop()`. */
function recordStatements(db: Database.Database): { ran: Map<string, unknown[]>; stop: () => void } {
  const ran = new Map<string, unknown[]>();
  const proto = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<(typeof methods)[number], (...args: unknown[]) => unknown>;
  const originals = methods.map((m) => [m, proto[m]] as const);
  for (const [m, original] of originals) {
    proto[m] = function (this: Statement, ...args: unknown[]) {
      if (!ran.has(this.source)) ran.set(this.source, args);
      return original.apply(this, args);
    };
  }
  const stop = () => {
    for (const [m, original] of originals) proto[m] = original;
  };
  restore = stop;
  return { ran, stop };
}

describe('commit path query plans', () => {
  it('read dossiers, entries, print jobs and stored answers by index only', async () => {
    // A few dossiers first, so the numbers come from existing rows (the next slip, the next S10).
    for (let i = 0; i < 3; i++) ok(await c.screen('clerk', 'intake.commit', { ...(await filledForm(c)), idempotencyKey: key('commit') }));
    await printer.waitForJobs(3, 10_000);
    const form = { ...(await filledForm(c)), idempotencyKey: key('commit') };
    const db = c.app.services.db;

    const { ran, stop } = recordStatements(db);
    const done = ok(await c.screen('clerk', 'intake.commit', form));
    await printer.waitForJobs(4, 10_000);
    await expect.poll(() => c.app.services.printing.jobsFor(done.dossier.slipNumber)[0]?.state, { timeout: 10_000 }).toBe('printed');
    ok(await c.screen('clerk', 'intake.settings', {}));
    stop();

    expect(ran.size).toBeGreaterThan(10);
    expect([...ran.keys()].some((sql) => /s10_serial/.test(sql))).toBe(true); // the S10 search was among them
    const scans: string[] = [];
    for (const [sql, args] of ran) {
      if (!/^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)/i.test(sql)) continue;
      const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[];
      for (const { detail } of plan) {
        // A SCAN reads every row; a SEARCH through an index with no constraint on it reads every entry of the index.
        const table = (/^SCAN (\w+)/.exec(detail) ?? /^SEARCH (\w+) USING (?:COVERING )?INDEX \w+$/.exec(detail))?.[1];
        if (table && growing.includes(table) && !boundedScans.some((ok) => ok.test(detail))) scans.push(`${detail}  ←  ${sql.replace(/\s+/g, ' ')}`);
      }
    }
    expect(scans).toEqual([]);
  });
});
