import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrations as allMigrations, type Migration } from './migrations';

export type Db = Database.Database;

/**
 * Opens (creating if needed) a counter's SQLite file with the durability settings a ledger
 * needs, and brings its schema up to date. `upTo` exists for tests that build an older schema.
 */
export function openDatabase(file: string, options: { upTo?: number; migrations?: readonly Migration[] } = {}): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  // 16 KB pages for a new file (an existing one keeps its own): a dossier.received entry (about
  // 3.5 KB) fills most of a 4 KB page, so the small entries beside it left the rest empty and a
  // dossier took two pages; on 16 KB pages they pack (growth bench: bytes per dossier).
  db.pragma('page_size = 16384');
  db.pragma('journal_mode = WAL');
  // FULL: a committed entry survives a power cut at the counter, at the cost of an fsync per commit.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Two processes (the app and a technician's command) may write; wait rather than fail.
  db.pragma('busy_timeout = 5000');
  migrate(db, options.migrations ?? allMigrations, options.upTo);
  return db;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Db, migrations: readonly Migration[], upTo = Infinity): void {
  // In number order whatever the list's order (migrations reserved by number may land out of order).
  const pending = migrations.filter((m) => m.version > schemaVersion(db) && m.version <= upTo).sort((a, b) => a.version - b.version);
  for (const m of pending) {
    db.transaction(() => {
      if (schemaVersion(db) >= m.version) return; // another process got here first
      db.exec(m.sql);
      m.data?.(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}
