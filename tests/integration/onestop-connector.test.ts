// The hub's connector against the reference one-stop system, with a real hub database (PGlite),
// real dossier records and moves from a counter's ledger, and HTTP on loopback: each dossier
// handed over reaches the one-stop system exactly once (its state is what is counted) through
// expired sessions, lost replies, error replies and 5xx; the departments' statuses come back as
// directives for the counter, once each; a returned result goes up as status 10 once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAlerts } from '../../hub/alerts';
import { OnestopConnector } from '../../hub/connector/connector';
import { onestopParkedAlertCode } from '../../hub/connector/parked-alert';
import { OnestopClient } from '../../hub/connector/onestop-client';
import { recordOnestopOutbox } from '../../hub/connector/outbox';
import type { HubDatabase } from '../../hub/db/hub-database';
import { openHubDatabase } from '../../hub/db/open-hub-database';
import { startOnestopReference, type OnestopReference } from '../../hub/onestop-reference/server';
import { dossierItem, progressKey } from '../../shared/onestop/convention';
import { dossierStatusDirective } from '../../shared/sync/directives';
import type { SyncEntry } from '../../shared/sync/protocol';
import { key, ok, type StaffedCounter } from '../support/counter-fixture';
import { moveDossier } from '../support/deliver-dossier';
import { ingestedCounter, type IngestedCounter } from '../support/hub-ingest';
import { filledForm, intakeCounter } from '../support/intake-fixture';

const dirs: string[] = [];
let db: HubDatabase;
let ref: OnestopReference;
let c: StaffedCounter;
let counter: IngestedCounter;

/** The counter's entries the hub does not hold yet, through the hub's ingest (which queues the one-stop calls). */
async function feed(): Promise<void> {
  await counter.push();
}

async function drain(connector: OnestopConnector): Promise<string[]> {
  const errors: string[] = [];
  for (let round = 0; round < 40; round++) {
    const r = await connector.sendPending();
    if (r.error) errors.push(r.error);
    else break;
  }
  return errors;
}

beforeAll(async () => {
  const hubDir = mkdtempSync(join(tmpdir(), 'hub-onestop-'));
  const refDir = mkdtempSync(join(tmpdir(), 'onestop-ref-'));
  dirs.push(hubDir, refDir);
  db = await openHubDatabase({ dataDir: hubDir });
  ref = await startOnestopReference({ dataDir: refDir, procedures: [] });
  c = await intakeCounter();
  counter = await ingestedCounter(db, c.app, 1);
});

