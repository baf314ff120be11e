import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { CommandOutput } from '../../../shared/contract/commands';
import { CounterError } from '../counter-error';
import { verifyChain } from '../ledger/verify-chain';
import type { Db } from './open-database';

/**
 * Copies the live ledger with SQLite's online backup (safe while the counter keeps posting),
 * then verifies its whole chain before calling it a backup. The copy leaves WAL mode, so the
 * backup is one self-contained file with no -wal/-shm beside it (the counter turns WAL back on
 * when it opens a restored file). Written beside the target first, so a failed backup never
 * leaves a half file under the name.
 */
export async function backupDatabase(db: Db, out: string): Promise<CommandOutput<'db.backup'>> {
  const target = resolve(out);
  if (existsSync(target)) throw new CounterError('BACKUP_FAILED', { reason: `${target} đã tồn tại / already exists` });
  const partial = `${target}.partial`;
  try {
    mkdirSync(dirname(target), { recursive: true });
    await db.backup(partial);
    const copy = new Database(partial, { fileMustExist: true });
    let report;
    try {
      copy.pragma('journal_mode = DELETE');
      report = verifyChain(copy);
    } finally {
      copy.close();
    }
    if (!report.ok) throw new CounterError('BACKUP_FAILED', { reason: `chain check failed at #${report.firstBadSeq}` });
    renameSync(partial, target);
    return { out: target, bytes: statSync(target).size, entries: report.entries, headHash: report.headHash };
  } catch (e) {
    for (const file of [partial, `${partial}-wal`, `${partial}-shm`, `${partial}-journal`]) rmSync(file, { force: true });
    if (e instanceof CounterError) throw e;
    throw new CounterError('BACKUP_FAILED', { reason: (e as Error).message });
  }
}
