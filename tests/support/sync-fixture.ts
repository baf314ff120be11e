// A counter and a real hub for the sync tests: the counter's real SQLite file in a temp folder,
// set up and enrolled through its own commands with a code the hub made; the hub's entries read
// back and their chain checked with the shared hash rule.
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCounterApp, type CounterApp } from '../../electron/services/counter-app';
import type { Clock } from '../../electron/services/clock';
import type { CommandOutput } from '../../shared/contract/commands';
import type { SyncOptions } from '../../electron/services/sync/sync-service';
import { enrolCounter } from '../../hub/counters';
import type { HubDatabase } from '../../hub/db/hub-database';
import { entryHashInput, genesisHash } from '../../shared/ledger/entry-hash-input';

/** Short enough for tests: a request given up after 2 s, retries within a second. */
export const fastSync: Partial<SyncOptions> = { timeoutMs: 2_000, backoff: { baseMs: 50, maxMs: 500 }, pullEveryMs: 200, pushDelayMs: 20 };

let offices = 0;

export interface SyncCounter {
  app: CounterApp;
  dataDir: string;
  officeCode: string;
  counterId: string;
}

const ok = <T>(r: { ok: true; value: unknown } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
};

/** Opens (or creates and sets up) a counter on `dataDir`. */
export function openSyncApp(dataDir: string, o: { clock?: Clock; sync?: Partial<SyncOptions> } = {}): CounterApp {
  return openCounterApp({ dataDir, ...(o.clock ? { clock: o.clock } : {}), sync: o.sync ?? fastSync });
}

/** A new counter, set up through `setup.initialize` and enrolled with the hub through `sync.enrol`. */
export async function enrolledCounter(hub: { db: HubDatabase; url: string }, o: { clock?: Clock; sync?: Partial<SyncOptions> } = {}): Promise<SyncCounter> {
  const dataDir = mkdtempSync(join(tmpdir(), 'counter-sync-'));
  const app = openSyncApp(dataDir, o);
  const officeCode = `36${String(process.pid % 100).padStart(2, '0')}${String(++offices).padStart(2, '0')}`;
  ok(
    await app.dispatch(
      'setup.initialize',
      { officeCode, officeName: 'Bưu điện huyện Mai Sơn', counterNumber: 1, province: 'Sơn La', managerName: 'Lò Văn Hùng', managerPin: '2468', idempotencyKey: `setup-${officeCode}` },
      { lang: 'vi', via: 'console' },
    ),
  );
  const { code } = await enrolCounter(hub.db, { officeCode, counterNumber: 1 });
  const { counterId } = ok<CommandOutput<'sync.enrol'>>(await app.dispatch('sync.enrol', { hubUrl: hub.url, code, idempotencyKey: `enrol-${officeCode}` }, { lang: 'vi', via: 'console' }));
  return { app, dataDir, officeCode, counterId };
}

/** Runs the sync until it reports everything acknowledged (each run may meet a fault); the runs it took. */
export async function syncUntilDone(c: { app: CounterApp }, most = 30): Promise<number> {
  for (let run = 1; run <= most; run++) {
    const r = await c.app.services.sync.run();
    if (r.ok && c.app.services.sync.status().state === 'synced') return run;
    if (!r.ok && r.refused) throw new Error(`refused: ${JSON.stringify(r.problem)}`);
  }
  throw new Error(`not synced after ${most} runs: ${JSON.stringify(c.app.services.sync.status())}`);
}

let notes = 0;
/** Posts `n` small entries (a clerk's day in miniature), 500 to a transaction. */
export function addEntries(app: CounterApp, n: number): void {
  const { ledger } = app.services;
  for (let done = 0; done < n; ) {
    const take = Math.min(500, n - done);
    ledger.transaction(() => {
      for (let i = 0; i < take; i++) ledger.post({ kind: 'test.note', payload: { n: ++notes, text: `Ghi chú ${notes}` }, actor: { kind: 'system' }, idempotencyKey: `note-${process.pid}-${Date.now()}-${notes}` });
    });
    done += take;
  }
}

export interface HubChain {
  count: number;
  distinctSeqs: number;
  headSeq: number;
  headHash: string;
  /** The first seq whose hash or link does not verify, or null. */
  brokenAt: number | null;
}

/** What the hub holds of one counter, with its chain verified end to end. */
export async function hubChain(db: HubDatabase, counterId: string): Promise<HubChain> {
  const rows = await db.query<Record<string, any>>('SELECT * FROM hub_entries WHERE counter_id = $1 ORDER BY seq', [counterId]);
  let prev = genesisHash;
  let brokenAt: number | null = null;
  rows.forEach((r, i) => {
    const hash = createHash('sha256')
      .update(entryHashInput({ seq: r.seq, kind: r.kind, payload: r.payload, actor_kind: r.actor_kind, actor_user_id: r.actor_user_id, device_id: r.device_id, at: r.at, at_local: r.at_local, idempotency_key: r.idempotency_key, corrects_seq: r.corrects_seq, prev_hash: r.prev_hash }))
      .digest('hex');
    if (brokenAt === null && (r.seq !== i + 1 || r.prev_hash !== prev || hash !== r.hash)) brokenAt = r.seq;
    prev = r.hash;
  });
  return { count: rows.length, distinctSeqs: new Set(rows.map((r) => r.seq)).size, headSeq: rows.at(-1)?.seq ?? 0, headHash: prev, brokenAt };
}

/** The counter's own head: seq and hash. */
export function counterHead(app: CounterApp): { seq: number; hash: string } {
  const seq = app.services.ledger.count();
  const hash = (app.services.db.prepare('SELECT hash FROM entries WHERE seq = ?').pluck().get(seq) as string | undefined) ?? genesisHash;
  return { seq, hash };
}
