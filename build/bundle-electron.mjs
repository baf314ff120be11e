// Bundles the Electron shell (main and sandboxed preload) to CommonJS in dist/electron, or in
// `--outdir DIR` (the bundle test builds its own copy). Electron itself and every native package
// stay external: bundled, a native package looks for its `.node` addon beside the bundle and the
// app cannot start. electron-builder unpacks them from the asar archive (asarUnpack).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { nativePackages } from './native-packages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { outdir: { type: 'string', default: join(root, 'dist', 'electron') } } });
const native = nativePackages(root);

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['electron', ...native],
  logLevel: 'warning',
  absWorkingDir: root,
};

await build({ ...common, entryPoints: ['electron/main.ts'], outfile: join(values.outdir, 'main.cjs') });
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: join(values.outdir, 'preload.cjs') });
console.log(`Electron bundle in ${values.outdir}; native packages kept external: ${native.join(', ')}`);
