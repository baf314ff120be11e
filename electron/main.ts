// The thin Electron shell: one window, the screens from app://counter, the contract over IPC.
// Everything else lives in electron/services and runs the same in the browser host and CLI.
import { app, BrowserWindow, dialog, ipcMain, net, protocol, safeStorage, session, type IpcMainInvokeEvent } from 'electron';
import { join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { commandChannel, commandNameList, eventChannel } from '../shared/contract/channels';
import type { Lang } from '../shared/contract/messages';
import type { CommandResult } from '../shared/contract/result';
import { contentSecurityPolicy } from './services/content-security-policy';
import { openCounterApp, type CounterApp } from './services/counter-app';
import type { Sealer } from './services/auth/pin-key';
import { DataDirInUseError } from './services/data-dir-lock';
import { dataDirInUseText } from './hosts/data-dir-in-use';
import { appEntryUrl, appScheme, isAppMainFrame, isAppUrl, windowOptions } from './window-security';

protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

/** Registers one IPC handler per contract command; calls from any frame but the app's own are refused. */
export function registerCommands(counter: CounterApp): void {
  for (const name of commandNameList) {
    ipcMain.handle(commandChannel(name), async (event: IpcMainInvokeEvent, message: unknown): Promise<CommandResult<unknown>> => {
      // Only the app's own top-level screens may call; anything else (a subframe, a page that
      // got navigated elsewhere, a frame already gone) is refused before the contract is reached.
      const frame = event.senderFrame;
      if (!isAppMainFrame(frame)) {
        const from = !frame ? 'a frame that is gone' : frame.parent !== null ? `a subframe ${frame.url}` : `a foreign frame ${frame.url}`;
        console.warn(`[electron] IPC refused: ${commandChannel(name)} from ${from}`);
        throw new Error(`IPC refused: ${commandChannel(name)} from ${from}`);
      }
      const { input, lang: requested } = (message ?? {}) as { input?: unknown; lang?: unknown };
      const lang: Lang = requested === 'en' ? 'en' : 'vi';
      return counter.dispatch(name, input, { lang, via: 'screen', sessionId: `window-${event.sender.id}` });
    });
  }
}

function serveScreens(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const { pathname } = new URL(request.url);
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return new Response('bad address', { status: 400 });
    }
    const file = resolve(rendererDir, normalize(decoded).replace(/^[/\\]+/, ''));
    if (!file.startsWith(rendererDir + sep)) return new Response('not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).href);
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', contentSecurityPolicy);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

function hardenContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    // DevTools are off in an installed build; should they open anyway, they close at once.
    if (app.isPackaged) contents.on('devtools-opened', () => contents.closeDevTools());
  });
}

export function startElectronHost(): void {
  if (!app.requestSingleInstanceLock()) {
    // A second launch would open a second writer on the same ledger: hand over to the first.
    app.quit();
    return;
  }
  let window: BrowserWindow | null = null;
  let counter: CounterApp | null = null;

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  hardenContents();

  // Awaited rather than chained with .then so that a stand-in electron without promises (a
  // load check of the bundle) still loads the file.
  void (async () => {
    await app.whenReady();
    const appPath = app.getAppPath();
    counter = openCounterApp({
      dataDir: process.env.COUNTER_DATA_DIR ?? app.getPath('userData'),
      // electron-builder ships resources/ as extra resources beside the asar archive.
      resourcesDir: app.isPackaged ? join(process.resourcesPath, 'resources') : join(appPath, 'resources'),
      sealer: keychainSealer(),
    });
    try {
      await counter.startDevices();
    } catch (e) {
      if (!(e instanceof DataDirInUseError)) throw e;
      // A browser host already runs this data folder's printer: say who, and stop.
      dialog.showErrorBox('OneStop Counter', dataDirInUseText(e));
      app.exit(1);
      return;
    }
    // The screens need no camera, notifications or other permissions: refuse every request and every check.
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    serveScreens(resolve(appPath, 'dist', 'renderer'));
    registerCommands(counter);
    counter.events.subscribe((name, payload) => {
      for (const w of BrowserWindow.getAllWindows()) w.webContents.send(eventChannel, { name, payload });
    });
    window = new BrowserWindow(windowOptions(join(appPath, 'dist', 'electron', 'preload.cjs'), app.isPackaged));
    window.once('ready-to-show', () => window?.show());
    window.on('closed', () => {
      window = null;
    });
    void window.loadURL(appEntryUrl);
  })();

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => counter?.close());
}

/**
 * The OS keychain (DPAPI, macOS Keychain, libsecret/kwallet) seals the PIN pepper's key file.
 * Not Linux's `basic_text` fallback, whose password is built into Chromium: the plain 0600 file
 * is then as good, and the console can still read it.
 */
function keychainSealer(): Sealer | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return undefined;
  return {
    encrypt: (plain) => safeStorage.encryptString(plain.toString('base64')),
    decrypt: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
  };
}

startElectronHost();
