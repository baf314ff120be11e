// The wire contract between a counter and its province hub. Both sides import this file, so a
// field renamed on one side fails the other's type check. Bodies are JSON; every request but
// enrolment is signed (see `signingInput`).
import { z } from 'zod';

export const syncPaths = {
  /** Unsigned: the one-time enrolment code is the credential. */
  enrol: '/v1/enrol',
  push: '/v1/push',
  pull: '/v1/pull',
} as const;

/** Header names of a signed request. */
export const syncHeaders = {
  counterId: 'x-counter-id',
  timestamp: 'x-timestamp',
  nonce: 'x-nonce',
  /** Lower-case hex HMAC-SHA256 of `signingInput`, keyed with the 32 bytes the enrolment's base64 `secret` decodes to. */
  signature: 'x-signature',
} as const;

/**
 * How far a request's timestamp may be from the hub's clock. A counter whose clock is off by more
 * (a PC with a dead CMOS battery, a wrong time zone) learns the hub's time from the refusal
 * (`hubTime`) and signs with the offset it measured, rather than failing until someone fixes it.
 */
export const maxClockSkewMs = 5 * 60_000;

/** Entries per push request; keeps one request well under a second on a slow line. */
export const maxPushBatch = 500;
/** Directives per pull reply. */
export const maxPullBatch = 500;

/**
 * The exact text a request's HMAC-SHA256 covers: method, path, the SHA-256 (hex) of the raw body,
 * the timestamp (ms since epoch, as sent) and the nonce, one per line. Each side computes the HMAC
 * with its own crypto; the rule of what is covered lives here once.
 */
export function signingInput(r: { method: string; path: string; bodySha256: string; timestamp: string; nonce: string }): string {
  return [r.method.toUpperCase(), r.path, r.bodySha256, r.timestamp, r.nonce].join('\n');
}

const hash64 = z.string().regex(/^[0-9a-f]{64}$/);

export const enrolRequest = z
  .object({
    code: z.string().min(6).max(64),
    /** The counter's ledger device id, head seq and hash when it enrols: the hub records them for the first push. */
    deviceId: z.string().min(1).max(100),
    officeCode: z.string().min(1).max(20),
    counterNumber: z.number().int().min(1).max(999),
  })
  .strict();
export const enrolResponse = z
  .object({
    counterId: z.string(),
    /** The counter's own HMAC key, base64 (32 random bytes). Shown once: the hub keeps only what it needs to verify. */
    secret: z.string(),
    hubTime: z.number().int(),
    /** Seq and hash the hub already holds for this counter (0 and the genesis hash for a new one). */
    ackedSeq: z.number().int().min(0),
    headHash: hash64,
  })
  .strict();

/** One ledger entry exactly as the counter stores it: the hub recomputes its hash from these fields. */
export const syncEntry = z
  .object({
    seq: z.number().int().min(1),
    kind: z.string().min(1).max(100),
    /** The payload text as stored (canonical JSON); never re-serialised, or its hash would change. */
    payload: z.string(),
    actorKind: z.enum(['user', 'system', 'centre', 'console']),
    actorUserId: z.string().nullable(),
    deviceId: z.string(),
    at: z.string(),
    atLocal: z.string(),
    idempotencyKey: z.string(),
    correctsSeq: z.number().int().nullable(),
    prevHash: hash64,
    hash: hash64,
  })
  .strict();
export type SyncEntry = z.infer<typeof syncEntry>;

export const pushRequest = z.object({ entries: z.array(syncEntry).min(1).max(maxPushBatch) }).strict();
/** Sent only after the hub's transaction committed: everything up to `ackedSeq` is durable there. */
export const pushResponse = z.object({ ackedSeq: z.number().int().min(0), headHash: hash64 }).strict();

export const directiveKinds = [
  'catalogue.version', // a new catalogue of procedures
  'calendar.override', // a day made a working day or a day off
  'tariff.version', // postal tariff
  'agency.directory', // the one-stop departments of the province
  's10.range', // postal item numbers the counter may use
  'dossier.status', // what a one-stop department did with a dossier this counter took in
  'money.proposal', // a correction to money proposed by the centre: a counter manager accepts or rejects it
] as const;
export type DirectiveKind = (typeof directiveKinds)[number];

export const directive = z
  .object({
    /** Hub-wide increasing id: the counter's pull cursor. */
    id: z.number().int().min(1),
    kind: z.enum(directiveKinds),
    /** Per kind: see shared/sync/directives.ts. Validated again by the counter before it applies it. */
    payload: z.record(z.string(), z.unknown()),
    publishedAt: z.string(),
    /** The hub operator or the connector that published it, for the counter's timeline. */
    publishedBy: z.string(),
  })
  .strict();
export type Directive = z.infer<typeof directive>;

export const pullRequest = z.object({ after: z.number().int().min(0), limit: z.number().int().min(1).max(maxPullBatch) }).strict();
export const pullResponse = z
  .object({
    directives: z.array(directive),
    /** The cursor to send next time: may be past the last directive returned (others' directives skipped). */
    cursor: z.number().int().min(0),
    more: z.boolean(),
  })
  .strict();

/** Why the hub refused a request. The counter words each (shared/contract/messages.ts) and shows it. */
export const syncErrorCodes = [
  'BAD_REQUEST', // the body does not match this contract
  'BAD_SIGNATURE',
  'STALE_TIMESTAMP', // outside maxClockSkewMs: the reply carries hubTime
  'REPLAYED_NONCE',
  'UNKNOWN_COUNTER',
  'REVOKED',
  'ENROLMENT_CODE_INVALID', // unknown, used or expired
  'GAP', // the batch does not start right after what the hub holds (expectedSeq says where)
  'FORK', // a seq the hub holds arrives with another hash: the counter's history was rewritten
  'BAD_HASH', // an entry's hash does not match its fields, or its prevHash the previous entry
] as const;
export type SyncErrorCode = (typeof syncErrorCodes)[number];

export const syncError = z
  .object({
    error: z.object({
      code: z.enum(syncErrorCodes),
      message: z.string(),
      seq: z.number().int().optional(),
      expectedSeq: z.number().int().optional(),
      hubTime: z.number().int().optional(),
    }),
  })
  .strict();
export type SyncError = z.infer<typeof syncError>;
