// One writer of devices per data folder: the host that runs the print worker (and the scale)
// holds `<data-dir>/host.lock` for as long as it runs; a second host on the same folder is told
// which process holds it and stops. The console never takes it: it writes through the ledger
// like any writer, but runs no worker.
//
// The lock is SQLite's own file lock on a small SQLite file in EXCLUSIVE locking mode, not a
// pid file: the operating system drops it the moment the holder dies (crash, kill, power cut),
// on Windows (LockFileEx) as on Linux and macOS (fcntl), so there is never a stale lock to judge.
// A pid file has to be judged by "is that pid alive?", which a power cut at the counter gets
// wrong once the pid is reused by another program after the reboot, keeping the app out for
// good. Who holds the lock (pid, since when) is written beside it, in `host.lock.owner`, once
// the lock is taken: the locked file itself cannot be read by anyone else.
import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const hostLockFileName = 'host.lock';
const ownerFileName = `${hostLockFileName}.owner`;

export interface DataDirHolder {
  pid: number;
  /** When the holder took the lock (ISO 8601, UTC). */
  since: string;
}

/** The data folder's devices are run by another process; `holder` is null if it has not said who yet. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: DataDirHolder | null,
  ) {
    super(`data folder ${dataDir} is in use by ${holder ? `process ${holder.pid} since ${holder.since}` : 'another process'}`);
  }
}

export interface DataDirLock {
  release(): void;
}

/** Takes the data folder's lock, or throws DataDirInUseError naming who holds it. */
export function lockDataDir(dataDir: string, now: () => Date = () => new Date()): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, hostLockFileName));
  try {
    // No waiting: a host that finds the folder taken says so at once.
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    // In EXCLUSIVE mode the first write transaction's lock is kept until the connection closes.
    db.exec('BEGIN EXCLUSIVE; COMMIT');
  } catch (e) {
    db.close();
    if ((e as { code?: string }).code?.startsWith('SQLITE_BUSY')) throw new DataDirInUseError(dataDir, readHolder(dataDir));
    throw e;
  }
  const holder: DataDirHolder = { pid: process.pid, since: now().toISOString() };
  // Written whole and renamed into place, so a reader never sees half of it.
  const owner = join(dataDir, ownerFileName);
  writeFileSync(`${owner}.tmp`, JSON.stringify(holder));
  renameSync(`${owner}.tmp`, owner);
  return { release: () => db.close() };
}

function readHolder(dataDir: string): DataDirHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(join(dataDir, ownerFileName), 'utf8')) as Partial<DataDirHolder>;
    return typeof parsed.pid === 'number' && typeof parsed.since === 'string' ? { pid: parsed.pid, since: parsed.since } : null;
  } catch {
    // Not written yet (the holder is starting this instant) or unreadable: the holder is unnamed.
    return null;
  }
}
