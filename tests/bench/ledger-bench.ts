// What one ledger posting costs at the counter: the chained, idempotent, fsync'd command
// against two peers in the same run — a bare INSERT into a plain table with the same
// durability, and the same command with synchronous=NORMAL (what most apps ship).
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../electron/services/clock';
import { openDatabase } from '../../electron/services/db/open-database';
import { Ledger } from '../../electron/services/ledger/ledger';
import { ms, percentile, timeEach } from './stats';

const n = 500;

function ledgerPostings(synchronous: 'FULL' | 'NORMAL'): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ledger-'));
  const db = openDatabase(join(dir, 'ledger.sqlite'));
  db.pragma(`synchronous = ${synchronous}`);
  const ledger = new Ledger(db, systemClock);
  const payload = { dossier: 'HS-000.00.13.H30-261127-0001', feeVnd: 100_000, postageVnd: 26_000, clerk: 'Cầm Thị Mai' };
  const samples = timeEach(n, (i) =>
    ledger.once('bench.post', `bench-${i}`, payload, () =>
      ledger.post({ kind: 'bench.payment', payload, actor: { kind: 'system' }, idempotencyKey: `bench-${i}` }),
    ),
  );
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return samples;
}

function bareInserts(): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'bench-bare-'));
  const db = new Database(join(dir, 'bare.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO t (payload) VALUES (?)');
  const samples = timeEach(n, (i) => insert.run(JSON.stringify({ i })));
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return samples;
}

export function ledgerBench(): void {
  const rows = [
    ['ledger command (chain + idempotency, FULL)', ledgerPostings('FULL')],
    ['peer: same command, synchronous=NORMAL', ledgerPostings('NORMAL')],
    ['peer: bare INSERT, synchronous=FULL', bareInserts()],
  ] as const;
  const base = percentile(rows[0][1], 50);
  console.log(`${n} postings each, WAL, on ${tmpdir()}`);
  console.log('| variant | p50 | p95 | p99 | p50 ratio to ledger |');
  console.log('|---|---|---|---|---|');
  for (const [name, s] of rows) {
    console.log(`| ${name} | ${ms(percentile(s, 50))} | ${ms(percentile(s, 95))} | ${ms(percentile(s, 99))} | ${(percentile(s, 50) / base).toFixed(2)} |`);
  }
}
