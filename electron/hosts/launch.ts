// `npm start`: the desktop app when the Electron runtime is installed; otherwise one clear
// line saying so, and the same app through the browser host.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { runBrowserHost } from './browser-main';

/** The Electron binary's path, or null where it was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD). */
function electronBinary(): string | null {
  try {
    // In plain Node the 'electron' package exports the path of its binary, and throws if it is missing.
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (binary) {
  const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    'Không có Electron runtime trên máy này (Electron runtime not installed): mở ứng dụng qua trình duyệt / serving the app in the browser instead.',
  );
  await runBrowserHost(process.argv.slice(2));
}
