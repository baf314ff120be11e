// The fuses electron-builder flips in the packaged binary, read from electron-builder.yml as the
// packager reads it: an installed counter cannot be turned into a Node runtime or made to load
// code from outside its checked app.asar.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// electron-builder's own YAML reader (no type declarations ship with it).
const { load } = createRequire(__filename)('js-yaml') as { load(text: string): unknown };
const config = load(readFileSync(join(__dirname, '..', '..', 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

it('packages with the fuses that keep the installed app to its own code', () => {
  expect(config.electronFuses).toEqual({
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    enableCookieEncryption: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  });
  // Only-from-asar needs the app to be an asar archive at all.
  expect(config.asar).toBe(true);
});
