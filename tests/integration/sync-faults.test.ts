// The counter's sync against the REAL province hub (started in-process on PGlite, and once on a
// real PostgreSQL), over real HTTP on loopback through a fault proxy: dropped requests and
// replies, duplicates, 5xx, a hub that takes 30 s, the counter killed mid-batch, clock skew, a
// ledger edited after sync. Afterwards every entry is in the hub exactly once, the chain verifies
// end to end, and both sides agree on the head hash.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerFileName } from '../../electron/services/data-dir';
import { revokeCounter } from '../../hub/counters';
import type { CommandOutput } from '../../shared/contract/commands';
import { entryHashInput } from '../../shared/ledger/entry-hash-input';
import { record } from '../support/catalogue-fixture';
import { configureS10, receiveDossier, screenCall } from '../support/receive-dossier';
import type { HubDatabase } from '../../hub/db/hub-database';
import { publishDirective } from '../../hub/directives';
import { startHub, type RunningHub } from '../../hub/server';
import { hubEngines, postgresCluster, stopPostgresCluster } from '../support/hub-engines';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy';
import { addEntries, counterHead, enrolledCounter, hubChain, openSyncApp, syncUntilDone, type SyncCounter } from '../support/sync-fixture';

afterAll(() => stopPostgresCluster(), 60_000);

const pglite = hubEngines.find((e) => e.name === 'pglite')!;

/** The set-up manager (PIN 2468) signed in on the screen session 'mgr'. */
async function signInManager(c: SyncCounter): Promise<void> {
  const list = (await c.app.dispatch('users.list', {}, { lang: 'vi', via: 'console' })) as { ok: true; value: CommandOutput<'users.list'> };
  await screenCall(c.app, 'mgr')('auth.signIn', { userId: list.value.users[0]!.id, pin: '2468', idempotencyKey: `sign-in-${c.officeCode}` });
}

async function expectSameChain(db: HubDatabase, c: SyncCounter, label: string) {
  const hub = await hubChain(db, c.counterId);
  const head = counterHead(c.app);
  console.log(`[sync] ${label}: counter ${head.seq} entries, hub ${hub.count} rows (${hub.distinctSeqs} distinct seqs), hub head ${hub.headHash.slice(0, 12)}…, counter head ${head.hash.slice(0, 12)}…`);
  expect(hub.brokenAt).toBeNull();
  expect(hub.count).toBe(head.seq);
  expect(hub.distinctSeqs).toBe(head.seq);
  expect(hub.headHash).toBe(head.hash);
  const verify = await c.app.dispatch('ledger.verify', {}, { lang: 'vi', via: 'console' });
  expect(verify.ok && (verify.value as CommandOutput<'ledger.verify'>).ok).toBe(true);
}

