// Issue 14 through the real path: a counter (real SQLite, its own sync client) pushes to the hub
// over HTTP on loopback; the hub's ingest queues the one-stop calls and the connector the hub
// started (startHub's `onestop` option) sends them to the reference one-stop system, whose own
// state is what is counted. The departments' word comes back as directives the counter pulls; a
// result returned at the counter goes up as status 10 with NgayTra; a procedure changed upstream
// reaches the counter's lookup as a new catalogue version while older dossiers keep their snapshot.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubDatabase } from '../../hub/db/hub-database';
import { openHubDatabase } from '../../hub/db/open-hub-database';
import { startHub, type RunningHub } from '../../hub/server';
import { startOnestopReference, type OnestopReference } from '../../hub/onestop-reference/server';
import type { CommandOutput } from '../../shared/contract/commands';
import { dossierItem, progressKey } from '../../shared/onestop/convention';
import { licenceCode } from '../support/intake-fixture';
import { configureS10, receiveDossier, screenCall } from '../support/receive-dossier';
import { enrolledCounter, type SyncCounter } from '../support/sync-fixture';

const dirs: string[] = [];
let db: HubDatabase;
let ref: OnestopReference;
let hub: RunningHub;
let c: SyncCounter;

/** Polls `check` until it answers a value (the connector works on its own round); the deadline is generous, never asserted. */
async function waitFor<T>(what: string, check: () => Promise<T | null | undefined | false> | T | null | undefined | false, deadlineMs = 30_000): Promise<T> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`still waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** One sync run of the counter (push, pull, push what the pull applied), expected to succeed. */
async function sync(): Promise<void> {
  const r = await c.app.services.sync.run();
  if (!r.ok) throw new Error(`sync failed: ${JSON.stringify(r.problem)}`);
}

const call = () => screenCall(c.app, 'mgr');
const statusOf = (slip: string) => c.app.services.db.prepare('SELECT status FROM dossiers WHERE slip_number = ?').pluck().get(slip);
const directivesOf = async (kind: string) => (await db.query<{ payload: string }>('SELECT payload FROM hub_directives WHERE kind = $1 ORDER BY id', [kind])).map((r) => JSON.parse(r.payload) as Record<string, any>);

beforeAll(async () => {
  const hubDir = mkdtempSync(join(tmpdir(), 'hub-path-'));
  const refDir = mkdtempSync(join(tmpdir(), 'onestop-ref-'));
  dirs.push(hubDir, refDir);
  db = await openHubDatabase({ dataDir: hubDir });
  ref = await startOnestopReference({ dataDir: refDir }); // the sample procedures, as the counter's own catalogue
  hub = await startHub({ database: db, onestop: { endpoint: { url: ref.url, ...ref.account, timeoutMs: 5_000 }, everyMs: 100, catalogueEvery: 5 } });
  c = await enrolledCounter({ db, url: hub.url });
  const list = (await c.app.dispatch('users.list', {}, { lang: 'vi', via: 'console' })) as { ok: true; value: CommandOutput<'users.list'> };
  await call()('auth.signIn', { userId: list.value.users[0]!.id, pin: '2468', idempotencyKey: `sign-in-${c.officeCode}` });
  await configureS10(c.app);
}, 60_000);

afterAll(async () => {
  c?.app.close();
  await hub?.close();
  await ref?.close();
  await db?.close();
  for (const d of [...dirs, c?.dataDir]) if (d) rmSync(d, { recursive: true, force: true });
});

describe('counter → hub → one-stop system and back', () => {
  const slips: string[] = [];
  const codeOf = (slip: string) => ref.dossiers().find((d) => d.item.SoBienNhan === slip)?.item.MaHoSo;

  it('a dossier handed over at the counter reaches the one-stop system once, with every field valid, after a sync', async () => {
    for (let i = 0; i < 3; i++) slips.push((await receiveDossier(c.app)).slip);
    await sync();
    // Taken in and pushed, not yet handed over: nothing upstream.
    expect(ref.dossiers()).toEqual([]);
    let batchNumber: string | null = null;
    for (const slip of slips) ({ batchNumber } = await call()('handover.add', { batchNumber, scan: slip, idempotencyKey: `add-${slip}` }));
    await call()('handover.sign', { batchNumber: batchNumber!, receiverName: 'Quàng Văn Minh', idempotencyKey: `sign-${batchNumber}` });
    await sync();

    const held = await waitFor('the three dossiers upstream', () => ref.dossiers().length === 3 && ref.dossiers());
    expect(held.map((d) => d.item.SoBienNhan).sort()).toEqual([...slips].sort());
    expect(held.map((d) => d.created)).toEqual([1, 1, 1]);
    for (const d of held) expect(dossierItem.safeParse(d.item).success).toBe(true);
    // Pushing again (nothing new) sends nothing again.
    await sync();
    expect(ref.dossiers().map((d) => d.created + d.updates)).toEqual([1, 1, 1]);
  });

  it('the departments\' word reaches the counter in one pull; the result returned goes up as status 10 with NgayTra', async () => {
    const [done, supplement, refused] = slips as [string, string, string];
    for (const s of slips) expect(ref.agency('receive', codeOf(s)!).ok).toBe(true);
    expect(ref.agency('finish', codeOf(done)!).ok).toBe(true);
    expect(ref.agency('supplement', codeOf(supplement)!).ok).toBe(true);
    expect(ref.agency('refuse', codeOf(refused)!).ok).toBe(true);
    await waitFor('the departments\' statuses as directives', async () => (await directivesOf('dossier.status')).length === 3 + 3);

    await sync();
    expect([statusOf(done), statusOf(supplement), statusOf(refused)]).toEqual(['delivered', 'supplementRequested', 'refused']);
    // The department's own code and appointment, as a clerk back-filling the handover would record them.
    const item = c.app.services.db.prepare('SELECT department_code AS code, appointment_date AS day FROM handover_items WHERE slip_number = ?').get(done) as { code: string; day: string };
    expect(item).toEqual({ code: codeOf(done), day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const { dossier } = await call()('dossiers.show', { ref: done });
    expect(dossier.timeline.filter((e) => e.actorKind === 'centre').map((e) => e.kind)).toContain('centre.dossier.status');

    // The result comes back to the post office (scanned by the department's code) and is returned.
    const s10 = c.app.services.db.prepare('SELECT s10 FROM dossiers WHERE slip_number = ?').pluck().get(done) as string;
    await call()('results.checkIn', { scan: codeOf(done)!, session: 'checkin-1', idempotencyKey: `checkin-${done}` });
    await call()('results.return', { scan: s10, receiver: { kind: 'applicant', idNumber: '014190001234' }, idempotencyKey: `return-${done}` });
    expect(statusOf(done)).toBe('returned');
    await sync();

    // The progress report goes first, then the item again with NgayTra (hub/connector/outbox.ts).
    const upstream = await waitFor('status 10 with NgayTra upstream', () => {
      const d = ref.dossier(codeOf(done)!);
      return d?.status === '10' && /^\d{14}$/.test(d.item.NgayTra) && d;
    });
    expect(upstream.created).toBe(1);
    const reports = ref.progress().filter((p) => p.update.MaHoSo === codeOf(done));
    expect(reports.map((p) => progressKey(p.update))).toEqual([expect.stringContaining(`${codeOf(done)}|10|`)]);
  });

  it('a procedure changed in the one-stop system reaches the lookup as a new catalogue version; an older dossier keeps its snapshot', async () => {
    // The connector published the system's list once at start; the counter applied it.
    await waitFor('the first catalogue version', async () => (await directivesOf('catalogue.version')).length === 1);
    await sync();
    const before = await call()('catalogue.show', { code: licenceCode });
    const oldName = before.procedure.name;

    const [record] = (await directivesOf('catalogue.version'))[0]!.procedures.filter((p: { MaTTHC: string }) => p.MaTTHC === licenceCode);
    ref.setProcedure({ ...record, TENTTHC: `${oldName} (sửa đổi 2026)` });
    await waitFor('the changed catalogue version', async () => (await directivesOf('catalogue.version')).length === 2);
    await sync();

    const after = await call()('catalogue.show', { code: licenceCode });
    expect(after.procedure.name).toBe(`${oldName} (sửa đổi 2026)`);
    expect(after.snapshotHash).not.toBe(before.snapshotHash);
    const versions = c.app.services.db.prepare("SELECT outcome FROM centre_directives WHERE kind = 'catalogue.version' ORDER BY directive_id").pluck().all();
    expect(versions).toEqual(['applied', 'applied']);
    // Dossiers received before keep the procedure as it was when they were taken in.
    const { dossier } = await call()('dossiers.show', { ref: slips[0]! });
    expect(dossier.procedure.name).toBe(oldName);
    // …and one taken in now gets the new one.
    const fresh = (await receiveDossier(c.app)).slip;
    expect((await call()('dossiers.show', { ref: fresh })).dossier.procedure.name).toBe(`${oldName} (sửa đổi 2026)`);
  });
});
