// Loads the built Electron bundle in plain Node with a stand-in `electron` module, as the
// Electron runtime would load it, and prints what the app did as JSON on stdout:
//   node tests/support/load-electron-bundle.cjs APP_DIR RESOURCES_PARENT
// APP_DIR holds dist/electron/{main,preload}.cjs (what app.getAppPath() gives); the app is
// treated as packaged, with resources/ under RESOURCES_PARENT (process.resourcesPath).
// Plain CommonJS on purpose: no tsx, no vitest, nothing the real app does not have.
const Module = require('node:module');
const { join } = require('node:path');

const [appDir, resourcesParent] = process.argv.slice(2);
const seen = { windows: [], handlers: [], exposed: [], invoked: [], appEvents: [], warnings: [] };
const handlers = new Map();
const appEvents = new Map();
const exposed = new Map();

class BrowserWindow {
  static getAllWindows() {
    return [];
  }
  constructor(options) {
    this.webContents = { send() {} };
    seen.windows.push({ options });
  }
  once() {}
  on() {}
  loadURL(url) {
    seen.windows.at(-1).url = url;
    return Promise.resolve();
  }
}

let resolveReady;
const ready = new Promise((resolve) => (resolveReady = resolve));
const electron = {
  app: {
    isPackaged: true,
    requestSingleInstanceLock: () => true,
    quit() {},
    on: (name, fn) => {
      seen.appEvents.push(name);
      appEvents.set(name, fn);
    },
    whenReady: () => ready,
    getAppPath: () => appDir,
    getPath: () => process.env.COUNTER_DATA_DIR,
  },
  BrowserWindow,
  ipcMain: {
    handle: (channel, fn) => {
      seen.handlers.push(channel);
      handlers.set(channel, fn);
    },
  },
  protocol: { registerSchemesAsPrivileged() {}, handle() {} },
  // No keychain here: the PIN pepper stays a plain key file (COUNTER_SECRET_DIR).
  safeStorage: { isEncryptionAvailable: () => false },
  net: { fetch: () => Promise.reject(new Error('not served in this test')) },
  session: {
    defaultSession: {
      setPermissionRequestHandler(fn) {
        seen.permissionRequest = ['media', 'notifications', 'clipboard-read'].map((p) => {
          let granted;
          fn(null, p, (ok) => (granted = ok));
          return granted;
        });
      },
      setPermissionCheckHandler(fn) {
        seen.permissionCheck = ['media', 'notifications', 'clipboard-read'].map((p) => fn(null, p, 'app://counter', {}));
      },
    },
  },
  contextBridge: {
    exposeInMainWorld: (name, api) => {
      seen.exposed.push({ name, keys: Object.keys(api) });
      exposed.set(name, api);
    },
  },
  ipcRenderer: {
    invoke: (channel, message) => {
      seen.invoked.push({ channel, message });
      return Promise.resolve({ ok: true });
    },
    on() {},
    removeListener() {},
  },
};

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? 'electron' : resolveFilename.call(this, request, ...rest);
};
require.cache.electron = { id: 'electron', filename: 'electron', loaded: true, exports: electron };
process.resourcesPath = resourcesParent;

// What the app logs as a warning (refusals), kept to report; still shown on stderr.
console.warn = (...args) => {
  seen.warnings.push(args.map(String).join(' '));
  process.stderr.write(`${args.join(' ')}\n`);
};

/** A web contents as 'web-contents-created' hands it over, counting DevTools closes. */
function fakeContents() {
  const listeners = new Map();
  return {
    listeners,
    closedDevTools: 0,
    on(name, fn) {
      listeners.set(name, fn);
    },
    setWindowOpenHandler() {},
    closeDevTools() {
      this.closedDevTools++;
    },
  };
}

async function main() {
  require(join(appDir, 'dist', 'electron', 'main.cjs'));
  resolveReady();
  await new Promise((resolve) => setImmediate(resolve));
  const appFrame = { senderFrame: { url: 'app://counter/index.html', parent: null }, sender: { id: 1 } };
  const status = [...handlers].find(([channel]) => channel.endsWith(':app.status'))?.[1];
  seen.appStatus = status ? await status(appFrame, { input: {}, lang: 'en' }) : null;
  // The app's own page inside an iframe of the app: not the main frame, so refused.
  const subframe = { senderFrame: { url: 'app://counter/index.html', parent: appFrame.senderFrame }, sender: { id: 1 } };
  seen.subframeCall = status
    ? await status(subframe, { input: {}, lang: 'en' }).then(
        (answer) => ({ answered: answer }),
        (e) => ({ refused: e.message }),
      )
    : null;
  const contents = fakeContents();
  appEvents.get('web-contents-created')?.({}, contents);
  contents.listeners.get('devtools-opened')?.();
  seen.devToolsClosedOnOpen = contents.closedDevTools;

  require(join(appDir, 'dist', 'electron', 'preload.cjs'));
  const api = exposed.get('counter');
  if (api) {
    await api.call('app.status', {}, 'vi');
    seen.unknownCommand = await api.call('no.such', {}, 'vi').then(
      () => 'answered',
      (e) => e.message,
    );
  }
  appEvents.get('will-quit')?.();
}

main().then(
  () => process.stdout.write(JSON.stringify(seen), () => process.exit(0)),
  (e) => process.stdout.write(JSON.stringify({ ...seen, error: String(e && e.stack ? e.stack : e) }), () => process.exit(1)),
);
