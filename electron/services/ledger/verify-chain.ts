import type { VerifyReport } from '../../../shared/contract/commands';
import type { Db } from '../db/open-database';
import { entryHash, genesisHash, type HashedFields } from './entry-hash';

export interface EntryRow extends HashedFields {
  hash: string;
}

/**
 * Walks the whole chain and reports the first sequence number at which it stops being
 * trustworthy: a changed row fails its own hash, a deleted row leaves a gap, an inserted or
 * re-chained row breaks the link to its predecessor. Reads only, so it also checks backups.
 */
export function verifyChain(db: Db): VerifyReport {
  const total = (db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n;
  const fail = (seq: number, problem: NonNullable<VerifyReport['problem']>): VerifyReport => ({
    ok: false,
    entries: total,
    headHash: null,
    firstBadSeq: seq,
    problem,
  });
  let expected = 1;
  let prev = genesisHash;
  for (const row of db.prepare('SELECT * FROM entries ORDER BY seq').iterate() as Iterable<EntryRow>) {
    if (row.seq < expected) return fail(row.seq, 'sequence_order');
    if (row.seq > expected) return fail(expected, 'sequence_gap');
    if (row.prev_hash !== prev) return fail(row.seq, 'chain_broken');
    if (entryHash(row) !== row.hash) return fail(row.seq, 'hash_mismatch');
    prev = row.hash;
    expected += 1;
  }
  return { ok: true, entries: total, headHash: total > 0 ? prev : null, firstBadSeq: null, problem: null };
}
