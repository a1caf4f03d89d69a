// Electron main process: one locked-down window over the services, the contract
// wired to IPC with sender checks, and a quit that lets work in flight finish or
// pause. The only place (with its siblings) that imports electron; it never
// handles a secret itself.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, ipcMain, session } from 'electron';
import { createServices } from '../services/create-services.js';
import { createHandlers } from '../services/handlers/index.js';
import { createRouter } from '../services/router.js';
import { forwardEvents, registerOperations } from './ipc.js';
import { installMenu } from './menu.js';
import { zipSaveDialog } from './save-dialog.js';
import { showNotifications } from './notifications.js';
import { hardenSession, lockNavigation, secureWebPreferences } from './security.js';
import { initialBounds, trackBounds } from './window-state.js';
import { settingsBoundsStore } from './settings-bounds.js';

const rendererDir = path.join(__dirname, '..', 'renderer');
const rendererUrl = pathToFileURL(path.join(rendererDir, 'index.html')).href;

/** True for our own renderer page (any hash or query), nothing else. */
function isAppUrl(url: string): boolean {
  return (
    url === rendererUrl || url.startsWith(`${rendererUrl}#`) || url.startsWith(`${rendererUrl}?`)
  );
}

let mainWindow: BrowserWindow | null = null;
const getWindow = (): BrowserWindow | null => mainWindow;

function showWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function createWindow(bounds: ReturnType<typeof initialBounds>): BrowserWindow {
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 900,
    minHeight: 560,
    show: false,
    title: 'OGO Desk',
    backgroundColor: '#16181d',
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  lockNavigation(window.webContents);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(rendererUrl);
  return window;
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', showWindow);
  app.enableSandbox();
  await app.whenReady();

  // OGO_DATA_DIR and OGO_KEYCHAIN_SERVICE let tests (and a second profile) run beside the real one.
  const services = await createServices({
    dataDir: process.env.OGO_DATA_DIR || app.getPath('userData'),
    keychainService: process.env.OGO_KEYCHAIN_SERVICE || undefined,
  });
  const host = { chooseSavePath: zipSaveDialog(getWindow) };
  const router = createRouter(createHandlers(services, host), (name, error) =>
    services.log.error('ipc', name, error),
  );
  hardenSession(session.defaultSession);
  registerOperations(ipcMain, router, getWindow, isAppUrl);
  forwardEvents(services.events, getWindow);
  showNotifications(services.events, getWindow);
  installMenu(process.platform === 'darwin');

  const boundsStore = settingsBoundsStore(services.settings);
  mainWindow = createWindow(initialBounds(boundsStore));
  trackBounds(mainWindow, boundsStore);

  app.on('activate', () => {
    if (!mainWindow) mainWindow = createWindow(initialBounds(boundsStore));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  quitAfterClosing(services.close);
}

/** Holds every quit until the services have finished or paused their work. */
function quitAfterClosing(closeServices: () => Promise<void>): void {
  let closing = false;
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    if (closing) return;
    closing = true;
    void closeServices()
      .catch(() => undefined)
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}

void start();
