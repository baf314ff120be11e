// The bundler's list of native packages is computed from what is installed, not kept by hand:
// a package with an addon anywhere in the production dependency tree is found, however deep.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nativePackages } from '../../build/native-packages.mjs';

const root = mkdtempSync(join(tmpdir(), 'native-packages-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function pkg(dir: string, manifest: Record<string, unknown>, files: Record<string, string> = {}): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

describe('nativePackages', () => {
  it('finds every kind of native package in the production tree, and nothing else', () => {
    const nm = join(root, 'node_modules');
    pkg(root, { name: 'app', dependencies: { pure: '1', gyp: '1', '@scope/prebuilt': '1' }, devDependencies: { 'dev-native': '1' } });
    pkg(join(nm, 'pure'), { name: 'pure', dependencies: { deep: '1', loader: '1' } });
    // Nested under its dependent, as npm installs a second version.
    pkg(join(nm, 'pure', 'node_modules', 'deep'), { name: 'deep' }, { 'lib/binding/addon.node': '' });
    pkg(join(nm, 'loader'), { name: 'loader', dependencies: { 'node-gyp-build': '4' } });
    pkg(join(nm, 'node-gyp-build'), { name: 'node-gyp-build' });
    pkg(join(nm, 'gyp'), { name: 'gyp' }, { 'binding.gyp': '{}' });
    pkg(join(nm, '@scope', 'prebuilt'), { name: '@scope/prebuilt' }, { 'prebuilds/linux-x64/x.txt': '' });
    pkg(join(nm, 'dev-native'), { name: 'dev-native' }, { 'binding.gyp': '{}' });
    expect(nativePackages(root)).toEqual(['@scope/prebuilt', 'deep', 'gyp', 'loader']);
  });

  it('names this project’s own native modules', () => {
    expect(nativePackages(join(__dirname, '..', '..'))).toEqual(expect.arrayContaining(['better-sqlite3', '@serialport/bindings-cpp']));
  });
});
