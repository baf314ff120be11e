// The PIN pepper: a random key mixed into every PIN hash and kept OUTSIDE the data folder, so a
// copy of the ledger file (a backup, a stolen disk image of the data folder) cannot check PIN
// guesses offline. Without this key the scrypt hashes are useless to an attacker.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { CounterError } from '../counter-error';

/** Encryption bound to the OS user's keychain (Electron's safeStorage); passed in by the Electron host. */
export interface Sealer {
  encrypt(plain: Buffer): Buffer;
  decrypt(sealed: Buffer): Buffer;
}

/**
 * Where key files live: COUNTER_SECRET_DIR, else a folder of the OS user's own configuration
 * that is NOT the data folder (the data folder is what gets copied and backed up). On Windows
 * the file sits under %APPDATA%, whose default ACL already limits it to the user (mode bits do
 * not apply there).
 */
export function defaultSecretDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.COUNTER_SECRET_DIR) return env.COUNTER_SECRET_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'onestop-counter-keys');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'onestop-counter-keys');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'onestop-counter');
}

const plainTag = 'plain:';
const sealedTag = 'sealed:';

/** One counter's pepper file, `pepper-<device id>.key`, readable only by the OS user (0600). */
export class PinKeyFile {
  readonly path: string;

  constructor(dir: string, deviceId: string, private readonly sealer?: Sealer) {
    this.path = join(dir, `pepper-${deviceId}.key`);
  }

  /** The key, or null when the file does not exist. A file this host cannot open is PIN_KEY_MISSING. */
  read(): Buffer | null {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8').trim();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new CounterError('PIN_KEY_MISSING', { file: this.path });
    }
    if (text.startsWith(plainTag)) return Buffer.from(text.slice(plainTag.length), 'hex');
    if (text.startsWith(sealedTag)) {
      // Sealed by the desktop app with the OS keychain, which the console and browser host cannot open.
      if (!this.sealer) throw new CounterError('PIN_KEY_SEALED', { file: this.path });
      return this.sealer.decrypt(Buffer.from(text.slice(sealedTag.length), 'base64'));
    }
    throw new CounterError('PIN_KEY_MISSING', { file: this.path });
  }

  /** Makes a new key; never overwrites an existing file (that would lock every user out). */
  create(): Buffer {
    const key = randomBytes(32);
    const text = this.sealer ? `${sealedTag}${this.sealer.encrypt(key).toString('base64')}` : `${plainTag}${key.toString('hex')}`;
    mkdirSync(join(this.path, '..'), { recursive: true, mode: 0o700 });
    writeFileSync(this.path, `${text}\n`, { flag: 'wx', mode: 0o600 });
    return key;
  }
}
