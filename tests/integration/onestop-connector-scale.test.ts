// Issue 14's first acceptance at its size: 200 dossiers taken in at 3 counters, handed over and
// pushed by each counter's own sync client to the hub, reach the reference one-stop system
// exactly once each (its state is what is counted), with every field valid, through sessions
// expiring mid-batch, replies lost after commit, error replies and 5xx; then the departments
// finish 50 and ask for papers on 10, and each counter gets exactly its own dossiers' statuses
// in one pull: its own finished results listed as ready at the agency, its own papers asked for
// on the register and the dossier's page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { OnestopConnector } from '../../hub/connector/connector';
import { OnestopClient } from '../../hub/connector/onestop-client';
import { enrolCounter } from '../../hub/counters';
import { openHubDatabase } from '../../hub/db/open-hub-database';
import { startHub } from '../../hub/server';
import { startOnestopReference } from '../../hub/onestop-reference/server';
import { dossierItem, progressKey } from '../../shared/onestop/convention';
import { dossierStatusDirective } from '../../shared/sync/directives';
import { defaultSetup, key, ok, openTestCounter, type StaffedCounter } from '../support/counter-fixture';
import { filledForm } from '../support/intake-fixture';

const cleanup: (() => unknown)[] = [];
afterAll(async () => {
  for (const f of cleanup.reverse()) await f();
});

/** A counter of the same office with its own number, so slip numbers differ between counters. */
async function counterNumber(n: number): Promise<StaffedCounter> {
  const c = openTestCounter();
  cleanup.push(() => c.close());
  ok(await c.screen('mgr', 'setup.initialize', { ...defaultSetup, counterNumber: n, idempotencyKey: key('setup') }));
  const { user } = ok(await c.screen('mgr', 'users.add', { name: 'Cầm Thị Mai', role: 'clerk', pin: '1357', idempotencyKey: key('add') }));
  ok(await c.screen('mgr', 'intake.configure', { s10: { service: 'RR', first: 10_000_000 * n, last: 10_000_000 * n + 999 }, idempotencyKey: key('s10') }));
  ok(await c.screen('clerk', 'auth.signIn', { userId: user.id, pin: '1357', idempotencyKey: key('in') }));
  return Object.assign(c, { managerId: '', clerkId: user.id });
}

