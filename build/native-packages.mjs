// Finds, by looking at the installed packages, every production dependency that loads a compiled
// `.node` addon. Such a package cannot be bundled: its loader (node-gyp-build, bindings, …) looks
// for the addon next to its own files, which are not beside the bundle. Computed, not listed by
// hand, so a new native dependency (or a native one pulled in by an update) stays external.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Loaders that find an addon relative to the package that calls them.
const addonLoaders = ['bindings', 'node-gyp-build', 'node-gyp-build-optional-packages', 'prebuild-install', '@mapbox/node-pre-gyp', 'node-pre-gyp'];

function readManifest(dir) {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
}

/** The installed folder of `name` as Node would find it from `fromDir`, or null if not installed. */
function packageDir(name, fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

/** True when the package's own files (not its nested node_modules) hold a `.node` addon. */
function holdsAddon(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    if (entry.isFile() && entry.name.endsWith('.node')) return true;
    if (entry.isDirectory() && holdsAddon(join(dir, entry.name))) return true;
  }
  return false;
}

function isNative(dir, manifest) {
  const deps = { ...manifest.dependencies, ...manifest.optionalDependencies };
  return (
    manifest.gypfile === true ||
    existsSync(join(dir, 'binding.gyp')) ||
    existsSync(join(dir, 'prebuilds')) ||
    addonLoaders.some((loader) => loader in deps) ||
    holdsAddon(dir)
  );
}

/** Names of the native packages among `rootDir`'s production dependencies, direct or transitive. */
export function nativePackages(rootDir) {
  const native = new Set();
  const seen = new Set();
  const visit = (name, fromDir) => {
    const dir = packageDir(name, fromDir);
    if (!dir || seen.has(dir)) return; // an optional dependency for another platform is not installed
    seen.add(dir);
    const manifest = readManifest(dir);
    if (isNative(dir, manifest)) native.add(name);
    for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) visit(dep, dir);
  };
  const root = readManifest(rootDir);
  for (const dep of Object.keys({ ...root.dependencies, ...root.optionalDependencies })) visit(dep, rootDir);
  return [...native].sort();
}
