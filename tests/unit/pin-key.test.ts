// Where the PIN pepper lives and how a host that cannot open it is told.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSecretDir, PinKeyFile, type Sealer } from '../../electron/services/auth/pin-key';
import { CounterError } from '../../electron/services/counter-error';
import { defaultDataDir } from '../../electron/services/data-dir';

let dir = '';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** A stand-in keychain: reversible, and visibly not the key itself. */
const keychain: Sealer = { encrypt: (b) => Buffer.from(b).reverse(), decrypt: (b) => Buffer.from(b).reverse() };

describe('the PIN pepper key file', () => {
  it('lives outside the data folder on every system, and COUNTER_SECRET_DIR moves it', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const env = { APPDATA: 'C:\\Users\\mai\\AppData\\Roaming', XDG_CONFIG_HOME: '/home/mai/.config' };
      const data = defaultDataDir(env, platform);
      const keys = defaultSecretDir(env, platform);
      expect(keys.startsWith(data)).toBe(false);
      expect(data.startsWith(keys)).toBe(false);
    }
    expect(defaultSecretDir({ COUNTER_SECRET_DIR: '/srv/keys' }, 'linux')).toBe('/srv/keys');
  });

  it('is sealed by the keychain when the host has one; a host without it is told so, never given a new key', () => {
    dir = mkdtempSync(join(tmpdir(), 'pin-key-'));
    const sealed = new PinKeyFile(join(dir, 'keys'), 'dev_1', keychain);
    const key = sealed.create();
    expect(statSync(sealed.path).mode & 0o777).toBe(0o600);
    expect(readFileSync(sealed.path, 'utf8')).not.toContain(key.toString('hex'));
    expect(sealed.read()).toEqual(key);

    const plain = new PinKeyFile(join(dir, 'keys'), 'dev_1');
    expect(() => plain.read()).toThrow(expect.objectContaining({ code: 'PIN_KEY_SEALED', params: { file: sealed.path } }) as CounterError);
    // Never overwritten, whoever asks.
    expect(() => plain.create()).toThrow(/EEXIST/);
    expect(sealed.read()).toEqual(key);
  });
});
