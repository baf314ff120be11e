// Where the hub's data is: a PostgreSQL URL (--database, else HUB_DATABASE_URL), or an embedded
// PGlite folder (--data-dir, else HUB_DATA_DIR, else the default below). An embedded folder is
// one process's: while `serve` runs on it, it leaves a note (serve.json: URL, pid, operator
// token, readable by its user only) so the CLI's other commands go through the running hub.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { HubDatabaseLocation } from './db/open-hub-database';

export function defaultHubDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'onestop-hub');
}

export function resolveHubLocation(flags: { database?: string; dataDir?: string }, env: NodeJS.ProcessEnv = process.env): HubDatabaseLocation {
  if (flags.database) return { url: flags.database };
  if (flags.dataDir) return { dataDir: flags.dataDir };
  if (env.HUB_DATABASE_URL) return { url: env.HUB_DATABASE_URL };
  return { dataDir: env.HUB_DATA_DIR ?? defaultHubDataDir(env) };
}

export interface ServeNote {
  url: string;
  pid: number;
  operatorToken: string;
}

const noteFile = (dataDir: string) => join(dataDir, 'serve.json');

export function writeServeNote(dataDir: string, note: ServeNote): void {
  writeFileSync(noteFile(dataDir), JSON.stringify(note), { mode: 0o600 });
}

export function removeServeNote(dataDir: string): void {
  rmSync(noteFile(dataDir), { force: true });
}

/** The hub serving this folder now, if any (a note left by a killed hub is ignored). */
export function runningHub(dataDir: string): ServeNote | null {
  const file = noteFile(dataDir);
  if (!existsSync(file)) return null;
  try {
    const note = JSON.parse(readFileSync(file, 'utf8')) as ServeNote;
    process.kill(note.pid, 0);
    return note;
  } catch {
    return null;
  }
}
