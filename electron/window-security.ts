// The Electron security checklist, in one place so a test can hold it.
import type { BrowserWindowConstructorOptions } from 'electron';

/** The app's own origin: the screens are served from this privileged custom scheme. */
export const appScheme = 'app';
export const appHost = 'counter';
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

/** True only for URLs of the app itself (Node gives custom schemes an opaque origin, so compare parts). */
export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${appScheme}:` && u.host === appHost;
  } catch {
    return false;
  }
}

/** The part of Electron's WebFrameMain an IPC check reads: a top frame has no parent. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/**
 * True only for the app's own top-level screen: an iframe inside it (even one of ours) or a
 * frame gone since the call was sent never reaches the contract.
 */
export function isAppMainFrame(frame: SenderFrame | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

/** `packaged`: an installed build, where DevTools are off (they would let anyone at the counter script the contract). */
export function windowOptions(preload: string, packaged: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Quầy Một cửa Bưu điện',
    backgroundColor: '#f6f7f9',
    autoHideMenuBar: true,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !packaged,
    },
  };
}
