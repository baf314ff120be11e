// POST /v1/push: a counter's entries, in order, stored once each. In one transaction with the
// counter's row locked: entries the hub already holds with the same hash are skipped (a retried
// batch), the same seq with another hash is a FORK, a batch not starting right after the held
// head is a GAP, and every entry's hash is recomputed from its fields and its prevHash checked
// against the previous entry's hash (BAD_HASH). The reply is sent only after the commit.
import { createHash } from 'node:crypto';
import { entryHashInput } from '../shared/ledger/entry-hash-input';
import type { SyncEntry } from '../shared/sync/protocol';
import type { HubDatabase, HubQueryable } from './db/hub-database';
import { ensureMonthPartitions, monthOf } from './entry-partitions';
import { HubError } from './hub-error';
import { recordDossiers } from './hub-dossiers';
import { raiseAlert } from './alerts';
import { recordOnestopOutbox } from './connector/outbox';

export interface Ack {
  ackedSeq: number;
  headHash: string;
}

export function hashOf(e: SyncEntry): string {
  const input = entryHashInput({
    seq: e.seq,
    kind: e.kind,
    payload: e.payload,
    actor_kind: e.actorKind,
    actor_user_id: e.actorUserId,
    device_id: e.deviceId,
    at: e.at,
    at_local: e.atLocal,
    idempotency_key: e.idempotencyKey,
    corrects_seq: e.correctsSeq,
    prev_hash: e.prevHash,
  });
  return createHash('sha256').update(input, 'utf8').digest('hex');
}

const columns = [
  'counter_id', 'seq', 'at_month', 'kind', 'payload', 'actor_kind', 'actor_user_id', 'device_id', 'at', 'at_local',
  'idempotency_key', 'corrects_seq', 'prev_hash', 'hash', 'received_at',
] as const;

export async function ingest(db: HubDatabase, counterId: string, entries: readonly SyncEntry[], now = new Date()): Promise<Ack> {
  const months = new Map<number, string>();
  for (const e of entries) {
    const month = monthOf(e.at);
    if (!month) throw new HubError('BAD_REQUEST', { message: `Entry ${e.seq} has no valid time.`, seq: e.seq });
    months.set(e.seq, month);
  }
  await ensureMonthPartitions(db, new Set(months.values()), now);
  try {
    return await db.transaction((tx) => ingestLocked(tx, counterId, entries, months, now));
  } catch (e) {
    if (e instanceof HubError && (e.code === 'FORK' || e.code === 'GAP' || e.code === 'BAD_HASH')) {
      // After the rollback, on its own: the alert must outlive the refused batch.
      await raiseAlert(db, { counterId, code: e.code, seq: e.detail.seq ?? e.detail.expectedSeq ?? 0, detail: e.detail.message, now });
    }
    throw e;
  }
}

async function ingestLocked(tx: HubQueryable, counterId: string, entries: readonly SyncEntry[], months: Map<number, string>, now: Date): Promise<Ack> {
  const [head] = await tx.query<{ acked_seq: number; head_hash: string; office_code: string }>(
    'SELECT acked_seq, head_hash, office_code FROM hub_counters WHERE id = $1 FOR UPDATE',
    [counterId],
  );
  if (!head) throw new HubError('UNKNOWN_COUNTER', { message: 'No counter is enrolled with this id.' });

  // Entries at or below the head: a retry. Each must be what the hub holds, or history was rewritten.
  const held = entries.filter((e) => e.seq <= head.acked_seq);
  if (held.length > 0) {
    const stored = new Map<number, string>(
      (await tx.query<{ seq: number; hash: string }>('SELECT seq, hash FROM hub_entries WHERE counter_id = $1 AND seq = ANY($2::bigint[])', [counterId, held.map((e) => e.seq)]))
        .map((r) => [r.seq, r.hash]),
    );
    for (const e of held) {
      if (stored.get(e.seq) !== e.hash) {
        throw new HubError('FORK', { message: `Entry ${e.seq} differs from the one the hub holds: the counter's history was rewritten.`, seq: e.seq });
      }
    }
  }

  const fresh = entries.filter((e) => e.seq > head.acked_seq);
  let seq = head.acked_seq;
  let hash = head.head_hash;
  for (const e of fresh) {
    if (e.seq !== seq + 1) throw new HubError('GAP', { message: `The hub holds up to ${seq}; entry ${seq + 1} must come next.`, expectedSeq: seq + 1, seq: seq + 1 });
    if (hashOf(e) !== e.hash) throw new HubError('BAD_HASH', { message: `Entry ${e.seq}'s hash does not match its fields.`, seq: e.seq });
    if (e.prevHash !== hash) throw new HubError('BAD_HASH', { message: `Entry ${e.seq} does not link to entry ${seq}'s hash.`, seq: e.seq });
    seq = e.seq;
    hash = e.hash;
  }
  if (fresh.length === 0) return { ackedSeq: head.acked_seq, headHash: head.head_hash };

  // One statement for the whole batch: the rows as one JSON parameter, which the server unpacks
  // (faster than thousands of parameters or per-column arrays, which the driver escapes one by one).
  const rows = fresh.map((e) => ({ ...e, atMonth: months.get(e.seq) }));
  await tx.query(
    `INSERT INTO hub_entries (${columns.join(', ')})
     SELECT $1, r.seq, r."atMonth", r.kind, r.payload, r."actorKind", r."actorUserId", r."deviceId", r.at, r."atLocal",
            r."idempotencyKey", r."correctsSeq", r."prevHash", r.hash, $3
       FROM json_to_recordset($2::json) AS r(seq bigint, "atMonth" date, kind text, payload text, "actorKind" text, "actorUserId" text,
            "deviceId" text, at text, "atLocal" text, "idempotencyKey" text, "correctsSeq" bigint, "prevHash" text, hash text)
     ON CONFLICT DO NOTHING`,
    [counterId, JSON.stringify(rows), now],
  );
  await recordDossiers(tx, { counterId, officeCode: head.office_code }, fresh);
  // The one-stop system's calls these entries cause, queued in the same transaction (hub/connector/outbox.ts).
  await recordOnestopOutbox(tx, { counterId, officeCode: head.office_code }, fresh);
  const last = fresh[fresh.length - 1]!;
  await tx.query('UPDATE hub_counters SET acked_seq = $2, head_hash = $3, head_at = $4, last_push_at = $5 WHERE id = $1', [counterId, seq, hash, last.at, now]);
  return { ackedSeq: seq, headHash: hash };
}
