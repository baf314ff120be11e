// The desktop app as it ships: the real bundler builds dist/electron, then plain Node loads the
// bundle with a stand-in `electron` (tests/support/load-electron-bundle.cjs) and the app starts
// as far as opening its window. A native module bundled by mistake fails here, at load.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandChannel, commandNameList } from '../../shared/contract/channels';

const root = join(__dirname, '..', '..');

interface Loaded {
  windows: { options: { webPreferences: Record<string, unknown> }; url?: string }[];
  handlers: string[];
  appStatus: unknown;
  exposed: { name: string; keys: string[] }[];
  invoked: { channel: string; message: unknown }[];
  unknownCommand: string;
  subframeCall: { refused?: string; answered?: unknown };
  warnings: string[];
  permissionRequest: boolean[];
  permissionCheck: boolean[];
  devToolsClosedOnOpen: number;
  error?: string;
}

let appDir: string;
let dataDir: string;
let loaded: Loaded;
let exitCode: number | null;

beforeAll(() => {
  // Inside the project (in the tools' cache folder, which packaging never picks up), so the
  // external packages resolve from its node_modules as they do in the app.
  mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
  appDir = mkdtempSync(join(root, 'node_modules', '.cache', 'electron-bundle-test-'));
  dataDir = mkdtempSync(join(tmpdir(), 'counter-bundle-'));
  execFileSync(process.execPath, ['build/bundle-electron.mjs', '--outdir', join(appDir, 'dist', 'electron')], { cwd: root, stdio: 'pipe' });
  const run = spawnSync(process.execPath, [join(root, 'tests/support/load-electron-bundle.cjs'), appDir, root], {
    cwd: appDir,
    env: { ...process.env, COUNTER_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  exitCode = run.status;
  try {
    loaded = JSON.parse(run.stdout) as Loaded;
  } catch {
    throw new Error(`the bundle did not load:\n${run.stdout}\n${run.stderr}`);
  }
}, 120_000);

afterAll(() => {
  rmSync(appDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the built Electron bundle', () => {
  it('loads in plain Node and opens one window with the security checklist and an existing preload', () => {
    expect(loaded.error).toBeUndefined();
    expect(exitCode).toBe(0);
    expect(loaded.windows).toHaveLength(1);
    const prefs = loaded.windows[0]!.options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(prefs.preload).toBe(join(appDir, 'dist', 'electron', 'preload.cjs'));
    expect(existsSync(prefs.preload as string)).toBe(true);
    expect(loaded.windows[0]!.url).toBe('app://counter/index.html');
  });

  it('as an installed build, has DevTools off and closes them should they open', () => {
    expect(loaded.windows[0]!.options.webPreferences.devTools).toBe(false);
    expect(loaded.devToolsClosedOnOpen).toBe(1);
  });

  it('refuses every permission, asked or merely checked', () => {
    expect(loaded.permissionRequest).toEqual([false, false, false]);
    expect(loaded.permissionCheck).toEqual([false, false, false]);
  });

  it('refuses a contract call from a subframe, even of the app itself, and logs the refusal', () => {
    expect(loaded.subframeCall).toEqual({ refused: expect.stringMatching(/IPC refused: .*app\.status from a subframe/) });
    expect(loaded.warnings.filter((w) => w.includes('IPC refused'))).toEqual([expect.stringMatching(/^\[electron\] IPC refused: .*app\.status from a subframe app:\/\/counter\/index\.html$/)]);
  });

  it('registers every contract command over IPC and answers one from the ledger', () => {
    expect([...loaded.handlers].sort()).toEqual(commandNameList.map(commandChannel).sort());
    expect(loaded.appStatus).toMatchObject({ ok: true, value: { initialized: false, ledgerEntries: 0 } });
  });

  it('preload exposes only call/subscribe, sending known commands on their channel', () => {
    expect(loaded.exposed).toEqual([{ name: 'counter', keys: ['call', 'subscribe'] }]);
    expect(loaded.invoked).toEqual([{ channel: commandChannel('app.status'), message: { input: {}, lang: 'vi' } }]);
    expect(loaded.unknownCommand).toMatch(/unknown command no\.such/);
  });
});
