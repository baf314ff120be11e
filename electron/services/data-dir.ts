import { homedir } from 'node:os';
import { join } from 'node:path';

/** Electron's app name for this app (package.json productName); its userData folder carries it. */
export const appFolderName = 'OneStop Counter';

/**
 * Where the counter keeps its ledger when no folder is given: the same folder Electron's
 * `app.getPath('userData')` gives, so the desktop app and the command line share one ledger.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), appFolderName);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', appFolderName);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), appFolderName);
}

/** `--data-dir`, else COUNTER_DATA_DIR, else the default. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? env.COUNTER_DATA_DIR ?? defaultDataDir(env);
}

export const ledgerFileName = 'ledger.sqlite';
