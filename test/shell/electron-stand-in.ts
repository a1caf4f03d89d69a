// Test helper: a stand-in `electron` module that records what the main-process
// and preload bundles ask of it, and a loader that runs a built bundle with it.
// Never used by product code; never starts a real Electron.
import Module from 'node:module';
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';

type Handler = (...args: any[]) => unknown;

/** A fake webContents that keeps its listeners and window-open handler. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: Handler | null = null;
  sent: unknown[][] = [];
  loadedUrl: string | null = null;
  setWindowOpenHandler(handler: Handler): void {
    this.windowOpenHandler = handler;
  }
  send(...args: unknown[]): void {
    this.sent.push(args);
  }
  isDestroyed(): boolean {
    return false;
  }
}

/** A fake BrowserWindow recording its constructor options. */
export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  constructor(readonly options: Record<string, any>) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.webContents.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed = () => false;
  isMinimized = () => false;
  getNormalBounds = () => ({ x: 10, y: 20, width: 1200, height: 700 });
  show(): void {}
  focus(): void {}
  restore(): void {}
}

/** Everything the main bundle registered, for assertions. */
export interface MainRecord {
  ipcHandlers: Map<string, Handler>;
  headersHandler: Handler | null;
  permissionRequestHandler: Handler | null;
  permissionCheckHandler: Handler | null;
  openedExternally: string[];
  appEvents: EventEmitter;
  sandboxEnabled: boolean;
  menuSet: boolean;
}

/** Builds the stand-in main-process `electron` module and its record. */
export function mainProcessElectron(userData: string) {
  const record: MainRecord = {
    ipcHandlers: new Map(),
    headersHandler: null,
    permissionRequestHandler: null,
    permissionCheckHandler: null,
    openedExternally: [],
    appEvents: new EventEmitter(),
    sandboxEnabled: false,
    menuSet: false,
  };
  const app = Object.assign(record.appEvents, {
    requestSingleInstanceLock: () => true,
    enableSandbox: () => {
      record.sandboxEnabled = true;
    },
    whenReady: () => Promise.resolve(),
    getPath: () => userData,
    quit: () => record.appEvents.emit('quit-called'),
    isPackaged: false,
  });
  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle: (channel: string, handler: Handler) => record.ipcHandlers.set(channel, handler),
      removeHandler: (channel: string) => record.ipcHandlers.delete(channel),
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (handler: Handler) => (record.headersHandler = handler) },
        setPermissionRequestHandler: (handler: Handler) =>
          (record.permissionRequestHandler = handler),
        setPermissionCheckHandler: (handler: Handler) => (record.permissionCheckHandler = handler),
      },
    },
    shell: { openExternal: (url: string) => record.openedExternally.push(url) },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: () => (record.menuSet = true),
    },
    Notification: Object.assign(
      class extends EventEmitter {
        show(): void {}
      },
      { isSupported: () => false },
    ),
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  };
  return { electron, record };
}

/** Runs a CommonJS bundle with `require('electron')` answered by the stand-in. */
export function loadWithElectron(bundlePath: string, electron: unknown): unknown {
  const moduleWithLoad = Module as unknown as {
    _load: (request: string, ...rest: unknown[]) => unknown;
  };
  const original = moduleWithLoad._load;
  moduleWithLoad._load = function load(request: string, ...rest: unknown[]) {
    if (request === 'electron') return electron;
    return original.call(this, request, ...rest);
  };
  try {
    const require = createRequire(import.meta.url);
    delete require.cache[bundlePath];
    return require(bundlePath);
  } finally {
    moduleWithLoad._load = original;
  }
}