describe('counter sync through faults (hub on PGlite)', () => {
  let db: HubDatabase;
  let dispose: () => Promise<void>;
  let hub: RunningHub;
  let proxy: FaultProxy;
  beforeAll(async () => {
    ({ db, dispose } = await pglite.open());
    hub = await startHub({ database: db });
    proxy = await startFaultProxy(hub.url);
  }, 90_000);
  afterAll(async () => {
    await proxy?.close();
    await hub?.close();
    await dispose?.();
  });

  it('pushes a backlog in batches through dropped requests and replies, duplicates, 5xx and a 30 s hub', async () => {
    const c = await enrolledCounter({ db, url: proxy.url });
    addEntries(c.app, 1_700);
    proxy.queue('dropRequest', 'pass', 'dropResponse', 'twice', 'error503', { delayMs: 30_000 }, 'dropResponse', 'twice');
    const runs = await syncUntilDone(c);
    addEntries(c.app, 40);
    proxy.queue('dropResponse');
    const more = await syncUntilDone(c);
    // The request held 30 s reaches the hub late, after newer batches: stored once all the same.
    await proxy.settled();
    console.log(`[sync] faults applied: ${JSON.stringify(proxy.counts)}; runs ${runs} + ${more}`);
    await expectSameChain(db, c, 'faults');
    c.app.close();
  }, 90_000);

  it("answers the clerk's commands while a 100,000-entry backlog drains in the background", async () => {
    const c = await enrolledCounter({ db, url: hub.url });
    const made = Date.now();
    addEntries(c.app, 100_000);
    const madeSeconds = (Date.now() - made) / 1000;
    const search = async () => {
      const started = performance.now();
      const r = await c.app.dispatch('catalogue.search', { query: 'khai sinh' }, { lang: 'vi', via: 'console' });
      expect(r.ok).toBe(true);
      return performance.now() - started;
    };
    const idle: number[] = [];
    for (let i = 0; i < 20; i++) idle.push(await search());
    const draining: number[] = [];
    let answeredMidDrain = 0;
    const started = Date.now();
    c.app.services.sync.start();
    for (;;) {
      const s = c.app.services.sync.status();
      if (s.state === 'synced') break;
      if (s.state === 'refused') throw new Error(JSON.stringify(s.lastError));
      draining.push(await search());
      if (s.progress && s.progress.sent > 0 && s.progress.sent < s.progress.total) answeredMidDrain++;
      await new Promise((r) => setTimeout(r, 20));
    }
    c.app.services.sync.stop();
    const seconds = (Date.now() - started) / 1000;
    const p = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!.toFixed(1);
    console.log(
      `[sync] backlog of 100,000 entries (made in ${madeSeconds.toFixed(1)} s) drained in ${seconds.toFixed(1)} s (${Math.round(100_000 / seconds)} entries/s, hub on PGlite in this same process); ` +
        `a search answered ${draining.length} times meanwhile (${answeredMidDrain} mid-drain): p50 ${p(draining, 0.5)} ms, p95 ${p(draining, 0.95)} ms vs idle p50 ${p(idle, 0.5)} ms, p95 ${p(idle, 0.95)} ms`,
    );
    // The clerk was answered all along the drain, not after it.
    expect(answeredMidDrain).toBeGreaterThan(10);
    await expectSameChain(db, c, 'backlog');
    c.app.close();
  }, 600_000);

  it('keeps syncing with the counter clock a day fast or a day slow', async () => {
    for (const skewMs of [24 * 3600_000, -24 * 3600_000]) {
      const clock = { skewMs: 0, now: () => new Date(Date.now() + clock.skewMs) };
      const c = await enrolledCounter({ db, url: hub.url }, { clock });
      // The PC's clock jumps after enrolment (a dead CMOS battery): the hub refuses the first
      // request as stale, the counter learns the offset from its hubTime and signs with it.
      clock.skewMs = skewMs;
      addEntries(c.app, 600);
      await syncUntilDone(c, 3);
      const offset = c.app.services.sync.state.get()!.clockOffsetMs;
      console.log(`[sync] clock skew ${skewMs / 3600_000} h: measured offset ${Math.round(offset / 1000)} s`);
      expect(Math.abs(offset + skewMs)).toBeLessThan(60_000);
      await expectSameChain(db, c, `skew ${skewMs / 3600_000} h`);
      c.app.close();
    }
  }, 60_000);

  it('pushes exactly once when the counter is killed mid-batch 20 times', async () => {
    const c = await enrolledCounter({ db, url: hub.url });
    c.app.close();
    let killedMidRun = 0;
    for (let round = 0; round < 20; round++) {
      const app = openSyncApp(c.dataDir);
      // Four batches a round: the kill, a few ms after the first ack, lands while three are still to go
      // however fast the hub answers (with two batches a quick hub sometimes finished first).
      addEntries(app, 1_600);
      app.close();
      const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '../support/sync-crash-child.ts'), c.dataDir], { cwd: join(__dirname, '../..'), stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      const exited = new Promise((r) => child.on('exit', r));
      await new Promise<void>((resolve) => {
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (/acked|done/.test(out)) resolve();
        });
        child.on('exit', () => resolve());
      });
      // Somewhere in the next batch: reading it, on the wire, or storing its ack.
      await new Promise((r) => setTimeout(r, (round * 7) % 40));
      child.kill('SIGKILL');
      await exited;
      if (!out.includes('done')) killedMidRun++;
    }
    const app = openSyncApp(c.dataDir);
    const again = { ...c, app };
    const runs = await syncUntilDone(again);
    console.log(`[sync] counter killed mid-run ${killedMidRun} of 20 times; final sync took ${runs} run(s)`);
    expect(killedMidRun).toBeGreaterThan(10);
    await expectSameChain(db, again, 'killed 20 times');
    app.close();
  }, 240_000);

  it('refuses a counter whose ledger was edited after sync, naming the seq', async () => {
    const c = await enrolledCounter({ db, url: hub.url });
    addEntries(c.app, 50);
    await syncUntilDone(c);
    c.app.close();
    // The forger: one payload changed, the chain recomputed from there, the file consistent again.
    const file = new Database(join(c.dataDir, ledgerFileName));
    for (const t of file.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'entries'").pluck().all() as string[]) file.exec(`DROP TRIGGER ${t}`);
    const forged = 20;
    const rows = file.prepare('SELECT * FROM entries WHERE seq >= ? ORDER BY seq').all(forged - 1) as Record<string, any>[];
    let prev = rows[0]!.hash as string;
    for (const r of rows.slice(1)) {
      const payload = r.seq === forged ? r.payload.replace('Ghi chú', 'Ghi chú đã sửa') : r.payload;
      const hash = createHash('sha256').update(entryHashInput({ ...r, payload, prev_hash: prev } as never)).digest('hex');
      file.prepare('UPDATE entries SET payload = ?, prev_hash = ?, hash = ? WHERE seq = ?').run(payload, prev, hash, r.seq);
      prev = hash;
    }
    file.close();

    const app = openSyncApp(c.dataDir);
    addEntries(app, 1);
    const first = await app.services.sync.run();
    expect(first.ok).toBe(false);
    expect(app.services.sync.status().state).toBe('refused');
    const headSeq = app.services.ledger.count();
    expect(app.services.sync.status().lastError).toMatchObject({ params: { seq: headSeq } });
    // Told to send its history again from the forged entry (its sync state restored from a backup).
    app.services.sync.state.restartAt(forged - 1, rows[0]!.hash);
    const second = await app.services.sync.run();
    expect(second).toMatchObject({ ok: false, refused: true, problem: { code: 'FORK', params: { seq: forged } } });
    const alerts = await db.query<{ code: string; seq: number }>('SELECT code, seq FROM hub_alerts WHERE counter_id = $1 ORDER BY id', [c.counterId]);
    console.log(`[sync] forged entry ${forged}: counter refused (${first.ok ? '' : first.problem.code} at ${headSeq}, then FORK at ${forged}); hub alerts ${JSON.stringify(alerts)}`);
    expect(alerts.map((a) => a.seq)).toContain(forged);
    // The hub kept what it had before the edit (everything but the new entry), its chain intact.
    expect(await hubChain(db, c.counterId)).toMatchObject({ count: headSeq - 1, brokenAt: null });
    app.close();
  }, 60_000);

  it('applies the centre directives once each, in the transaction of the cursor; a bad one is refused and does not block the rest', async () => {
    const c = await enrolledCounter({ db, url: hub.url });
    const catalogue = {
      procedures: [record('2.002000', 'Cấp giấy phép kinh doanh karaoke', ['VH', 'Văn hóa'], { 'Cấp mới': [['Đơn đề nghị cấp giấy phép', 1, 0]] })],
    };
    const by = 'Trung tâm Phục vụ hành chính công tỉnh Sơn La';
    const good = await publishDirective(db, { kind: 'catalogue.version', payload: catalogue, target: { officeCode: c.officeCode }, publishedBy: by });
    // The hub refuses to publish this shape (publishDirective checks it); one written into its
    // table anyway (by hand, or by an older hub) is refused again by the counter.
    const [{ id: badId }] = await db.query<{ id: number }>(
      `INSERT INTO hub_directives (kind, payload, target_all, target_office, target_counter, published_at, published_by)
       VALUES ('calendar.override', $1, false, $2, NULL, now(), $3) RETURNING id`,
      [JSON.stringify({ date: '30/04/2027', dayType: 'dayOff' }), c.officeCode, by],
    ) as [{ id: number }];
    const bad = { id: badId };
    const proposal = await publishDirective(db, { kind: 'money.proposal', payload: { slipNumber: 'S-1', amountVnd: -20000, reason: 'Thu thừa lệ phí' }, target: { officeCode: c.officeCode }, publishedBy: by });
    // A catalogue with one broken record: nothing of it is imported, as for a file.
    const broken = await publishDirective(db, { kind: 'catalogue.version', payload: { procedures: [{ ...catalogue.procedures[0], MaTTHC: '2.002001', TENTTHC: '' }] }, target: { officeCode: c.officeCode }, publishedBy: by });
    await syncUntilDone(c);
    await syncUntilDone(c); // a second run finds nothing new
    const listed = await c.app.dispatch('sync.directives', {}, { lang: 'vi', via: 'console' });
    const { directives } = (listed.ok ? listed.value : { directives: [] }) as CommandOutput<'sync.directives'>;
    expect(directives.map((d) => [d.directiveId, d.kind, d.outcome])).toEqual([
      [broken.id, 'catalogue.version', 'refused'],
      [proposal.id, 'money.proposal', 'awaitingManager'],
      [bad.id, 'calendar.override', 'refused'],
      [good.id, 'catalogue.version', 'applied'],
    ]);
    expect(directives[0]!.problems.join(' ')).toContain('2.002001');
    expect(directives[2]!.problems.join(' ')).toMatch(/date|dayType|reason/);
    // The proposal waits for a manager: rejected once, with the reason; a second decision is refused.
    await signInManager(c);
    await screenCall(c.app, 'mgr')('sync.decideProposal', { directiveId: proposal.id, decision: 'reject', reason: 'Đã hoàn tiền tại quầy', idempotencyKey: `decide-${proposal.id}` });
    const again = await c.app.dispatch('sync.decideProposal', { directiveId: proposal.id, decision: 'accept', idempotencyKey: `decide-again-${proposal.id}` }, { lang: 'vi', via: 'screen', sessionId: 'mgr' });
    expect(again.ok ? null : again.error.message).toBe(`Đề nghị số ${proposal.id} của trung tâm không chờ duyệt (không có, hoặc đã được quyết định).`);
    expect(c.app.services.db.prepare('SELECT outcome FROM centre_directives WHERE directive_id = ?').pluck().get(proposal.id)).toBe('rejected');
    await syncUntilDone(c);
    const centre = c.app.services.db.prepare("SELECT kind FROM entries WHERE actor_kind = 'centre' ORDER BY seq").pluck().all();
    expect(centre).toEqual(['catalogue.imported', 'centre.catalogue.version', 'centre.directive_refused', 'centre.money.proposal', 'centre.directive_refused']);
    const found = await c.app.dispatch('catalogue.search', { query: 'karaoke' }, { lang: 'vi', via: 'console' });
    expect(found.ok && (found.value as CommandOutput<'catalogue.search'>).hits[0]?.code).toBe('2.002000');
    expect(c.app.services.sync.state.get()!.pullCursor).toBeGreaterThanOrEqual(proposal.id);
    console.log(`[sync] directives: ${centre.length} centre entries for 4 directives (1 applied, 2 refused, 1 awaiting a manager)`);
    await expectSameChain(db, c, 'directives');
    c.app.close();
  }, 60_000);

  it('takes the agency directory, an S10 range, a year of holiday decisions and a tariff from the centre, each through its service', async () => {
    const c = await enrolledCounter({ db, url: hub.url });
    const by = 'Bưu điện tỉnh Sơn La';
    const name = 'Bộ phận Một cửa UBND xã Chiềng Mung';
    await publishDirective(db, { kind: 'agency.directory', payload: { agencies: [{ name, unitCode: 'H36.25.12', address: 'Xã Chiềng Mung, tỉnh Sơn La', phone: '0212 3845 111' }] }, target: { all: true }, publishedBy: by });
    await publishDirective(db, { kind: 's10.range', payload: { service: 'RR', first: 36_100_000, last: 36_100_999 }, target: { counterId: c.counterId }, publishedBy: by });
    const dayOff = { date: '2027-03-15', name: 'Nghỉ hoán đổi (thử nghiệm)', source: 'Thông báo của Văn phòng UBND tỉnh (thử nghiệm)' };
    const before = (await c.app.dispatch('calendar.holidays', { year: 2027 }, { lang: 'vi', via: 'console' })) as { ok: true; value: CommandOutput<'calendar.holidays'> };
    expect(JSON.stringify(before.value.days)).not.toContain(dayOff.date);
    await publishDirective(db, { kind: 'calendar.override', payload: { year: 2027, daysOff: [dayOff] }, target: { all: true }, publishedBy: by });
    const tariff = { ...JSON.parse(readFileSync(join(__dirname, '../../resources/tariff/sample-tariff.json'), 'utf8')), version: 'SL-2027.1', sample: false };
    await publishDirective(db, { kind: 'tariff.version', payload: tariff, target: { all: true }, publishedBy: by });
    await syncUntilDone(c);
    const mine = c.app.services.db.prepare('SELECT outcome FROM centre_directives ORDER BY directive_id DESC LIMIT 4').pluck().all().reverse();
    expect(mine).toEqual(['applied', 'applied', 'applied', 'applied']);
    // The published tariff is in force: quotes carry its version.
    expect(c.app.services.tariff.info()).toMatchObject({ version: 'SL-2027.1', sample: false });
    // Due dates count with the published year from now on.
    const after = (await c.app.dispatch('calendar.holidays', { year: 2027 }, { lang: 'vi', via: 'console' })) as { ok: true; value: CommandOutput<'calendar.holidays'> };
    expect(JSON.stringify(after.value.days)).toContain(dayOff.date);
    const s10 = c.app.services.db.prepare("SELECT settings FROM device_settings WHERE device = 's10-range'").pluck().get() as string;
    expect(JSON.parse(s10)).toEqual({ service: 'RR', first: 36_100_000, last: 36_100_999 });
    expect(c.app.services.agencies.contact(name)).toMatchObject({ unitCode: 'H36.25.12', address: 'Xã Chiềng Mung, tỉnh Sơn La' });
    await expectSameChain(db, c, 'agencies and S10');
    c.app.close();
  }, 60_000);

  it("applies the departments' word on its dossiers: the code and date back-filled, the lifecycle moves, an unknown slip refused", async () => {
    const c = await enrolledCounter({ db, url: hub.url });
    const call = screenCall(c.app, 'mgr');
    await signInManager(c);
    await configureS10(c.app);
    const [accepted, supplement, withdrawn] = [(await receiveDossier(c.app)).slip, (await receiveDossier(c.app)).slip, (await receiveDossier(c.app)).slip];
    let batchNumber: string | null = null;
    for (const slip of [accepted, supplement, withdrawn]) ({ batchNumber } = await call('handover.add', { batchNumber, scan: slip, idempotencyKey: `add-${slip}` }));
    await call('handover.sign', { batchNumber: batchNumber!, receiverName: 'Quàng Văn Minh', idempotencyKey: `sign-${batchNumber}` });
    const by = 'Kết nối Hệ thống một cửa tỉnh';
    const publish = (payload: Record<string, unknown>) => publishDirective(db, { kind: 'dossier.status', payload, target: { counterId: c.counterId }, publishedBy: by });
    await publish({ slipNumber: accepted, status: 'accepted', departmentCode: 'H36.25-261130-0007', appointmentDate: '2026-12-10' });
    await publish({ slipNumber: supplement, status: 'supplementRequested', reason: 'Thiếu giấy khám sức khỏe' });
    await publish({ slipNumber: withdrawn, status: 'withdrawn', reason: 'Người dân rút hồ sơ' });
    await publish({ slipNumber: accepted, status: 'done' });
    await publish({ slipNumber: 'SL-KHONGCO', status: 'refused', reason: 'Không rõ' });
    await syncUntilDone(c);
    const status = (slip: string) => c.app.services.db.prepare('SELECT status FROM dossiers WHERE slip_number = ?').pluck().get(slip);
    expect([status(accepted), status(supplement), status(withdrawn)]).toEqual(['delivered', 'supplementRequested', 'withdrawn']);
    expect(c.app.services.db.prepare('SELECT department_code, appointment_date FROM handover_items WHERE slip_number = ?').get(accepted)).toEqual({ department_code: 'H36.25-261130-0007', appointment_date: '2026-12-10' });
    const outcomes = c.app.services.db.prepare("SELECT outcome FROM centre_directives WHERE kind = 'dossier.status' ORDER BY directive_id").pluck().all();
    expect(outcomes).toEqual(['applied', 'applied', 'applied', 'recorded', 'refused']);
    // The dossier's page shows the centre's word on its timeline, by the centre.
    const { dossier } = await call('dossiers.show', { ref: accepted });
    const centre = dossier.timeline.filter((e) => e.actorKind === 'centre').map((e) => e.kind);
    expect(centre).toEqual(['handover.outcome_recorded', 'centre.dossier.status', 'centre.dossier.status']);
    console.log(`[sync] dossier status directives: ${JSON.stringify(outcomes)}; centre entries on ${accepted}: ${JSON.stringify(centre)}`);
    await expectSameChain(db, c, 'dossier status');
    c.app.close();
  }, 60_000);

  it('stops at once when the centre revokes the counter, with the reason', async () => {
    const c = await enrolledCounter({ db, url: hub.url });
    addEntries(c.app, 5);
    await revokeCounter(db, { officeCode: c.officeCode, counterNumber: 1 });
    const r = await c.app.services.sync.run();
    expect(r).toMatchObject({ ok: false, refused: true, problem: { code: 'REVOKED' } });
    const status = await c.app.dispatch('sync.status', {}, { lang: 'vi', via: 'console' });
    expect(status.ok && status.value).toMatchObject({ state: 'refused', waiting: c.app.services.ledger.count(), lastError: { code: 'REVOKED' } });
    c.app.close();
  });
});

describe('counter sync into a real PostgreSQL hub', () => {
  it('drains a backlog through a dropped reply and a restart of the hub database', async () => {
    const { db, dispose } = await hubEngines.find((e) => e.name === 'postgres')!.open();
    const hub = await startHub({ database: db });
    const proxy = await startFaultProxy(hub.url);
    try {
      const c = await enrolledCounter({ db, url: proxy.url });
      addEntries(c.app, 1_200);
      proxy.queue('pass', 'dropResponse');
      const first = await c.app.services.sync.run();
      // The database goes away and comes back (a PostgreSQL restart): the hub answers 5xx meanwhile.
      await (await postgresCluster()).restart();
      addEntries(c.app, 300);
      const runs = await syncUntilDone(c);
      console.log(`[sync] postgres: first run ${first.ok ? 'ok' : first.problem.code}; after the restart ${runs} run(s); proxy ${JSON.stringify(proxy.counts)}`);
      await expectSameChain(db, c, 'postgres restart');
      c.app.close();
    } finally {
      await proxy.close();
      await hub.close();
      await dispose();
    }
  }, 120_000);
});
