// Enrolment and revocation of counters. A hub manager makes a one-time code for an office and a
// counter number; the counter exchanges it (POST /v1/enrol) for its own HMAC key. The hub keeps
// only the code's SHA-256, so a copy of the database does not give away live codes.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { genesisHash } from '../shared/ledger/entry-hash-input';
import type { HubDatabase } from './db/hub-database';
import { HubError } from './hub-error';

/** How long a code stays valid: enough for a technician's round of the offices. */
export const enrolmentCodeLifetimeMs = 7 * 24 * 3600_000;

// No 0/O, 1/I/L: the code is read aloud and typed at the counter.
const codeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function newCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => codeAlphabet[b % codeAlphabet.length]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8, 12)].map((g) => g.join('')).join('-');
}

export async function enrolCounter(db: HubDatabase, r: { officeCode: string; counterNumber: number; now?: Date }): Promise<{ code: string; expiresAt: string }> {
  const now = r.now ?? new Date();
  const code = newCode();
  const expiresAt = new Date(now.getTime() + enrolmentCodeLifetimeMs);
  await db.query(
    'INSERT INTO hub_enrolment_codes (code_hash, office_code, counter_number, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
    [sha256(code), r.officeCode, r.counterNumber, now, expiresAt],
  );
  return { code, expiresAt: expiresAt.toISOString() };
}

export interface EnrolledCounter {
  counterId: string;
  secret: string;
  ackedSeq: number;
  headHash: string;
}

/**
 * Exchanges a code for the counter's key. The code is spent in the same transaction. The same
 * machine enrolling again (same office, number and ledger device) keeps what the hub holds of its
 * chain and gets a new key; another machine is another counter with its own chain.
 */
export async function exchangeEnrolmentCode(
  db: HubDatabase,
  r: { code: string; deviceId: string; officeCode: string; counterNumber: number; now?: Date },
): Promise<EnrolledCounter> {
  const now = r.now ?? new Date();
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ office_code: string; counter_number: number; expires_at: Date; used_at: Date | null }>(
      'SELECT office_code, counter_number, expires_at, used_at FROM hub_enrolment_codes WHERE code_hash = $1 FOR UPDATE',
      [sha256(r.code)],
    );
    if (!row || row.used_at !== null || row.expires_at.getTime() <= now.getTime() || row.office_code !== r.officeCode || row.counter_number !== r.counterNumber) {
      throw new HubError('ENROLMENT_CODE_INVALID', { message: 'The enrolment code is unknown, already used, expired, or made for another counter.' });
    }
    const secret = randomBytes(32).toString('base64');
    const [existing] = await tx.query<{ id: string; acked_seq: number; head_hash: string }>(
      `SELECT id, acked_seq, head_hash FROM hub_counters
        WHERE office_code = $1 AND counter_number = $2 AND device_id = $3 AND revoked_at IS NULL FOR UPDATE`,
      [r.officeCode, r.counterNumber, r.deviceId],
    );
    let counter: EnrolledCounter;
    if (existing) {
      await tx.query('UPDATE hub_counters SET secret = $2, enrolled_at = $3 WHERE id = $1', [existing.id, secret, now]);
      counter = { counterId: existing.id, secret, ackedSeq: existing.acked_seq, headHash: existing.head_hash };
    } else {
      const counterId = randomUUID();
      await tx.query(
        `INSERT INTO hub_counters (id, office_code, counter_number, device_id, secret, enrolled_at, head_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [counterId, r.officeCode, r.counterNumber, r.deviceId, secret, now, genesisHash],
      );
      counter = { counterId, secret, ackedSeq: 0, headHash: genesisHash };
    }
    await tx.query('UPDATE hub_enrolment_codes SET used_at = $2, counter_id = $3 WHERE code_hash = $1', [sha256(r.code), now, counter.counterId]);
    return counter;
  });
}

/** Revokes every live enrolment of an office's counter number; refused at once from then on. Returns how many. */
export async function revokeCounter(db: HubDatabase, r: { officeCode: string; counterNumber: number; now?: Date }): Promise<number> {
  const rows = await db.query(
    'UPDATE hub_counters SET revoked_at = $3 WHERE office_code = $1 AND counter_number = $2 AND revoked_at IS NULL RETURNING id',
    [r.officeCode, r.counterNumber, r.now ?? new Date()],
  );
  return rows.length;
}

export interface CounterView {
  counterId: string;
  officeCode: string;
  counter: number;
  deviceId: string;
  ackedSeq: number;
  headHash: string;
  /** The counter's own time of its newest entry the hub holds. */
  headAt: string | null;
  lastSeenAt: string | null;
  lastPushAt: string | null;
  /** Seconds since the counter was last heard from; null if never. */
  lagSeconds: number | null;
  revokedAt: string | null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function listCounters(db: HubDatabase, now = new Date()): Promise<CounterView[]> {
  const rows = await db.query<{
    id: string; office_code: string; counter_number: number; device_id: string; acked_seq: number; head_hash: string;
    head_at: string | null; last_seen_at: Date | null; last_push_at: Date | null; revoked_at: Date | null;
  }>('SELECT * FROM hub_counters ORDER BY office_code, counter_number, enrolled_at');
  return rows.map((r) => ({
    counterId: r.id,
    officeCode: r.office_code,
    counter: r.counter_number,
    deviceId: r.device_id,
    ackedSeq: r.acked_seq,
    headHash: r.head_hash,
    headAt: r.head_at,
    lastSeenAt: iso(r.last_seen_at),
    lastPushAt: iso(r.last_push_at),
    lagSeconds: r.last_seen_at ? Math.max(0, Math.round((now.getTime() - r.last_seen_at.getTime()) / 1000)) : null,
    revokedAt: iso(r.revoked_at),
  }));
}
