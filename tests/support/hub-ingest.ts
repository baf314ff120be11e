// A counter's real ledger fed to the hub's own ingest (hub/ingest.ts) without the HTTP round:
// the counter enrolled with the hub's enrolment exchange, its entries read from its SQLite file
// as the sync client sends them, and pushed in order. For tests about what the hub does with the
// entries (the one-stop connector's outbox); the sync tests cover the wire.
import type { CounterApp } from '../../electron/services/counter-app';
import type { EntryRow } from '../../electron/services/ledger/verify-chain';
import { enrolCounter, exchangeEnrolmentCode } from '../../hub/counters';
import type { HubDatabase } from '../../hub/db/hub-database';
import { ingest } from '../../hub/ingest';
import type { SyncEntry } from '../../shared/sync/protocol';

export interface IngestedCounter {
  counterId: string;
  officeCode: string;
  /** Ingests the counter's entries the hub does not hold yet; returns how many. */
  push(): Promise<number>;
}

const wire = (r: EntryRow): SyncEntry => ({
  seq: r.seq,
  kind: r.kind,
  payload: r.payload,
  actorKind: r.actor_kind as SyncEntry['actorKind'],
  actorUserId: r.actor_user_id,
  deviceId: r.device_id,
  at: r.at,
  atLocal: r.at_local,
  idempotencyKey: r.idempotency_key,
  correctsSeq: r.corrects_seq,
  prevHash: r.prev_hash,
  hash: r.hash,
});

/** Enrols `app` (already set up) with the hub's database as counter `counterNumber` of its office. */
export async function ingestedCounter(db: HubDatabase, app: CounterApp, counterNumber: number): Promise<IngestedCounter> {
  const first = app.services.db.prepare('SELECT device_id FROM entries ORDER BY seq LIMIT 1').get() as { device_id: string };
  const officeCode = app.services.counter.get()?.officeCode;
  if (!officeCode) throw new Error('The counter is not set up.');
  const { code } = await enrolCounter(db, { officeCode, counterNumber });
  const { counterId } = await exchangeEnrolmentCode(db, { code, deviceId: first.device_id, officeCode, counterNumber });
  const batch = app.services.db.prepare('SELECT * FROM entries WHERE seq > ? ORDER BY seq LIMIT 1000');
  let acked = 0;
  return {
    counterId,
    officeCode,
    async push() {
      let n = 0;
      for (;;) {
        const rows = batch.all(acked) as EntryRow[];
        if (rows.length === 0) return n;
        acked = (await ingest(db, counterId, rows.map(wire))).ackedSeq;
        n += rows.length;
      }
    },
  };
}
