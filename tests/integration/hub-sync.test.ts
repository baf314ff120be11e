// The province hub against both of its engines (PGlite and a real PostgreSQL), over real HTTP on
// loopback: enrolment, signed requests, ingest exactly once, gap/fork/bad-hash refusals with
// alerts naming the seq, directives per target, and the dossiers read side.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolCounter, revokeCounter } from '../../hub/counters';
import type { HubDatabase } from '../../hub/db/hub-database';
import { migrate } from '../../hub/db/migrations';
import { DirectivePayloadError, publishDirective } from '../../hub/directives';
import { ingest } from '../../hub/ingest';
import { startHub, type RunningHub } from '../../hub/server';
import { nonceRetentionMs, pruneNonces } from '../../hub/verify-request';
import { maxClockSkewMs, syncPaths } from '../../shared/sync/protocol';
import { hubEngines, postgresCluster, stopPostgresCluster } from '../support/hub-engines';
import { enrol, get, pull, push, rehash, signedPost, TestChain, type Credentials } from '../support/hub-counter';

afterAll(() => stopPostgresCluster(), 60_000);

describe.each(hubEngines)('hub on $name', (engine) => {
  let db: HubDatabase;
  let dispose: () => Promise<void>;
  let hub: RunningHub;
  beforeAll(async () => {
    ({ db, dispose } = await engine.open());
    hub = await startHub({ database: db });
  }, 90_000);
  afterAll(async () => {
    await hub?.close();
    await dispose?.();
  });

  let office = 0;
  /** A counter enrolled through the real exchange, with its own chain. */
  async function newCounter(officeCode = `70${String(++office).padStart(4, '0')}`, counterNumber = 1) {
    const chain = new TestChain();
    const { code } = await enrolCounter(db, { officeCode, counterNumber });
    const r = await enrol(hub.url, { code, deviceId: chain.deviceId, officeCode, counterNumber });
    expect(r.status).toBe(200);
    const creds: Credentials = { counterId: r.body.counterId, secret: r.body.secret };
    return { chain, creds, officeCode, counterNumber };
  }
  const count = async (counterId: string) => (await db.query<{ n: number }>('SELECT count(*) AS n FROM hub_entries WHERE counter_id = $1', [counterId]))[0]!.n;
  const alerts = (counterId: string) => db.query<{ code: string; seq: number; times: number }>('SELECT code, seq, times FROM hub_alerts WHERE counter_id = $1 ORDER BY id', [counterId]);

  it('exchanges an enrolment code once only, for the counter it was made for', async () => {
    const { code } = await enrolCounter(db, { officeCode: '710000', counterNumber: 3 });
    const other = await enrol(hub.url, { code, deviceId: 'd1', officeCode: '710000', counterNumber: 4 });
    expect(other.body.error.code).toBe('ENROLMENT_CODE_INVALID');
    const first = await enrol(hub.url, { code, deviceId: 'd1', officeCode: '710000', counterNumber: 3 });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ ackedSeq: 0, headHash: '0'.repeat(64) });
    expect(Buffer.from(first.body.secret, 'base64')).toHaveLength(32);
    const again = await enrol(hub.url, { code, deviceId: 'd1', officeCode: '710000', counterNumber: 3 });
    expect(again.status).toBe(403);
    expect(again.body.error.code).toBe('ENROLMENT_CODE_INVALID');
    // Only the code's hash is stored.
    const stored = await db.query<{ code_hash: string }>('SELECT code_hash FROM hub_enrolment_codes');
    expect(stored.map((r) => r.code_hash)).not.toContain(code);

    const expired = await enrolCounter(db, { officeCode: '710000', counterNumber: 5, now: new Date(Date.now() - 8 * 24 * 3600_000) });
    expect((await enrol(hub.url, { code: expired.code, deviceId: 'd2', officeCode: '710000', counterNumber: 5 })).body.error.code).toBe('ENROLMENT_CODE_INVALID');
  });

  it('re-enrolling the same machine keeps what the hub holds of its chain', async () => {
    const c = await newCounter();
    expect((await push(hub.url, c.creds, c.chain.append(4))).body).toEqual({ ackedSeq: 4, headHash: c.chain.head.hash });
    const { code } = await enrolCounter(db, { officeCode: c.officeCode, counterNumber: c.counterNumber });
    const r = await enrol(hub.url, { code, deviceId: c.chain.deviceId, officeCode: c.officeCode, counterNumber: c.counterNumber });
    expect(r.body).toMatchObject({ counterId: c.creds.counterId, ackedSeq: 4, headHash: c.chain.head.hash });
    // The old key no longer signs.
    expect((await pull(hub.url, c.creds, 0)).body.error.code).toBe('BAD_SIGNATURE');
  });

  it('refuses a wrong signature, a stale timestamp (with the hub time), a replayed nonce, an unknown or revoked counter', async () => {
    const c = await newCounter();
    const body = { after: 0, limit: 10 };
    const forged = await signedPost(hub.url, syncPaths.pull, c.creds, body, { secret: Buffer.alloc(32, 7).toString('base64') });
    expect([forged.status, forged.body.error.code]).toEqual([401, 'BAD_SIGNATURE']);

    const before = Date.now();
    const stale = await signedPost(hub.url, syncPaths.pull, c.creds, body, { timestamp: Date.now() - maxClockSkewMs - 60_000 });
    expect(stale.body.error.code).toBe('STALE_TIMESTAMP');
    expect(stale.body.error.hubTime).toBeGreaterThanOrEqual(before);
    expect((await signedPost(hub.url, syncPaths.pull, c.creds, body, { timestamp: Date.now() + maxClockSkewMs + 60_000 })).body.error.code).toBe('STALE_TIMESTAMP');

    const ok = await signedPost(hub.url, syncPaths.pull, c.creds, body, { nonce: 'nonce-1' });
    expect(ok.status).toBe(200);
    expect((await signedPost(hub.url, syncPaths.pull, c.creds, body, { nonce: 'nonce-1' })).body.error.code).toBe('REPLAYED_NONCE');

    expect((await pull(hub.url, { ...c.creds, counterId: 'no-such-counter' }, 0)).body.error.code).toBe('UNKNOWN_COUNTER');

    await revokeCounter(db, { officeCode: c.officeCode, counterNumber: c.counterNumber });
    const revoked = await push(hub.url, c.creds, c.chain.append(1));
    expect([revoked.status, revoked.body.error.code]).toEqual([403, 'REVOKED']);
    expect(await count(c.creds.counterId)).toBe(0);
  });

  it('forgets nonces only once their requests are too old to pass the timestamp check', async () => {
    const c = await newCounter();
    expect((await signedPost(hub.url, syncPaths.pull, c.creds, { after: 0, limit: 1 }, { nonce: 'kept' })).status).toBe(200);
    const held = () => db.query('SELECT nonce FROM hub_nonces WHERE counter_id = $1', [c.creds.counterId]);
    await pruneNonces(db, Date.now() + nonceRetentionMs - 60_000);
    expect(await held()).toHaveLength(1);
    await pruneNonces(db, Date.now() + nonceRetentionMs + 60_000);
    expect(await held()).toHaveLength(0);
  });

  it('stores a repeated or overlapping batch exactly once and acknowledges the same head', async () => {
    const c = await newCounter();
    const first = c.chain.append(10);
    const a = await push(hub.url, c.creds, first);
    expect(a.body).toEqual({ ackedSeq: 10, headHash: c.chain.head.hash });
    expect((await push(hub.url, c.creds, first)).body).toEqual(a.body);
    c.chain.append(10);
    const overlap = await push(hub.url, c.creds, c.chain.range(6, 20));
    expect(overlap.body).toEqual({ ackedSeq: 20, headHash: c.chain.head.hash });
    expect(await count(c.creds.counterId)).toBe(20);
    const seqs = await db.query<{ seq: number }>('SELECT seq FROM hub_entries WHERE counter_id = $1 ORDER BY seq', [c.creds.counterId]);
    expect(seqs.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await alerts(c.creds.counterId)).toEqual([]);
  });

  it('stores each entry exactly as the counter signed it (Vietnamese, quotes, backslashes, line breaks)', async () => {
    const c = await newCounter();
    const [e] = c.chain.append(1, () => ({ kind: 'test.text', payload: { name: 'Nguyễn Thị Ánh "Tuyết"', note: 'a\\b\nc\td 🙂', empty: '' } }));
    expect((await push(hub.url, c.creds, [e!])).body.ackedSeq).toBe(1);
    const [row] = await db.query<Record<string, unknown>>('SELECT * FROM hub_entries WHERE counter_id = $1', [c.creds.counterId]);
    expect(row).toMatchObject({
      seq: 1, kind: e!.kind, payload: e!.payload, actor_kind: e!.actorKind, actor_user_id: e!.actorUserId, device_id: e!.deviceId,
      at: e!.at, at_local: e!.atLocal, idempotency_key: e!.idempotencyKey, corrects_seq: null, prev_hash: e!.prevHash, hash: e!.hash,
    });
  });

  it('acknowledges the same batch delivered twice at once, storing it once', async () => {
    const c = await newCounter();
    const batch = c.chain.append(50);
    const replies = await Promise.all([push(hub.url, c.creds, batch), push(hub.url, c.creds, batch), push(hub.url, c.creds, batch)]);
    expect(replies.map((r) => r.body)).toEqual(Array(3).fill({ ackedSeq: 50, headHash: c.chain.head.hash }));
    expect(await count(c.creds.counterId)).toBe(50);
  });

  it('refuses a gap with the expected seq and raises one alert however often it is retried', async () => {
    const c = await newCounter();
    await push(hub.url, c.creds, c.chain.append(5));
    c.chain.append(10);
    for (let i = 0; i < 2; i++) {
      const r = await push(hub.url, c.creds, c.chain.range(9, 15));
      expect([r.status, r.body.error.code, r.body.error.expectedSeq]).toEqual([409, 'GAP', 6]);
    }
    expect(await alerts(c.creds.counterId)).toEqual([{ code: 'GAP', seq: 6, times: 2 }]);
    expect((await push(hub.url, c.creds, c.chain.range(6, 15))).body.ackedSeq).toBe(15);
  });

  it('refuses a rewritten history as a FORK naming the seq, and nothing of that batch is stored', async () => {
    const c = await newCounter();
    await push(hub.url, c.creds, c.chain.append(8));
    // A forger edits entry 3's payload in the SQLite file and recomputes the chain from there.
    const forged = c.chain.range(1, 8).map((e) => ({ ...e }));
    forged[2] = rehash({ ...forged[2]!, payload: JSON.stringify({ seq: 3, note: 'changed' }) });
    for (let i = 3; i < forged.length; i++) forged[i] = rehash({ ...forged[i]!, prevHash: forged[i - 1]!.hash });
    const more = c.chain.append(2);
    const r = await push(hub.url, c.creds, [...forged.slice(2), ...more]);
    expect([r.status, r.body.error.code, r.body.error.seq]).toEqual([409, 'FORK', 3]);
    expect(await count(c.creds.counterId)).toBe(8);
    expect(await alerts(c.creds.counterId)).toEqual([{ code: 'FORK', seq: 3, times: 1 }]);
    const held = await db.query<{ acked_seq: number; head_hash: string }>('SELECT acked_seq, head_hash FROM hub_counters WHERE id = $1', [c.creds.counterId]);
    expect(held[0]).toEqual({ acked_seq: 8, head_hash: c.chain.range(8, 8)[0]!.hash });
  });

  it('refuses an entry whose hash does not match its fields, or whose prevHash does not link, naming the seq', async () => {
    const c = await newCounter();
    await push(hub.url, c.creds, c.chain.append(3));
    const [e4, e5] = c.chain.append(2);
    const edited = { ...e4!, payload: JSON.stringify({ note: 'edited without rehash' }) };
    const r1 = await push(hub.url, c.creds, [edited, e5!]);
    expect([r1.body.error.code, r1.body.error.seq]).toEqual(['BAD_HASH', 4]);
    const unlinked = rehash({ ...e5!, prevHash: 'f'.repeat(64) });
    const r2 = await push(hub.url, c.creds, [e4!, unlinked]);
    expect([r2.body.error.code, r2.body.error.seq]).toEqual(['BAD_HASH', 5]);
    expect(await count(c.creds.counterId)).toBe(3);
    expect((await alerts(c.creds.counterId)).map((a) => [a.code, a.seq])).toEqual([['BAD_HASH', 4], ['BAD_HASH', 5]]);
    expect((await push(hub.url, c.creds, [e4!, e5!])).body.ackedSeq).toBe(5);
  });

  it('refuses a malformed body as BAD_REQUEST', async () => {
    const c = await newCounter();
    const r = await signedPost(hub.url, syncPaths.push, c.creds, { entries: [{ seq: 1 }] });
    expect([r.status, r.body.error.code]).toEqual([400, 'BAD_REQUEST']);
  });

  it('keeps entries of different months in their month partitions', async () => {
    const c = await newCounter();
    c.chain.append(2, undefined, '2026-10-31T23:59:00.000Z');
    c.chain.append(2, undefined, '2026-11-01T00:01:00.000Z');
    expect((await push(hub.url, c.creds, c.chain.entries)).body.ackedSeq).toBe(4);
    const parts = await db.query<{ part: string; n: number }>(
      'SELECT tableoid::regclass::text AS part, count(*) AS n FROM hub_entries WHERE counter_id = $1 GROUP BY 1 ORDER BY 1',
      [c.creds.counterId],
    );
    expect(parts).toEqual([{ part: 'hub_entries_2026_10', n: 2 }, { part: 'hub_entries_2026_11', n: 2 }]);
  });

  it('keeps entries dated far from the hub clock in the default partition, and moves them into their month once it is made', async () => {
    const c = await newCounter();
    // A counter whose clock says 2031 (the hub's says 2026): stored, but no partition for 2031.
    c.chain.append(2, undefined, '2031-03-10T08:00:00.000Z');
    expect((await push(hub.url, c.creds, c.chain.entries)).body.ackedSeq).toBe(2);
    const parts = () =>
      db.query<{ part: string; n: number }>('SELECT tableoid::regclass::text AS part, count(*) AS n FROM hub_entries WHERE counter_id = $1 GROUP BY 1 ORDER BY 1', [c.creds.counterId]);
    expect(await parts()).toEqual([{ part: 'hub_entries_default', n: 2 }]);
    const made = await db.query("SELECT 1 FROM pg_class WHERE relname = 'hub_entries_2031_03'");
    expect(made).toHaveLength(0);
    // March 2031 comes: the month's partition is made and takes the entries the default held.
    const ack = await ingest(db, c.creds.counterId, c.chain.append(1, undefined, '2031-03-11T08:00:00.000Z'), new Date('2031-03-11T09:00:00.000Z'));
    expect(ack.ackedSeq).toBe(3);
    expect(await parts()).toEqual([{ part: 'hub_entries_2031_03', n: 3 }]);
  });

  it('refuses to publish a directive whose payload the counters would refuse, and stores nothing', async () => {
    const before = await db.query<{ n: number }>('SELECT count(*) AS n FROM hub_directives');
    const old = publishDirective(db, { kind: 's10.range', payload: { service: 'RR', from: 1, to: 100 }, target: { all: true }, publishedBy: 'op' });
    await expect(old).rejects.toBeInstanceOf(DirectivePayloadError);
    await expect(old).rejects.toThrow(/first/);
    const status = publishDirective(db, { kind: 'dossier.status', payload: { slipNumber: 'SL-1', status: 'accepted' }, target: { all: true }, publishedBy: 'op' });
    await expect(status).rejects.toThrow(/departmentCode/);
    expect(await db.query('SELECT count(*) AS n FROM hub_directives')).toEqual(before);
  });

  it('runs each migration step as one script, so a semicolon or a double dash inside a string is kept', async () => {
    const text = "Ghi chú; không tách -- ở đây";
    await migrate(db, [{ version: 900_000 + process.pid % 1000, sql: `CREATE TABLE migration_probe (note text);\n INSERT INTO migration_probe VALUES ('${text}'); -- a comment;` }]);
    expect(await db.query('SELECT note FROM migration_probe')).toEqual([{ note: text }]);
  });

  it('gives each counter the directives for all, its office and itself, in id order, with a cursor', async () => {
    const a = await newCounter('720001', 1);
    const b = await newCounter('720002', 1);
    const saturdayWorked = { year: 2026, workingSaturdays: [{ date: '2026-12-05', name: 'Làm bù', source: 'Thông báo của UBND tỉnh (thử nghiệm)' }] };
    const ids = {
      all: (await publishDirective(db, { kind: 'calendar.override', payload: saturdayWorked, target: { all: true }, publishedBy: 'op' })).id,
      officeA: (await publishDirective(db, { kind: 's10.range', payload: { service: 'RR', first: 1, last: 100 }, target: { officeCode: '720001' }, publishedBy: 'op' })).id,
      officeB: (await publishDirective(db, { kind: 's10.range', payload: { service: 'RR', first: 101, last: 200 }, target: { officeCode: '720002' }, publishedBy: 'op' })).id,
      counterB: (await publishDirective(db, { kind: 'money.proposal', payload: { slipNumber: 'X', amountVnd: 5000, reason: 'r' }, target: { counterId: b.creds.counterId }, publishedBy: 'op' })).id,
    };
    const start = ids.all - 1;
    const ra = await pull(hub.url, a.creds, start);
    expect(ra.body.directives.map((d: { id: number }) => d.id)).toEqual([ids.all, ids.officeA]);
    expect(ra.body).toMatchObject({ cursor: ids.counterB, more: false });
    expect(ra.body.directives[0]).toMatchObject({ kind: 'calendar.override', payload: saturdayWorked, publishedBy: 'op' });
    const rb = await pull(hub.url, b.creds, start);
    expect(rb.body.directives.map((d: { id: number }) => d.id)).toEqual([ids.all, ids.officeB, ids.counterB]);
    // A page of one: more, and the cursor at the last one given.
    const page = await pull(hub.url, b.creds, start, 1);
    expect(page.body).toMatchObject({ cursor: ids.all, more: true });
    expect((await pull(hub.url, a.creds, ra.body.cursor)).body).toEqual({ directives: [], cursor: ids.counterB, more: false });
  });

  it.runIf(engine.name === 'postgres')('keeps serving after its PostgreSQL server restarts, and the retried batch is stored once', async () => {
    const c = await newCounter();
    await push(hub.url, c.creds, c.chain.append(3));
    await (await postgresCluster()).restart();
    const batch = c.chain.append(3);
    // The first request may meet a connection the restart closed: a counter retries with backoff.
    let reply = await push(hub.url, c.creds, batch);
    for (let i = 0; i < 5 && reply.status !== 200; i++) reply = await push(hub.url, c.creds, batch);
    expect(reply.body).toEqual({ ackedSeq: 6, headHash: c.chain.head.hash });
    expect(await count(c.creds.counterId)).toBe(6);
  }, 90_000);

  it('keeps the dossiers read side from intake entries and the moves of later ones', async () => {
    const c = await newCounter('730000', 2);
    const slip = (seq: number) => `730000-02-261130-${String(seq).padStart(4, '0')}`;
    c.chain.append(3, (seq) => ({
      kind: 'dossier.received',
      payload: { slipNumber: slip(seq), receivedAt: '2026-11-30T08:00:00+07:00', service: 'full', totalVnd: 50000, procedure: { code: `P${seq}`, agency: 'Sở Tư pháp' }, agency: { unitCode: 'STP', name: 'Sở Tư pháp' } },
    }));
    c.chain.append(1, () => ({ kind: 'handover.batch_created', payload: { moves: [{ slipNumber: slip(1), from: 'received', to: 'inBatch' }, { slipNumber: slip(2), from: 'received', to: 'inBatch' }] } }));
    c.chain.append(1, () => ({ kind: 'handover.signed', payload: { moves: [{ slipNumber: slip(1), from: 'inBatch', to: 'delivered' }] } }));
    expect((await push(hub.url, c.creds, c.chain.entries)).body.ackedSeq).toBe(5);
    const all = await get(hub.url, '/v1/read/dossiers?office=730000', hub.operatorToken);
    expect(all.body.dossiers.map((d: { slipNumber: string; status: string }) => [d.slipNumber, d.status]).sort()).toEqual([
      [slip(1), 'delivered'],
      [slip(2), 'inBatch'],
      [slip(3), 'received'],
    ]);
    const delivered = await get(hub.url, '/v1/read/dossiers?status=delivered&agency=STP', hub.operatorToken);
    expect(delivered.body.dossiers).toHaveLength(1);
    expect(delivered.body.dossiers[0]).toMatchObject({ slipNumber: slip(1), officeCode: '730000', agency: 'STP', procedureCode: 'P1', totalVnd: 50000 });
    const counters = await get(hub.url, '/v1/read/counters', hub.operatorToken);
    expect(counters.body.counters.find((x: { counterId: string }) => x.counterId === c.creds.counterId)).toMatchObject({ ackedSeq: 5, headHash: c.chain.head.hash });
    expect((await get(hub.url, '/v1/read/alerts', 'wrong-token')).status).toBe(401);
  });
});
