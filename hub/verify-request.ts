// Every request but enrolment is signed by the counter's key. The hub checks, in this order:
// the counter exists and is not revoked, the signature, the timestamp within the skew window,
// and the nonce never seen before; then it notes when the counter was last heard from.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { maxClockSkewMs, signingInput, syncHeaders } from '../shared/sync/protocol';
import type { HubDatabase } from './db/hub-database';
import { HubError } from './hub-error';

export interface SignedRequest {
  method: string;
  path: string;
  body: Buffer;
  header(name: string): string | undefined;
}

export interface VerifiedCounter {
  counterId: string;
  officeCode: string;
}

/** Old nonces are dropped after twice the window: a request that old fails on its timestamp first. */
export const nonceRetentionMs = 2 * maxClockSkewMs;

export async function verifyRequest(db: HubDatabase, r: SignedRequest, now = Date.now()): Promise<VerifiedCounter> {
  const counterId = r.header(syncHeaders.counterId);
  const timestamp = r.header(syncHeaders.timestamp);
  const nonce = r.header(syncHeaders.nonce);
  const signature = r.header(syncHeaders.signature);
  if (!counterId || !timestamp || !nonce || !signature || nonce.length > 200) {
    throw new HubError('BAD_SIGNATURE', { message: 'The request is not signed: counter id, timestamp, nonce and signature headers are required.' });
  }
  const [counter] = await db.query<{ office_code: string; secret: string; revoked_at: Date | null }>(
    'SELECT office_code, secret, revoked_at FROM hub_counters WHERE id = $1',
    [counterId],
  );
  if (!counter) throw new HubError('UNKNOWN_COUNTER', { message: 'No counter is enrolled with this id.' });
  if (counter.revoked_at) throw new HubError('REVOKED', { message: 'This counter was revoked at the hub.' });

  const bodySha256 = createHash('sha256').update(r.body).digest('hex');
  const expected = createHmac('sha256', Buffer.from(counter.secret, 'base64'))
    .update(signingInput({ method: r.method, path: r.path, bodySha256, timestamp, nonce }), 'utf8')
    .digest();
  const given = /^[0-9a-f]{64}$/.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new HubError('BAD_SIGNATURE', { message: 'The signature does not match this request and the counter key.' });
  }

  const sentAt = /^\d{1,16}$/.test(timestamp) ? Number(timestamp) : NaN;
  if (!Number.isFinite(sentAt) || Math.abs(now - sentAt) > maxClockSkewMs) {
    throw new HubError('STALE_TIMESTAMP', { message: 'The request time is too far from the hub clock.', hubTime: now });
  }

  const fresh = await db.query(
    'INSERT INTO hub_nonces (counter_id, nonce, seen_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1 AS fresh',
    [counterId, nonce, new Date(now)],
  );
  if (fresh.length === 0) throw new HubError('REPLAYED_NONCE', { message: 'This nonce was already used: the request is a replay.' });
  await db.query('UPDATE hub_counters SET last_seen_at = $2 WHERE id = $1', [counterId, new Date(now)]);
  return { counterId, officeCode: counter.office_code };
}

/** Drops nonces older than the retention; the server calls it on a timer. */
export async function pruneNonces(db: HubDatabase, now = Date.now()): Promise<void> {
  await db.query('DELETE FROM hub_nonces WHERE seen_at < $1', [new Date(now - nonceRetentionMs)]);
}
