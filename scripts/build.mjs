// Builds everything `npm start` and the tests run: the Electron main and
// preload bundles, the browser preview host bundle, and the renderer (Vite).
// Never bundles electron or native modules: they load from node_modules at run time.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();

/** Modules that must stay outside the bundles: Electron itself and native or optional addons. */
const EXTERNAL = [
  'electron',
  '@napi-rs/keyring',
  '@napi-rs/keyring-*',
  '@ngrok/ngrok',
  '@ngrok/ngrok-*',
  'dbus-next',
  'localtunnel',
  'electron-log',
  'electron-store',
];

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: 'linked',
  external: EXTERNAL,
  logLevel: 'warning',
  absWorkingDir: root,
};

// The import preview runs on a worker thread started from its own module's URL;
// in a bundle that module is inlined, so the URL is pointed at a bundle of the
// worker alone, placed beside each bundle that may start it.
const WORKER_FILE = 'import-preview-worker.cjs';
const withImportWorker = {
  define: { 'import.meta.url': '__ogoImportWorkerUrl' },
  banner: {
    js: `var __ogoImportWorkerUrl = require('node:url').pathToFileURL(require('node:path').join(__dirname, '${WORKER_FILE}')).href;`,
  },
};
const workerEntry = 'electron/services/import/preview-worker.ts';

// The renderer: relative asset paths so the same files load from file:// (Electron) and
// http://127.0.0.1 (preview); nothing inlined, because the CSP allows only our own files.
const rendererConfig = {
  configFile: false,
  root: path.join(root, 'renderer'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: path.join(root, 'dist', 'renderer'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'chrome130',
    sourcemap: false,
    // The bundle loads from local disk (or loopback), not over a network, so
    // one ~0.5 MB file costs nothing a split would save; the web-oriented
    // warning at 500 kB only alarmed people reading `npm start`.
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      // React libraries mark files 'use client' for server rendering; meaningless in this app.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
};

await Promise.all([
  esbuild({
    ...common,
    ...withImportWorker,
    entryPoints: ['electron/shell/main.ts'],
    outfile: 'dist/electron/main.cjs',
  }),
  esbuild({
    ...common,
    ...withImportWorker,
    entryPoints: [workerEntry],
    outfile: `dist/electron/${WORKER_FILE}`,
  }),
  esbuild({
    ...common,
    ...withImportWorker,
    entryPoints: [workerEntry],
    outfile: `dist/preview/${WORKER_FILE}`,
  }),
  // The sandboxed preload can require only 'electron' and a few built-ins, so it is one self-contained file.
  esbuild({
    ...common,
    entryPoints: ['electron/shell/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    platform: 'browser',
    external: ['electron'],
  }),
  esbuild({
    ...common,
    ...withImportWorker,
    entryPoints: ['electron/preview/cli.ts'],
    outfile: 'dist/preview/host.cjs',
  }),
  viteBuild(rendererConfig),
]);

console.log(
  `Built dist/electron, dist/preview and dist/renderer in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
