// Issue 10 §3: a copy of the data folder must not let anyone test PIN guesses. The attack is
// replayed for real: every value in the file (each cell of each table, the raw bytes of the
// database and its WAL) is compared with what the app's own code paths make of each PIN used,
// under every key the file holds.
import Database from 'better-sqlite3';
import { createHash, createHmac, scryptSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commands, type CommandInput, type CommandName, type CommandOutput } from '../../shared/contract/commands';
import type { CommandResult } from '../../shared/contract/result';
import { openCounterApp, type CounterApp } from '../../electron/services/counter-app';
import { canonicalJson } from '../../shared/ledger/canonical-json';
import { defaultSetup, key, ok, TestClock } from '../support/counter-fixture';

const managerPin = '482916';
const clerkPin = '73920415';
const wrongPins = ['5831', '90817263', '246813'];

let dirs: string[] = [];
let apps: CounterApp[] = [];
afterEach(() => {
  for (const a of apps) a.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  apps = [];
  dirs = [];
});

function folders() {
  const root = mkdtempSync(join(tmpdir(), 'pin-secrecy-'));
  dirs.push(root);
  return { dataDir: join(root, 'data'), secretDir: join(root, 'keys') };
}

function open(where: { dataDir: string; secretDir: string }, clock = new TestClock()) {
  const app = openCounterApp({ ...where, clock });
  apps.push(app);
  const sent: { name: CommandName; input: unknown }[] = [];
  const call = <N extends CommandName>(session: string, name: N, input: CommandInput<N>, lang: 'vi' | 'en' = 'vi') => {
    sent.push({ name, input });
    return app.dispatch(name, input, { lang, via: 'screen', sessionId: session }) as Promise<CommandResult<CommandOutput<N>>>;
  };
  const close = () => {
    app.close();
    apps = apps.filter((a) => a !== app);
  };
  return { app, call, sent, close, clock };
}

const signIn = (c: ReturnType<typeof open>, userId: string, pin: string, lang: 'vi' | 'en' = 'vi') =>
  c.call('tab', 'auth.signIn', { userId, pin, idempotencyKey: key('signin') }, lang);

/** A counter used as the review did: set up, a clerk added, wrong and right PINs typed. */
async function usedCounter(where: { dataDir: string; secretDir: string }) {
  const c = open(where);
  const { manager } = ok(await c.call('mgr', 'setup.initialize', { ...defaultSetup, managerPin, idempotencyKey: key('setup') }));
  const { user: clerk } = ok(await c.call('mgr', 'users.add', { name: 'Cầm Thị Mai', role: 'clerk', pin: clerkPin, idempotencyKey: key('add') }));
  for (const pin of wrongPins) expect((await signIn(c, clerk.id, pin)).ok).toBe(false);
  ok(await signIn(c, clerk.id, clerkPin));
  expect((await signIn(c, manager.id, wrongPins[0]!)).ok).toBe(false);
  ok(await signIn(c, manager.id, managerPin));
  return { ...c, managerId: manager.id, clerkId: clerk.id };
}

/** Every cell of every table, as the bytes or text it is stored as. */
function everyCell(file: string): (string | Buffer)[] {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    const cells: (string | Buffer)[] = [];
    for (const { name } of tables) {
      for (const row of db.prepare(`SELECT * FROM "${name}"`).raw().all() as unknown[][]) {
        for (const v of row) if (typeof v === 'string' || Buffer.isBuffer(v)) cells.push(v);
      }
    }
    return cells;
  } finally {
    db.close();
  }
}

/** Each value in the file that could serve as a key: every meta value (as text and, if hex, as bytes) and every salt. */
function keysIn(file: string): Buffer[] {
  const db = new Database(file, { readonly: true });
  try {
    const keys: Buffer[] = [];
    for (const { value } of db.prepare('SELECT value FROM meta').all() as { value: string }[]) {
      keys.push(Buffer.from(value, 'utf8'));
      if (/^([0-9a-f]{2})+$/i.test(value)) keys.push(Buffer.from(value, 'hex'));
    }
    return keys;
  } finally {
    db.close();
  }
}

function salts(file: string): Buffer[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT salt FROM credentials').all() as { salt: Buffer }[]).map((r) => r.salt);
  } finally {
    db.close();
  }
}

