import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

export const genesisHash = '0'.repeat(64);

/** The columns of an entry that its hash covers: everything but the hash itself. */
export interface HashedFields {
  seq: number;
  kind: string;
  payload: string;
  actor_kind: string;
  actor_user_id: string | null;
  device_id: string;
  at: string;
  at_local: string;
  idempotency_key: string;
  corrects_seq: number | null;
  prev_hash: string;
}

/** SHA-256 over the previous hash and this entry's fields: changing any past entry breaks every later link. */
export function entryHash(e: HashedFields): string {
  const body = canonicalJson([
    e.seq,
    e.kind,
    e.payload,
    e.actor_kind,
    e.actor_user_id,
    e.device_id,
    e.at,
    e.at_local,
    e.idempotency_key,
    e.corrects_seq,
  ]);
  return createHash('sha256').update(e.prev_hash).update('\n').update(body).digest('hex');
}
