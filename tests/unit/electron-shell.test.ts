// The Electron shell with the electron module mocked (no Electron runtime on build machines):
// the security settings, the single-instance lock, and the IPC registration of every command.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commandChannel, commandNameList } from '../../shared/contract/channels';

const h = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, message: unknown) => Promise<unknown>>(),
  appEvents: new Map<string, (...args: unknown[]) => void>(),
  windows: [] as { options: any; url?: string }[],
  schemes: [] as unknown[],
  protocolHandler: undefined as undefined | ((req: Request) => Promise<Response>),
  permissionHandler: undefined as undefined | ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void),
  permissionCheck: undefined as undefined | ((wc: unknown, permission: string) => boolean),
  fetched: [] as string[],
  lockGranted: true,
  quit: 0,
}));

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => [];
    webContents = { send: vi.fn() };
    constructor(options: unknown) {
      h.windows.push({ options });
    }
    once() {}
    on() {}
    loadURL(url: string) {
      h.windows.at(-1)!.url = url;
      return Promise.resolve();
    }
  }
  return {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => h.lockGranted,
      quit: () => h.quit++,
      on: (name: string, fn: (...args: unknown[]) => void) => h.appEvents.set(name, fn),
      whenReady: () => Promise.resolve(),
      getAppPath: () => '/opt/counter',
      getPath: () => process.env.COUNTER_DATA_DIR,
    },
    BrowserWindow,
    ipcMain: { handle: (channel: string, fn: never) => h.handlers.set(channel, fn) },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => h.schemes.push(...s),
      handle: (_scheme: string, fn: never) => (h.protocolHandler = fn),
    },
    net: {
      fetch: (url: string) => {
        h.fetched.push(url);
        return Promise.resolve(new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }));
      },
    },
    // No keychain in this stand-in: the PIN pepper stays a plain key file.
    safeStorage: { isEncryptionAvailable: () => false },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: never) => (h.permissionHandler = fn),
        setPermissionCheckHandler: (fn: never) => (h.permissionCheck = fn),
      },
    },
  };
});

let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'counter-electron-'));
  process.env.COUNTER_DATA_DIR = dataDir;
  await import('../../electron/main');
  await new Promise((r) => setTimeout(r, 50)); // let app.whenReady().then(...) run
});
afterAll(() => {
  h.appEvents.get('will-quit')?.();
  rmSync(dataDir, { recursive: true, force: true });
  delete process.env.COUNTER_DATA_DIR;
});

const appFrame = { senderFrame: { url: 'app://counter/index.html', parent: null }, sender: { id: 7 } };

describe('Electron shell', () => {
  it('opens one window with the security checklist applied', () => {
    expect(h.windows).toHaveLength(1);
    const prefs = h.windows[0]!.options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(prefs.preload).toBe('/opt/counter/dist/electron/preload.cjs');
    // Run from the checkout (not packaged): DevTools stay available to the developer.
    expect(prefs.devTools).toBe(true);
    expect(h.windows[0]!.url).toBe('app://counter/index.html');
  });

  it('takes the single-instance lock; a second launch quits without opening the ledger', async () => {
    expect(h.quit).toBe(0);
    expect(h.appEvents.has('second-instance')).toBe(true);
    h.lockGranted = false;
    vi.resetModules();
    await import('../../electron/main');
    await new Promise((r) => setTimeout(r, 20));
    expect(h.quit).toBe(1);
    expect(h.windows).toHaveLength(1);
    h.lockGranted = true;
  });

  it('registers every contract command over IPC, and nothing else', () => {
    expect([...h.handlers.keys()].sort()).toEqual(commandNameList.map(commandChannel).sort());
  });

  it('answers the app’s own frame through the contract', async () => {
    const result = await h.handlers.get(commandChannel('app.status'))!(appFrame, { input: {}, lang: 'vi' });
    expect(result).toMatchObject({ ok: true, value: { initialized: false, ledgerEntries: 0 } });
  });

  it('refuses calls from any other frame before they reach the contract', async () => {
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', '']) {
      await expect(
        h.handlers.get(commandChannel('setup.initialize'))!({ senderFrame: { url }, sender: { id: 9 } }, { input: {} }),
      ).rejects.toThrow(/IPC refused/);
    }
    await expect(h.handlers.get(commandChannel('app.status'))!({ senderFrame: null, sender: { id: 9 } }, {})).rejects.toThrow();
  });

  it('refuses, and logs, a call from a subframe even when it shows the app itself', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const subframe = { senderFrame: { url: 'app://counter/index.html', parent: appFrame.senderFrame }, sender: { id: 7 } };
      await expect(h.handlers.get(commandChannel('app.status'))!(subframe, { input: {} })).rejects.toThrow(/IPC refused: .* from a subframe/);
      expect(warn.mock.calls.map((c) => c.join(' '))).toEqual([expect.stringMatching(/^\[electron\] IPC refused: .*app\.status from a subframe/)]);
    } finally {
      warn.mockRestore();
    }
  });

  it('refuses navigation away from the app, new windows, webviews and permissions', () => {
    const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
    let openHandler: (() => unknown) | undefined;
    const contents = {
      on: (name: string, fn: never) => listeners.set(name, fn),
      setWindowOpenHandler: (fn: () => unknown) => (openHandler = fn),
    };
    h.appEvents.get('web-contents-created')!({}, contents);
    const attempt = (name: string, url?: string) => {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)!(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(attempt('will-navigate', 'https://example.com/')).toBe(true);
    expect(attempt('will-navigate', 'app://counter/index.html')).toBe(false);
    expect(attempt('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(attempt('will-attach-webview')).toBe(true);
    expect(openHandler!()).toEqual({ action: 'deny' });
    const answer = vi.fn();
    h.permissionHandler!({}, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
    expect(['media', 'notifications', 'clipboard-read'].map((p) => h.permissionCheck!({}, p))).toEqual([false, false, false]);
  });

  it('serves the screens from app://counter with a strict CSP, only from the built renderer', async () => {
    expect(h.schemes[0]).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } });
    const response = await h.protocolHandler!(new Request('app://counter/index.html'));
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'.*script-src 'self'/);
    expect(h.fetched.at(-1)).toBe('file:///opt/counter/dist/renderer/index.html');
    await h.protocolHandler!(new Request('app://counter/%2e%2e/%2e%2e/etc/passwd'));
    expect(h.fetched.at(-1)).toMatch(/^file:\/\/\/opt\/counter\/dist\/renderer\//);
  });
});