afterAll(async () => {
  c?.close();
  await ref?.close();
  await db?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the one-stop connector', () => {
  const slips: string[] = [];
  const connector = () => new OnestopConnector(db, new OnestopClient({ url: ref.url, ...ref.account, timeoutMs: 5_000 }));

  it('sends each dossier handed over exactly once, through expired sessions, lost replies, error replies and 5xx', async () => {
    for (let i = 0; i < 10; i++) slips.push(ok(await c.screen('clerk', 'intake.commit', { ...(await filledForm(c)), idempotencyKey: key('commit') })).dossier.slipNumber);
    await feed();
    expect(await db.query('SELECT 1 FROM onestop_outbox')).toEqual([]); // taken in, not yet handed over
    for (const s of slips) moveDossier(c.app, s, 'inBatch', 'delivered');
    await feed();

    ref.setFaults({
      expireSessionAfterCalls: 5,
      loseReplyAfterCommit: { count: 3, service: 'DongBoHoSoMC' },
      errorReplies: { count: 2, service: 'DongBoHoSoMC', message: 'Hệ thống đang bảo trì' },
      serverErrors: { count: 2, service: 'DongBoHoSoMC' },
    });
    const errors = await drain(connector());
    expect(errors.some((e) => e.includes('Hệ thống đang bảo trì'))).toBe(true);
    expect(errors.some((e) => e.includes('HTTP 503'))).toBe(true);
    expect(errors.filter((e) => e.startsWith('transport'))).toHaveLength(3);

    const held = ref.dossiers();
    expect(held.map((d) => d.item.SoBienNhan).sort()).toEqual([...slips].sort());
    expect(held.map((d) => d.created)).toEqual(held.map(() => 1));
    for (const d of held) expect(dossierItem.safeParse(d.item).success).toBe(true);
    expect(new Set(held.map((d) => d.item.MaHoSo)).size).toBe(10);
    expect(await db.query('SELECT id FROM onestop_outbox WHERE sent_at IS NULL')).toEqual([]);
  });

  it('turns the departments\' statuses into directives for the counter, once each though reported twice', async () => {
    const codes = new Map(ref.dossiers().map((d) => [d.item.SoBienNhan, d.item.MaHoSo]));
    const code = (i: number) => codes.get(slips[i]!)!;
    ref.setFaults({ duplicateStatusReports: 4 });
    for (let i = 0; i < 9; i++) expect(ref.agency('receive', code(i)).ok).toBe(true);
    for (let i = 0; i < 6; i++) ref.agency('finish', code(i));
    ref.agency('supplement', code(6));
    ref.agency('supplement', code(7));
    ref.agency('refuse', code(8));

    const w = connector();
    expect(await w.pollStatuses()).toEqual({ directives: 9 + 6 + 2 + 1, error: null });
    expect(await w.pollStatuses()).toEqual({ directives: 0, error: null });
    const rows = await db.query<{ payload: string; target_counter: string }>("SELECT payload, target_counter FROM hub_directives WHERE kind = 'dossier.status' ORDER BY id");
    const directives = rows.map((r) => dossierStatusDirective.parse(JSON.parse(r.payload)));
    expect(rows.every((r) => r.target_counter === counter.counterId)).toBe(true);
    expect(directives.filter((d) => d.status === 'done').map((d) => d.slipNumber).sort()).toEqual(slips.slice(0, 6).sort());
    expect(directives.filter((d) => d.status === 'supplementRequested').map((d) => d.slipNumber).sort()).toEqual(slips.slice(6, 8).sort());
    expect(directives.find((d) => d.status === 'refused')?.slipNumber).toBe(slips[8]);
    const accepted = directives.filter((d) => d.status === 'accepted');
    expect(accepted).toHaveLength(9);
    expect(accepted.find((d) => d.slipNumber === slips[0])).toMatchObject({ departmentCode: code(0), appointmentDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });

    // The counter delivers the papers asked for: the dossier goes up again, back in process.
    moveDossier(c.app, slips[6]!, 'supplementRequested', 'delivered');
    await feed();
    expect(await drain(w)).toEqual([]);
    expect(ref.dossier(code(6))).toMatchObject({ created: 1, updates: 1, status: '4' });
    expect(await w.pollStatuses()).toEqual({ directives: 0, error: null });
  });

  it('a result returned at the counter goes up as status 10 with NgayTra, the progress update once though its reply was lost', async () => {
    const slip = slips[0]!;
    const before = c.app.services.ledger.count();
    moveDossier(c.app, slip, 'resultReceived', 'returned');
    await feed();
    // The same entries reaching the hook again (ingest itself skips entries it holds) queue no second progress update.
    const again = c.app.services.db.prepare('SELECT seq, kind, payload, at FROM entries WHERE seq > ? ORDER BY seq').all(before) as SyncEntry[];
    await db.transaction((tx) => recordOnestopOutbox(tx, counter, again));
    ref.setFaults({ loseReplyAfterCommit: { count: 1, service: 'CapNhatTienDoHoSoMC' } });
    const errors = await drain(connector());
    expect(errors).toHaveLength(1);
    const d = ref.dossiers().find((x) => x.item.SoBienNhan === slip)!;
    expect(d.status).toBe('10');
    expect(d.item.NgayTra).toMatch(/^\d{14}$/);
    const keys = ref.progress().map((p) => progressKey(p.update));
    expect(keys).toHaveLength(1);
    expect(keys[0]).toContain(`${d.item.MaHoSo}|10|`);
    expect(await db.query("SELECT id FROM onestop_outbox WHERE kind = 'progress'")).toHaveLength(1);
  });

  it('a call the system refuses as invalid is parked for an operator and does not hold up the calls after it', async () => {
    const [valid] = await db.query<{ payload: string }>("SELECT payload FROM onestop_outbox WHERE kind = 'dossier' ORDER BY id LIMIT 1");
    const sent = JSON.parse(valid!.payload) as { MaHoSo: string };
    const [bad, good] = ['0499', '0500'].map((n) => sent.MaHoSo.replace(/\d{4}$/, n)) as [string, string];
    const insert = 'INSERT INTO onestop_outbox (kind, ma_ho_so, payload, created_at) VALUES ($1, $2, $3, now())';
    await db.query(insert, ['dossier', bad, JSON.stringify({ ...sent, MaHoSo: bad, NgayTiepNhan: '2026-11-28' })]);
    await db.query(insert, ['dossier', good, JSON.stringify({ ...sent, MaHoSo: good })]);
    expect(await connector().sendPending()).toEqual({ sent: 1, error: null });
    const parked = await db.query<{ problem: string; last_error: string }>('SELECT problem, last_error FROM onestop_outbox WHERE ma_ho_so = $1', [bad]);
    expect(parked).toEqual([{ problem: 'refused', last_error: expect.stringContaining('NgayTiepNhan') }]);
    expect(ref.dossier(good)?.created).toBe(1);
    expect(ref.dossier(bad)).toBeUndefined();
    // …and raised for the operators (`status` lists the hub's alerts).
    const alerts = (await listAlerts(db)).filter((x) => x.code === onestopParkedAlertCode);
    expect(alerts.map((x) => x.detail)).toEqual([expect.stringMatching(new RegExp(`^${bad}: .*NgayTiepNhan`))]);
  });

  it('publishes the province\'s procedures to every counter as a catalogue version when they change, and only then', async () => {
    const w = connector();
    expect(await w.syncCatalogue()).toEqual({ published: false }); // the system lists no procedure yet
    ref.setProcedure({ MaTTHC: '1.001612', TENTTHC: 'Đăng ký khai sinh' });
    expect(await w.syncCatalogue()).toEqual({ published: true });
    expect(await w.syncCatalogue()).toEqual({ published: false });
    ref.setProcedure({ MaTTHC: '1.001612', TENTTHC: 'Đăng ký khai sinh (sửa đổi)' });
    expect(await w.syncCatalogue()).toEqual({ published: true });
    const rows = await db.query<{ payload: string; target_all: boolean }>("SELECT payload, target_all FROM hub_directives WHERE kind = 'catalogue.version' ORDER BY id");
    expect(rows.map((r) => [r.target_all, (JSON.parse(r.payload) as { procedures: { TENTTHC: string }[] }).procedures[0]!.TENTTHC])).toEqual([
      [true, 'Đăng ký khai sinh'],
      [true, 'Đăng ký khai sinh (sửa đổi)'],
    ]);
  });
});
