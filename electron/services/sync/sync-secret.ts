// The counter's HMAC key for its hub, kept like the PIN pepper (auth/pin-key.ts): outside the data
// folder (a copy of the ledger must not carry the means to sign as this counter), sealed with the
// OS keychain when the Electron host passes one, else in a file only the OS user can read (0600).
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sealer } from '../auth/pin-key';
import { CounterError } from '../counter-error';

const plainTag = 'plain:';
const sealedTag = 'sealed:';

export class SyncSecretFile {
  readonly path: string;

  constructor(dir: string, deviceId: string, private readonly sealer?: Sealer) {
    this.path = join(dir, `sync-${deviceId}.key`);
  }

  /** The key; SYNC_SECRET_MISSING when the file is gone or this host cannot open it. */
  read(): Buffer {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8').trim();
    } catch {
      throw new CounterError('SYNC_SECRET_MISSING', { file: this.path });
    }
    if (text.startsWith(plainTag)) return Buffer.from(text.slice(plainTag.length), 'base64');
    if (text.startsWith(sealedTag) && this.sealer) return this.sealer.decrypt(Buffer.from(text.slice(sealedTag.length), 'base64'));
    throw new CounterError('SYNC_SECRET_MISSING', { file: this.path });
  }

  /** Replaces the key (a new enrolment makes the old one worthless at the hub). */
  write(secret: Buffer): void {
    const text = this.sealer ? `${sealedTag}${this.sealer.encrypt(secret).toString('base64')}` : `${plainTag}${secret.toString('base64')}`;
    mkdirSync(join(this.path, '..'), { recursive: true, mode: 0o700 });
    writeFileSync(this.path, `${text}\n`, { mode: 0o600 });
    // `mode` applies only when the file is created: an older file keeps no wider rights either.
    chmodSync(this.path, 0o600);
  }
}
