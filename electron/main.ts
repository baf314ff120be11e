// The thin Electron shell: one window, the screens from app://counter, the contract over IPC.
// Everything else lives in electron/services and runs the same in the browser host and CLI.
import { app, BrowserWindow, ipcMain, net, protocol, session, type IpcMainInvokeEvent } from 'electron';
import { join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { commandChannel, commandNameList, eventChannel } from '../shared/contract/channels';
import type { Lang } from '../shared/contract/messages';
import type { CommandResult } from '../shared/contract/result';
import { contentSecurityPolicy } from './services/content-security-policy';
import { openCounterApp, type CounterApp } from './services/counter-app';
import { appEntryUrl, appScheme, isAppUrl, windowOptions } from './window-security';

protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

/** Registers one IPC handler per contract command; calls from any frame but the app's own are refused. */
export function registerCommands(counter: CounterApp): void {
  for (const name of commandNameList) {
    ipcMain.handle(commandChannel(name), async (event: IpcMainInvokeEvent, message: unknown): Promise<CommandResult<unknown>> => {
      // Only the app's own top-level screens may call; anything else (an injected frame, a
      // page that got navigated elsewhere) is refused before the contract is reached.
      if (!isAppUrl(event.senderFrame?.url)) throw new Error(`IPC refused: ${commandChannel(name)} from a foreign frame`);
      const { input, lang: requested } = (message ?? {}) as { input?: unknown; lang?: unknown };
      const lang: Lang = requested === 'en' ? 'en' : 'vi';
      return counter.dispatch(name, input, { lang, via: 'screen', sessionId: `window-${event.sender.id}` });
    });
  }
}

function serveScreens(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const { pathname } = new URL(request.url);
    const file = resolve(rendererDir, normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, ''));
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
    });
    void counter.startDevices();
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    serveScreens(resolve(appPath, 'dist', 'renderer'));
    registerCommands(counter);
    counter.events.subscribe((name, payload) => {
      for (const w of BrowserWindow.getAllWindows()) w.webContents.send(eventChannel, { name, payload });
    });
    window = new BrowserWindow(windowOptions(join(appPath, 'dist', 'electron', 'preload.cjs')));
    window.once('ready-to-show', () => window?.show());
    window.on('closed', () => {
      window = null;
    });
    void window.loadURL(appEntryUrl);
  })();

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => counter?.close());
}

startElectronHost();
