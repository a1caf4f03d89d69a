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
  'conf',
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

await Promise.all([
  esbuild({ ...common, entryPoints: ['electron/shell/main.ts'], outfile: 'dist/electron/main.cjs' }),
  // The sandboxed preload can require only 'electron' and a few built-ins, so it is one self-contained file.
  esbuild({ ...common, entryPoints: ['electron/shell/preload.ts'], outfile: 'dist/electron/preload.cjs', platform: 'browser', external: ['electron'] }),
  esbuild({ ...common, entryPoints: ['electron/preview/cli.ts'], outfile: 'dist/preview/host.cjs' }),
  viteBuild({ configFile: path.join(root, 'renderer/vite.config.ts') }),
]);

console.log(`Built dist/electron, dist/preview and dist/renderer in ${((Date.now() - started) / 1000).toFixed(1)} s`);
