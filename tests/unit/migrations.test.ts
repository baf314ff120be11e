import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../electron/services/clock';
import { openCounterApp } from '../../electron/services/counter-app';
import { migrations, latestVersion } from '../../electron/services/db/migrations';
import { openDatabase, schemaVersion } from '../../electron/services/db/open-database';
import { Ledger } from '../../electron/services/ledger/ledger';
import { defaultSetup, key, ok } from '../support/counter-fixture';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('migrations', () => {
  it('are numbered 1, 2, 3… without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_m, i) => i + 1));
  });

  it('open with the durability settings a ledger needs', () => {
    dir = mkdtempSync(join(tmpdir(), 'counter-mig-'));
    const db = openDatabase(join(dir!, 'ledger.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(latestVersion);
    db.close();
  });

  it('bring a ledger written by the first schema up to date, keeping its entries and chain', async () => {
    dir = mkdtempSync(join(tmpdir(), 'counter-mig-'));
    const file = join(dir!, 'ledger.sqlite');
    const old = openDatabase(file, { upTo: 1 });
    expect(schemaVersion(old)).toBe(1);
    expect(old.prepare("SELECT name FROM sqlite_master WHERE name = 'users'").get()).toBeUndefined();
    const ledger = new Ledger(old, systemClock);
    ledger.transaction(() =>
      ledger.post({ kind: 'legacy.entry', payload: { note: 'trước nâng cấp' }, actor: { kind: 'system' }, idempotencyKey: key() }),
    );
    const deviceId = ledger.deviceId;
    old.close();

    const app = openCounterApp({ dataDir: dir! });
    try {
      expect(schemaVersion(app.services.db)).toBe(latestVersion);
      expect(app.services.ledger.deviceId).toBe(deviceId);
      expect(app.services.ledger.verify()).toMatchObject({ ok: true, entries: 1 });
      ok(await app.dispatch('setup.initialize', { ...defaultSetup, idempotencyKey: key() }, { lang: 'vi', via: 'console' }));
      // Set-up: the counter, its manager, the sample catalogue and the sample agency directory.
      expect(app.services.ledger.verify()).toMatchObject({ ok: true, entries: 5 });
      expect(app.services.ledger.entries({ limit: 10 }).map((e) => e.kind)).toEqual(['agency.updated', 'catalogue.imported', 'user.added', 'counter.set_up', 'legacy.entry']);
    } finally {
      app.close();
    }
  });

  it('are applied once even when two processes open the same file', () => {
    dir = mkdtempSync(join(tmpdir(), 'counter-mig-'));
    const a = openDatabase(join(dir!, 'ledger.sqlite'));
    const b = openDatabase(join(dir!, 'ledger.sqlite'));
    expect([schemaVersion(a), schemaVersion(b)]).toEqual([latestVersion, latestVersion]);
    a.close();
    b.close();
  });
});
