import { canonicalJson } from './canonical-json';

/** The previous hash of a counter's first entry. */
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

/**
 * The exact text an entry's SHA-256 covers: the previous hash, a newline, then this entry's fields
 * as canonical JSON. Chaining the previous hash in means changing any past entry breaks every later
 * link. The counter and the province hub both hash this text (each with its own crypto), so the
 * rule lives here once.
 */
export function entryHashInput(e: HashedFields): string {
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
  return `${e.prev_hash}\n${body}`;
}
