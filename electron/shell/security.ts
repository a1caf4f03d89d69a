// Locks the window down: web preferences, CSP headers, no navigation, no new
// windows, no permissions, links only to the system browser after a scheme
// check. Must never loosen a setting to make something work.
import {
  shell,
  type BrowserWindowConstructorOptions,
  type Session,
  type WebContents,
} from 'electron';
import { CONTENT_SECURITY_POLICY, isSafeExternalUrl } from './csp.js';

/** The renderer runs isolated, sandboxed and without Node. */
export function secureWebPreferences(
  preloadPath: string,
): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/** Adds the CSP to every response and refuses every permission request. */
export function hardenSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Opens a link in the system browser if its scheme is safe; otherwise drops it. */
export function openExternally(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
}

/** Blocks navigation away from the app and every new window; links go out via the OS. */
export function lockNavigation(contents: WebContents): void {
  // The renderer is a single page: any navigation is either a plain link (sent
  // to the system browser) or an attack, so the page itself never changes.
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openExternally(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
}