it('200 dossiers from 3 counters reach the one-stop system once each; statuses go back to the counter that took each in', { timeout: 300_000 }, async () => {
  const hubDir = mkdtempSync(join(tmpdir(), 'hub-scale-'));
  const refDir = mkdtempSync(join(tmpdir(), 'onestop-ref-'));
  cleanup.push(() => rmSync(hubDir, { recursive: true, force: true }), () => rmSync(refDir, { recursive: true, force: true }));
  const db = await openHubDatabase({ dataDir: hubDir });
  cleanup.push(() => db.close());
  const ref = await startOnestopReference({ dataDir: refDir, procedures: [] });
  cleanup.push(() => ref.close());

  const hub = await startHub({ database: db });
  cleanup.push(() => hub.close());

  const slipsOf = new Map<string, string>(); // slip → counter id
  const counters = new Map<string, StaffedCounter>(); // counter id → counter
  /** One run of the counter's own sync client (push, pull), over HTTP to the hub. */
  const sync = async (c: StaffedCounter) => expect(await c.app.services.sync.run()).toEqual({ ok: true });
  for (const [n, count] of [[1, 67], [2, 67], [3, 66]] as const) {
    const c = await counterNumber(n);
    const slips: string[] = [];
    for (let i = 0; i < count; i++) slips.push(ok(await c.screen('clerk', 'intake.commit', { ...(await filledForm(c)), idempotencyKey: key('commit') })).dossier.slipNumber);
    // Handed over as the counter does it (the departments' word is then back-filled on the batch).
    let batchNumber: string | null = null;
    for (const s of slips) ({ batchNumber } = ok(await c.screen('clerk', 'handover.add', { batchNumber, scan: s, idempotencyKey: key('add') })));
    ok(await c.screen('clerk', 'handover.sign', { batchNumber: batchNumber!, receiverName: 'Quàng Văn Minh', idempotencyKey: key('sign') }));
    const { code } = await enrolCounter(db, { officeCode: defaultSetup.officeCode, counterNumber: n });
    const { counterId } = ok(await c.console('sync.enrol', { hubUrl: hub.url, code, idempotencyKey: key('enrol') }));
    await sync(c);
    counters.set(counterId, c);
    for (const s of slips) slipsOf.set(s, counterId);
  }
  expect(slipsOf.size).toBe(200);

  ref.setFaults({
    expireSessionAfterCalls: 50,
    loseReplyAfterCommit: { count: 5, service: 'DongBoHoSoMC' },
    errorReplies: { count: 3, service: 'DongBoHoSoMC', message: 'Hệ thống bận' },
    serverErrors: { count: 3, service: 'TraCuuHoSo' },
  });
  const connector = new OnestopConnector(db, new OnestopClient({ url: ref.url, ...ref.account, timeoutMs: 10_000 }));
  let failures = 0;
  for (let round = 0; round < 100; round++) {
    const r = await connector.sendPending(500);
    if (!r.error) break;
    failures++;
  }
  expect(failures).toBe(5 + 3 + 3);

  const held = ref.dossiers();
  expect(held).toHaveLength(200);
  expect(new Set(held.map((d) => d.item.SoBienNhan))).toEqual(new Set(slipsOf.keys()));
  expect(held.filter((d) => d.created !== 1)).toEqual([]);
  expect(held.filter((d) => !dossierItem.safeParse(d.item).success)).toEqual([]);
  expect(ref.progress()).toEqual([]);

  const byCode = new Map(held.map((d) => [d.item.MaHoSo, d.item.SoBienNhan]));
  const codes = [...byCode.keys()].sort();
  for (const c of codes.slice(0, 60)) ref.agency('receive', c);
  for (const c of codes.slice(0, 50)) ref.agency('finish', c);
  for (const c of codes.slice(50, 60)) ref.agency('supplement', c);
  expect((await connector.pollStatuses()).error).toBeNull();
  const rows = await db.query<{ payload: string; target_counter: string }>("SELECT payload, target_counter FROM hub_directives WHERE kind = 'dossier.status'");
  const directives = rows.map((r) => ({ to: r.target_counter, d: dossierStatusDirective.parse(JSON.parse(r.payload)) }));
  expect(directives.filter((x) => x.d.status === 'done')).toHaveLength(50);
  expect(directives.filter((x) => x.d.status === 'supplementRequested')).toHaveLength(10);
  expect(directives.filter((x) => x.d.status === 'accepted')).toHaveLength(60);
  expect(directives.filter((x) => slipsOf.get(x.d.slipNumber) !== x.to)).toEqual([]);

  // One pull each: every counter holds its own dossiers' word — the papers asked for in its
  // register, the results ready at the agency recorded — and nothing of the others'.
  const supplement = new Set(directives.filter((x) => x.d.status === 'supplementRequested').map((x) => x.d.slipNumber));
  const done = new Set(directives.filter((x) => x.d.status === 'done').map((x) => x.d.slipNumber));
  let supplementShown = 0;
  for (const [counterId, c] of counters) {
    await sync(c);
    const mine = [...slipsOf].filter(([, id]) => id === counterId).map(([slip]) => slip);
    // The Results area's list of what to collect: exactly this counter's finished dossiers, with their papers.
    const ready = ok(await c.screen('clerk', 'results.readyAtAgency', {}));
    const listed = ready.agencies.flatMap((a) => a.results);
    expect(listed.map((r) => r.slipNumber).sort()).toEqual(mine.filter((s) => done.has(s)).sort());
    expect(listed.filter((r) => r.resultPapers.length === 0)).toEqual([]);
    // The register and the dossier's page show the papers asked for.
    for (const s of mine.filter((s) => supplement.has(s))) {
      const page = ok(await c.screen('clerk', 'dossiers.show', { ref: s })).dossier;
      expect([page.status, page.readyAtAgency]).toEqual(['supplementRequested', null]);
      const hit = ok(await c.screen('clerk', 'dossiers.find', { query: s })).hits;
      expect(hit.map((h) => [h.slipNumber, h.status])).toEqual([[s, 'supplementRequested']]);
      supplementShown++;
    }
    const statusOf = c.app.services.db.prepare('SELECT status FROM dossiers WHERE slip_number = ?').pluck();
    expect(mine.filter((s) => supplement.has(s)).map((s) => statusOf.get(s))).toEqual(mine.filter((s) => supplement.has(s)).map(() => 'supplementRequested'));
    const outcomes = c.app.services.db.prepare("SELECT outcome, count(*) AS n FROM centre_directives WHERE kind = 'dossier.status' GROUP BY outcome ORDER BY outcome").all() as { outcome: string; n: number }[];
    const expected = (status: string) => directives.filter((x) => x.to === counterId && x.d.status === status).length;
    expect(outcomes).toEqual(
      [
        { outcome: 'applied', n: expected('accepted') + expected('supplementRequested') },
        { outcome: 'recorded', n: expected('done') },
      ].filter((o) => o.n > 0),
    );
  }
  expect(supplementShown).toBe(10);
  expect(new Set(ref.progress().map((p) => progressKey(p.update))).size).toBe(ref.progress().length);
});
