// A counter's real ledger fed to the hub's own ingest (hub/ingest.ts) without the HTTP round:
// the counter enrolled with the hub's enrolment exchange, its entries read from its SQLite file
// as the sync client sends them, and pushed in order. For tests about what the hub does with the
// entries (the one-stop connector's outbox); the sync tests cover the wire.
import type { CounterApp } from '../../electron/services/counter-app';
import type { EntryRow } from '../../electron/services/ledger/verify-chain';
import { toWire } from '../../electron/services/sync/sync-service';
import { enrolCounter, exchangeEnrolmentCode } from '../../hub/counters';
import type { HubDatabase } from '../../hub/db/hub-database';
import { ingest } from '../../hub/ingest';

export interface IngestedCounter {
  counterId: string;
  officeCode: string;
  /** Ingests the counter's entries the hub does not hold yet; returns how many. */
  push(): Promise<number>;
}

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
        acked = (await ingest(db, counterId, rows.map(toWire))).ackedSeq;
        n += rows.length;
      }
    },
  };
}
