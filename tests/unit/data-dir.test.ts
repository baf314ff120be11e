import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appFolderName, defaultDataDir, resolveDataDir } from '../../electron/services/data-dir';

describe('data folder', () => {
  it('defaults to the folder Electron names userData for "OneStop Counter"', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\mai\\AppData\\Roaming' }, 'win32')).toMatch(/Roaming[\\/]OneStop Counter$/);
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/home/mai/.config' }, 'linux')).toBe('/home/mai/.config/OneStop Counter');
    expect(defaultDataDir({}, 'darwin')).toMatch(/Library\/Application Support\/OneStop Counter$/);
  });

  it('prefers --data-dir, then COUNTER_DATA_DIR', () => {
    expect(resolveDataDir('/flag', { COUNTER_DATA_DIR: '/env' })).toBe('/flag');
    expect(resolveDataDir(undefined, { COUNTER_DATA_DIR: '/env' })).toBe('/env');
  });
});

describe('app name', () => {
  it('matches package.json productName, which Electron uses to name userData', async () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { productName: string };
    expect(pkg.productName).toBe(appFolderName);
  });
});