describe('a copy of the data folder', () => {
  it('holds no value that checks a PIN guess: no request MAC, hash or unpeppered scrypt of any PIN used', async () => {
    const where = folders();
    const c = await usedCounter(where);
    c.app.services.db.pragma('wal_checkpoint(PASSIVE)');
    const file = c.app.ledgerFile;
    const raw = Buffer.concat([readFileSync(file), existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : Buffer.alloc(0)]);
    const cells = everyCell(file);
    const keys = keysIn(file);
    expect(keys.length).toBeGreaterThan(0);

    const pins = [managerPin, clerkPin, ...wrongPins];
    const digests: { what: string; bytes: Buffer }[] = [];
    for (const pin of pins) {
      digests.push({ what: `sha256(${pin})`, bytes: createHash('sha256').update(pin).digest() });
      for (const k of keys) digests.push({ what: `hmac(meta key, ${pin})`, bytes: createHmac('sha256', k).update(pin).digest() });
      for (const salt of salts(file)) {
        digests.push({ what: `scrypt(${pin})`, bytes: scryptSync(pin, salt, 32, { N: 1 << 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }) });
      }
    }
    // The requests as the app saw them (validated by the contract), MAC'd as Ledger.once does.
    for (const { name, input } of c.sent.filter((r) => JSON.stringify(r.input).match(/"(pin|managerPin)"/))) {
      const request = commands[name].input.parse(input);
      for (const k of keys) digests.push({ what: `request MAC of ${name}`, bytes: createHmac('sha256', k).update(canonicalJson([name, request])).digest() });
    }

    const found = digests.filter(({ bytes }) => {
      const hex = bytes.toString('hex');
      return (
        raw.includes(bytes) ||
        raw.includes(Buffer.from(hex)) ||
        cells.some((cell) => (Buffer.isBuffer(cell) ? cell.includes(bytes) : cell.toLowerCase().includes(hex)))
      );
    });
    expect(found.map((d) => d.what)).toEqual([]);
    // Nothing about the PINs in plain text either.
    for (const pin of [clerkPin, '90817263']) expect(raw.includes(Buffer.from(pin))).toBe(false);
  });

  it('keeps the pepper outside the data folder, readable by the OS user only; the folder alone cannot verify a PIN', async () => {
    const where = folders();
    const c = await usedCounter(where);
    const keyFiles = readdirSync(where.secretDir);
    expect(keyFiles).toEqual([`pepper-${c.app.services.ledger.deviceId}.key`]);
    expect(statSync(join(where.secretDir, keyFiles[0]!)).mode & 0o777).toBe(0o600);
    expect(readdirSync(where.dataDir).some((f) => f.includes('pepper'))).toBe(false);
    const creds = c.app.services.db.prepare('SELECT salt, hash, scheme FROM credentials').all() as { salt: Buffer; hash: Buffer; scheme: string }[];
    expect(creds.map((r) => r.scheme)).toEqual(['hmac-scrypt', 'hmac-scrypt']);
    for (const cred of creds) {
      for (const pin of [managerPin, clerkPin]) {
        const guess = scryptSync(pin, cred.salt, 32, { N: 1 << 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
        expect(guess.equals(cred.hash)).toBe(false);
      }
    }
  });

  it('signs in across a restart, and says clearly when the pepper file is missing without counting a wrong PIN', async () => {
    const where = folders();
    const first = await usedCounter(where);
    const { clerkId, managerId } = first;
    first.close();

    const again = open(where);
    expect(ok(await signIn(again, clerkId, clerkPin)).user.id).toBe(clerkId);
    again.close();

    rmSync(where.secretDir, { recursive: true });
    const lost = open(where);
    const entries = lost.app.services.ledger.count();
    const refused = await signIn(lost, clerkId, clerkPin);
    expect(!refused.ok && refused.error.code).toBe('PIN_KEY_MISSING');
    expect(!refused.ok && refused.error.message).toContain(where.secretDir);
    expect(!refused.ok && refused.error.message).toMatch(/Kỹ thuật viên cần khôi phục tệp khóa/);
    const en = await signIn(lost, managerId, managerPin, 'en');
    expect(!en.ok && en.error.message).toMatch(/^The counter's PIN protection key .* cannot be read/);
    // No new key was made behind the technician's back, and nothing was recorded.
    expect(existsSync(where.secretDir)).toBe(false);
    expect(lost.app.services.ledger.count()).toBe(entries);
  });

  it("re-hashes a PIN made before the pepper at that user's next sign-in", async () => {
    const where = folders();
    const c = await usedCounter(where);
    // A credential as version 10 stored it: plain scrypt, scheme 'scrypt'.
    const salt = Buffer.alloc(16, 7);
    const legacy = scryptSync(clerkPin, salt, 32, { N: 1 << 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
    c.app.services.db.prepare("UPDATE credentials SET salt = ?, hash = ?, scheme = 'scrypt' WHERE user_id = ?").run(salt, legacy, c.clerkId);

    ok(await signIn(c, c.clerkId, clerkPin));
    const after = c.app.services.db.prepare('SELECT salt, hash, scheme FROM credentials WHERE user_id = ?').get(c.clerkId) as { salt: Buffer; hash: Buffer; scheme: string };
    expect(after.scheme).toBe('hmac-scrypt');
    expect(after.hash.equals(legacy)).toBe(false);
    expect(c.app.services.ledger.entries({ limit: 1 })[0]).toMatchObject({ kind: 'auth.signed_in', payload: { userId: c.clerkId, pinRehashed: true } });
    ok(await signIn(c, c.clerkId, clerkPin));
  });
});
