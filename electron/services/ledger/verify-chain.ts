import type { HeadAnchor, VerifyReport } from '../../../shared/contract/commands';
import type { Db } from '../db/open-database';
import { entryHash, genesisHash, type HashedFields } from './entry-hash';
import { checkReadModels } from './read-models';

export interface EntryRow extends HashedFields {
  hash: string;
}

/** How many differences a report lists; the count says how many there are in all. */
const listedDifferences = 100;

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
    differences: [],
    differenceCount: 0,
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
  return { ok: true, entries: total, headHash: total > 0 ? prev : null, firstBadSeq: null, problem: null, differences: [], differenceCount: 0 };
}

/**
 * Everything the file can prove about itself, and what outside anchors add: the chain is whole;
 * each anchor (an entry's hash recorded elsewhere: a closed day, a sync) is in it unchanged; and
 * every read model is what its entries make it. What no local check can see: a forger who
 * rewrites the entries after the last anchor and the read models consistently with them.
 */
export function verifyLedger(db: Db, anchors: readonly HeadAnchor[] = []): VerifyReport {
  const chain = verifyChain(db);
  if (!chain.ok) return chain;
  const hashAt = db.prepare('SELECT hash FROM entries WHERE seq = ?').pluck();
  // The lowest failing anchor first: everything from it on is in doubt.
  for (const anchor of [...anchors].sort((a, b) => a.seq - b.seq)) {
    const hash = hashAt.get(anchor.seq) as string | undefined;
    if (hash === undefined) return { ...chain, ok: false, firstBadSeq: anchor.seq, problem: 'anchor_missing' };
    if (hash !== anchor.hash) return { ...chain, ok: false, firstBadSeq: anchor.seq, problem: 'anchor_mismatch' };
  }
  const differences = checkReadModels(db);
  if (differences.length === 0) return chain;
  return {
    ...chain,
    ok: false,
    problem: 'read_model_mismatch',
    differences: differences.slice(0, listedDifferences),
    differenceCount: differences.length,
  };
}
