// Copies the OFL font the counter prints with (Be Vietnam Pro, from npm) into resources/fonts,
// where the app, the tests and electron-builder's extraResources all find it. Runs after
// `npm ci` (postinstall) so a fresh clone has it without committing binary files.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const from = dirname(require.resolve('@expo-google-fonts/be-vietnam-pro/package.json'));
const to = join(dirname(new URL(import.meta.url).pathname), '..', 'resources', 'fonts');
mkdirSync(to, { recursive: true });
for (const [dir, file] of [
  ['400Regular', 'BeVietnamPro_400Regular.ttf'],
  ['700Bold', 'BeVietnamPro_700Bold.ttf'],
]) {
  copyFileSync(join(from, dir, file), join(to, file));
}
copyFileSync(join(from, 'LICENSE_FONT'), join(to, 'OFL.txt'));
