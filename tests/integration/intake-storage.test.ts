// What a dossier leaves at rest, and what that must not cost: the receipt is drawn again from the
// dossier's record whenever it is printed (so a reprint says exactly what the original said, but
// for its mark), and the answer kept for repeats of a commit is forgotten after the retention
// without ever letting a late repeat record the dossier twice.
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCounterApp, type CounterApp } from '../../electron/services/counter-app';
import { answerRetentionDays } from '../../electron/services/ledger/answer-retention';
import { key, ok, type StaffedCounter } from '../support/counter-fixture';
import { splitDocuments, stitchDocument, type DecodedItem } from '../support/escpos-decoder';
import { filledForm, intakeCounterWithPrinter } from '../support/intake-fixture';
import type { VirtualPrinter } from '../support/virtual-printer';

let c: StaffedCounter;
let printer: VirtualPrinter;
let reopened: CounterApp | null = null;
beforeEach(async () => {
  ({ c, printer } = await intakeCounterWithPrinter());
  await c.app.startDevices();
});
afterEach(async () => {
  reopened?.close();
  reopened = null;
  c.close();
  await printer.close();
});

/** The rows of dots of a piece of paper, each as a string (raster, barcodes and QR as printed). */
const rowsOf = (items: DecodedItem[]): string[] => {
  const { width, height, bits } = stitchDocument(items);
  return Array.from({ length: height }, (_, y) => Buffer.from(bits.subarray(y * width, (y + 1) * width)).toString('hex'));
};

describe('receipts drawn from the record', () => {
  it('prints a reprint that says, dot for dot, what the original said, plus its reprint mark', async () => {
    const form = await filledForm(c);
    const { dossier } = ok(await c.screen('clerk', 'intake.commit', { ...form, idempotencyKey: key('commit') }));
    ok(await c.screen('clerk', 'intake.reprint', { slipNumber: dossier.slipNumber, reason: 'Khách làm mất phiếu', idempotencyKey: key('reprint') }));
    const [original, reprint] = await printer.waitForJobs(2, 10_000);

    const firstDoc = splitDocuments(original!.decoded)[0]!.items;
    const againDoc = splitDocuments(reprint!.decoded)[0]!.items;
    const first = rowsOf(firstDoc);
    const again = rowsOf(againDoc);
    // The reprint is the original with the mark's band of rows put in at one place; every other
    // dot is the same.
    const at = first.findIndex((row, i) => row !== again[i]);
    expect(at).toBeGreaterThan(0);
    const extra = again.length - first.length;
    expect(extra).toBeGreaterThan(0);
    expect([...again.slice(0, at), ...again.slice(at + extra)]).toEqual(first);
    expect(again.slice(at, at + extra).some((row) => /[^0]/.test(row))).toBe(true);
    const symbols = (items: DecodedItem[]) => items.flatMap((i) => (i.type === 'code128' || i.type === 'qr' ? [`${i.type} ${i.data}`] : []));
    expect(symbols(againDoc)).toEqual(symbols(firstDoc));
  });

  it('keeps no rendered receipt and the record once: print jobs name the slip, dossiers point at the entry', async () => {
    const form = await filledForm(c);
    const { dossier } = ok(await c.screen('clerk', 'intake.commit', { ...form, idempotencyKey: key('commit') }));
    const db = c.app.services.db;
    expect(db.prepare("SELECT reference, copies, reprint_number FROM print_jobs").all()).toEqual([{ reference: dossier.slipNumber, copies: 2, reprint_number: null }]);
    const columns = (table: string) => (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((col) => col.name);
    expect(columns('print_jobs')).not.toContain('documents');
    expect(columns('dossiers')).not.toContain('body');
    // The answer kept for repeats holds the dossier, not its drawn receipts.
    const stored = db.prepare("SELECT result FROM command_results WHERE command = 'intake.commit'").pluck().get() as string;
    expect(stored).toContain(dossier.slipNumber);
    expect(stored).not.toContain('blocks');
  });
});

describe('answers kept for repeats', () => {
  it(`answers a repeat within ${answerRetentionDays} days with the first answer; later, says it was recorded and records nothing`, async () => {
    const form = { ...(await filledForm(c)), idempotencyKey: key('commit') };
    const first = ok(await c.screen('clerk', 'intake.commit', form));
    c.clock.ms += (answerRetentionDays - 1) * 86_400_000;
    // Days later (the clerk's screen has locked meanwhile; the retry comes from a new sign-in).
    ok(await c.screen('clerk2', 'auth.signIn', { userId: c.clerkId, pin: '1357', idempotencyKey: key('in') }));
    expect(ok(await c.screen('clerk2', 'intake.commit', form))).toEqual(first);

    // A week and more later the counter is started again: the start-up pruning forgets the answer.
    c.app.close();
    c.clock.ms += 2 * 86_400_000;
    reopened = openCounterApp({ dataDir: c.dataDir, clock: c.clock });
    const db = reopened.services.db;
    await expect.poll(() => db.prepare('SELECT count(*) FROM command_results WHERE idempotency_key = ?').pluck().get(form.idempotencyKey), { timeout: 5000 }).toBe(0);
    const entries = reopened.services.ledger.count();
    const screen = { lang: 'vi' as const, via: 'screen' as const, sessionId: 'clerk' };
    ok(await reopened.dispatch('auth.signIn', { userId: c.clerkId, pin: '1357', idempotencyKey: key('in') }, screen));
    const late = await reopened.dispatch('intake.commit', form, screen);
    const seq = first.dossier.seq;
    expect(late).toMatchObject({ ok: false, error: { code: 'ALREADY_RECORDED', params: { seq } } });
    expect(!late.ok && late.error.message).toContain(`bút toán số ${seq}`);
    expect(db.prepare('SELECT count(*) FROM dossiers').pluck().get()).toBe(1);
    expect(reopened.services.ledger.count()).toBe(entries + 1); // the sign-in only
  });
});
