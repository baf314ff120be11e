import { afterEach, describe, expect, it } from 'vitest';
import { CounterError } from '../../electron/services/counter-error';
import { counterWithStaff, key, ok, openTestCounter, type StaffedCounter, type TestCounter } from '../support/counter-fixture';

let c: TestCounter;
afterEach(() => c?.close());

async function staffed(): Promise<StaffedCounter> {
  const s = await counterWithStaff();
  c = s;
  return s;
}

describe('append-only ledger', () => {
  it('refuses UPDATE and DELETE on entries at the database itself', async () => {
    c = await counterWithStaff();
    const db = c.app.services.db;
    expect(() => db.prepare("UPDATE entries SET payload = '{}' WHERE seq = 1").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM entries WHERE seq = 1').run()).toThrow(/append-only/);
    expect(c.app.services.ledger.verify()).toMatchObject({ ok: true, entries: 5 });
  });

  it('records who made each entry and on which device', async () => {
    const c = await staffed();
    const rows = c.app.services.db.prepare('SELECT kind, actor_kind, actor_user_id, device_id FROM entries ORDER BY seq').all();
    const device = c.app.services.ledger.deviceId;
    expect(device).toMatch(/^dev_/);
    expect(rows).toEqual([
      { kind: 'counter.set_up', actor_kind: 'user', actor_user_id: c.managerId, device_id: device },
      { kind: 'user.added', actor_kind: 'user', actor_user_id: c.managerId, device_id: device },
      { kind: 'catalogue.imported', actor_kind: 'user', actor_user_id: c.managerId, device_id: device },
      { kind: 'agency.updated', actor_kind: 'user', actor_user_id: c.managerId, device_id: device },
      { kind: 'user.added', actor_kind: 'user', actor_user_id: c.managerId, device_id: device },
    ]);
  });

  it('chains each entry to the previous one by hash', async () => {
    c = await counterWithStaff();
    const rows = c.app.services.db.prepare('SELECT seq, prev_hash, hash FROM entries ORDER BY seq').all() as {
      seq: number;
      prev_hash: string;
      hash: string;
    }[];
    expect(rows[0]!.prev_hash).toBe('0'.repeat(64));
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(rows.length);
  });

  it('posts a correction as a new entry naming the corrected one, leaving the original as it was', async () => {
    const c = await staffed();
    const before = c.app.services.db.prepare('SELECT * FROM entries WHERE seq = 5').get();
    const { correctsSeq, user } = ok(
      await c.screen('mgr', 'users.update', { userId: c.clerkId, name: 'Cầm Thị Mái', idempotencyKey: key() }),
    );
    expect(correctsSeq).toBe(5);
    expect(user.name).toBe('Cầm Thị Mái');
    const correction = c.app.services.db.prepare('SELECT kind, corrects_seq, payload FROM entries WHERE seq = 6').get() as {
      kind: string;
      corrects_seq: number;
      payload: string;
    };
    expect(correction.kind).toBe('user.updated');
    expect(correction.corrects_seq).toBe(5);
    expect(JSON.parse(correction.payload).before.name).toBe('Cầm Thị Mai');
    expect(c.app.services.db.prepare('SELECT * FROM entries WHERE seq = 5').get()).toEqual(before);
    expect(c.app.services.ledger.verify().ok).toBe(true);
  });

  it('rolls back the entry when its read-model update fails in the same transaction', () => {
    c = openTestCounter();
    const { ledger, db } = c.app.services;
    expect(() =>
      ledger.transaction(() => {
        ledger.post({ kind: 'test.first', payload: {}, actor: { kind: 'system' }, idempotencyKey: key() });
        db.prepare('INSERT INTO users (id) VALUES (?)').run('broken'); // NOT NULL columns missing
      }),
    ).toThrow();
    expect(ledger.count()).toBe(0);
  });
});

describe('idempotency', () => {
  it('posts once for a key and returns the first result to every repeat', () => {
    c = openTestCounter();
    const { ledger } = c.app.services;
    const k = key();
    let runs = 0;
    const work = () => {
      runs++;
      return ledger.post({ kind: 'test.payment', payload: { vnd: 8000 }, actor: { kind: 'system' }, idempotencyKey: k }).seq;
    };
    const first = ledger.once('test.pay', k, { vnd: 8000 }, work);
    const second = ledger.once('test.pay', k, { vnd: 8000 }, work);
    const third = ledger.once('test.pay', k, { vnd: 8000 }, work);
    expect([first, second, third]).toEqual([1, 1, 1]);
    expect(runs).toBe(1);
    expect(ledger.count()).toBe(1);
  });

  it('refuses the same key for a different request instead of answering with the wrong result', () => {
    c = openTestCounter();
    const { ledger } = c.app.services;
    const k = key();
    ledger.once('test.pay', k, { vnd: 8000 }, () => 1);
    expect(() => ledger.once('test.pay', k, { vnd: 80000 }, () => 2)).toThrow(CounterError);
    expect(() => ledger.once('test.other', k, { vnd: 8000 }, () => 2)).toThrow(/IDEMPOTENCY_CONFLICT/);
  });

  it('lets a retry succeed after a failure that changed nothing', () => {
    c = openTestCounter();
    const { ledger } = c.app.services;
    const k = key();
    expect(() => ledger.once('test.pay', k, {}, () => {
      throw new Error('printer on fire');
    })).toThrow('printer on fire');
    expect(ledger.once('test.pay', k, {}, () => 'second try')).toBe('second try');
  });

  it('adds a user once when the same request arrives three times at once', async () => {
    c = await counterWithStaff();
    const input = { name: 'Quàng Văn Tú', role: 'clerk' as const, pin: '9753', idempotencyKey: key('triple') };
    const results = await Promise.all([1, 2, 3].map(() => c.screen('mgr', 'users.add', input)));
    const ids = results.map((r) => ok(r).user.id);
    expect(new Set(ids).size).toBe(1);
    expect(c.entryKinds().filter((k) => k === 'user.added')).toHaveLength(3); // manager, clerk, and this one once
  });
});
