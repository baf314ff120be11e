// `db backup` on a real ledger file: the out folder holds the backup and nothing else.
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { defaultSetup, key, ok, openTestCounter, type TestCounter } from '../support/counter-fixture';

let counter: TestCounter;
beforeEach(() => {
  counter = openTestCounter();
});
afterEach(() => counter.close());

it('leaves only the backup in the out folder: no .partial, -wal or -shm beside it', async () => {
  ok(await counter.console('setup.initialize', { ...defaultSetup, idempotencyKey: key('setup') }));
  const folder = mkdtempSync(join(tmpdir(), 'counter-backups-'));
  const out = join(folder, 'counter-2026-11-30.sqlite');
  const result = ok(await counter.console('db.backup', { out }));
  expect(result.entries).toBe(counter.entryKinds().length);
  expect(readdirSync(folder)).toEqual(['counter-2026-11-30.sqlite']);
  // Self-contained: opening the copy read-only needs no WAL files and creates none.
  const copy = new Database(out, { readonly: true, fileMustExist: true });
  expect((copy.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n).toBe(result.entries);
  copy.close();
  expect(readdirSync(folder)).toEqual(['counter-2026-11-30.sqlite']);
});
