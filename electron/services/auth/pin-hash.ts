import { createHmac, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { CounterError } from '../counter-error';
import type { Db } from '../db/open-database';
import type { PinKeyFile } from './pin-key';

// scrypt cost: about 50 ms per check on a counter PC, so guessing offline is slow while
// signing in stays instant. N is stored implicitly by this module; change it with a migration.
const params = { N: 1 << 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const keyLength = 32;

/** `scrypt`: scrypt(PIN, salt), before issue 10. `hmac-scrypt`: scrypt(HMAC(pepper, PIN), salt). */
export type PinScheme = 'scrypt' | 'hmac-scrypt';

export interface Credential {
  salt: Buffer;
  hash: Buffer;
  scheme: PinScheme;
}

const scrypt = (secret: Buffer | string, salt: Buffer) => scryptSync(secret, salt, keyLength, params);

/** Hashes and checks PINs with the counter's pepper, which it reads (or, while nothing depends on one, creates) on first use. */
export class PinHasher {
  private pepper: Buffer | null = null;

  constructor(
    private readonly db: Db,
    private readonly keyFile: PinKeyFile,
  ) {}

  hash(pin: string): Credential {
    const salt = randomBytes(16);
    return { salt, hash: scrypt(this.peppered(pin), salt), scheme: 'hmac-scrypt' };
  }

  matches(pin: string, cred: Credential): boolean {
    const candidate = cred.scheme === 'scrypt' ? scrypt(pin, cred.salt) : scrypt(this.peppered(pin), cred.salt);
    return candidate.length === cred.hash.length && timingSafeEqual(candidate, cred.hash);
  }

  private peppered(pin: string): Buffer {
    return createHmac('sha256', this.key()).update(pin, 'utf8').digest();
  }

  private key(): Buffer {
    this.pepper ??= this.keyFile.read();
    if (this.pepper) return this.pepper;
    // A missing key is created only while no credential was hashed with one; otherwise a new
    // key would silently lock everyone out, so the technician is told instead.
    const dependents = this.db.prepare("SELECT count(*) AS n FROM credentials WHERE scheme = 'hmac-scrypt'").get() as { n: number };
    if (dependents.n > 0) throw new CounterError('PIN_KEY_MISSING', { file: this.keyFile.path });
    this.pepper = this.keyFile.create();
    return this.pepper;
  }
}
