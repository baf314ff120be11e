// A counter's signed day file: its day report (with the chain anchor, the hash of the day's last
// entry) signed with the counter's own Ed25519 key.
//
// Why Ed25519 with a key per counter, and not an HMAC key the office's counters share: a shared
// secret would have to be typed into every counter of the office and kept secret on each of them;
// any one leaked copy would let its holder forge any counter's day, and nobody could tell which
// counter a file really came from. A per-counter key pair needs no secret to travel: the private
// key never leaves its counter's data folder (the `meta` table, beside the request MAC key), the
// public key travels in the file, and the manager's counter pins it on the first import of that
// counter number (trust on first use), refusing a later file signed by another key. The pinned
// key's fingerprint is printed on that counter's Z report paper, so the manager can compare it
// with what the import showed. Why not the entries themselves with their hash chain: a chain
// proves order and completeness, not authorship; anyone can compute a fresh, valid chain over
// invented entries, so it would still need a signature on its head.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../../../shared/ledger/canonical-json';
import { dayFile, type DayFile, type DayFileBody } from '../../../shared/contract/day-output';
import { CounterError } from '../counter-error';
import type { Db } from '../db/open-database';

const metaKey = 'day_file_signing_key';

/** "9F3A-71C2-0B4E-D815": the first 64 bits of the SHA-256 of the public key, as people compare it. */
export function keyFingerprint(publicKeyBase64: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex').slice(0, 16).toUpperCase();
  return hex.match(/.{4}/g)!.join('-');
}

/** This counter's key pair, made on first use and kept in `meta` (not a ledger fact: a secret). */
export class DayFileSigner {
  private cached: { privateKey: KeyObject; publicKey: string } | null = null;

  constructor(private readonly db: Db) {}

  private key(): { privateKey: KeyObject; publicKey: string } {
    if (this.cached) return this.cached;
    const made = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
    this.db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run(metaKey, made);
    const stored = (this.db.prepare('SELECT value FROM meta WHERE key = ?').get(metaKey) as { value: string }).value;
    const privateKey = createPrivateKey({ key: Buffer.from(stored, 'base64'), format: 'der', type: 'pkcs8' });
    const publicKey = createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).toString('base64');
    this.cached = { privateKey, publicKey };
    return this.cached;
  }

  fingerprint(): string {
    return keyFingerprint(this.key().publicKey);
  }

  sign(body: DayFileBody): DayFile {
    const { privateKey, publicKey } = this.key();
    const signature = sign(null, Buffer.from(canonicalJson(body), 'utf8'), privateKey).toString('base64');
    return { body, publicKey, signature };
  }
}

/**
 * Reads a day file and checks its signature against the key it carries. Refused: text that is not
 * a day file (DAY_FILE_UNREADABLE), and a file changed since it was signed (DAY_FILE_TAMPERED).
 * Whether that key is the one expected of that counter is the office view's question.
 */
export function openDayFile(content: string): DayFile {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    throw new CounterError('DAY_FILE_UNREADABLE');
  }
  // The signature is checked over the body as it was written, before any field is read into
  // a shape: a field added by a forger is covered too.
  const raw = json as { body?: unknown; publicKey?: unknown; signature?: unknown } | null;
  if (!raw || typeof raw !== 'object' || typeof raw.publicKey !== 'string' || typeof raw.signature !== 'string' || raw.body === undefined) {
    throw new CounterError('DAY_FILE_UNREADABLE');
  }
  let good: boolean;
  try {
    const publicKey = createPublicKey({ key: Buffer.from(raw.publicKey, 'base64'), format: 'der', type: 'spki' });
    good = publicKey.asymmetricKeyType === 'ed25519' && verify(null, Buffer.from(canonicalJson(raw.body), 'utf8'), publicKey, Buffer.from(raw.signature, 'base64'));
  } catch {
    good = false;
  }
  if (!good) throw new CounterError('DAY_FILE_TAMPERED');
  const parsed = dayFile.safeParse(json);
  // Signed by its key but not a day file this counter understands (another version of the app).
  if (!parsed.success) throw new CounterError('DAY_FILE_UNREADABLE');
  return parsed.data;
}
