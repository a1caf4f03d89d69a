// Packaging: electron-builder.yml describes the installers the issue asks for,
// unpacks the native modules from asar, and its `files` select the built
// bundles but no sources, tests or source maps; every module the bundles load
// at run time is a production dependency, so the installer carries it. Checked
// without the Electron runtime, which cannot be downloaded here.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { minimatch } from 'minimatch';

const root = path.resolve(import.meta.dirname, '../..');
// js-yaml (electron-builder's own YAML reader) ships no types; only load() is used.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'release', '.artifacts', '.tmp']);

interface BuilderConfig {
  files: string[];
  asarUnpack: string[];
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[] };
}

/** Every project file outside node_modules and VCS folders, relative to the root. */
async function projectFiles(): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .filter((file) => !SKIPPED_DIRS.has(file.split('/')[0]!));
}

/** electron-builder's rule: patterns apply in order, a leading ! excludes, the last match wins. */
function packed(files: string[], patterns: string[]): string[] {
  return files.filter((file) => {
    let included = false;
    for (const pattern of patterns) {
      const negated = pattern.startsWith('!');
      if (minimatch(file, negated ? pattern.slice(1) : pattern, { dot: true })) included = !negated;
    }
    return included;
  });
}

/** Bare module names a CommonJS bundle requires at run time. */
function runtimeRequires(bundle: string): string[] {
  const text = readFileSync(path.join(root, bundle), 'utf8');
  // A require inside a string is code a library generates (ajv), not a load of this bundle.
  const names = [...text.matchAll(/(?<!['"`])require\("([^".][^"]*)"\)/g)].map(
    (match) => match[1]!,
  );
  const packageName = (name: string) =>
    name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!;
  const builtins = new Set(builtinModules);
  return [...new Set(names.map(packageName))].filter(
    (name) => !name.startsWith('node:') && !builtins.has(name),
  );
}

describe('packaging', () => {
  let config: BuilderConfig;
  let pkg: {
    main: string;
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  let packedFiles: string[];

  before(async () => {
    assert.ok(
      existsSync(path.join(root, 'dist', 'electron', 'main.cjs')),
      'run npm run build first',
    );
    config = yaml.load(
      readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'),
    ) as BuilderConfig;
    pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    packedFiles = packed(await projectFiles(), config.files);
  });

  it('builds AppImage and deb on Linux, NSIS on Windows and a DMG on macOS', () => {
    assert.deepEqual(config.linux.target, ['AppImage', 'deb']);
    assert.deepEqual(config.win.target, ['nsis']);
    assert.deepEqual(config.mac.target, ['dmg']);
  });

  it('unpacks the installed keychain and ngrok native modules from the asar archive', async () => {
    const nativeFiles = (await readdir(path.join(root, 'node_modules'), { recursive: true }))
      .map((file) => `node_modules/${String(file).split(path.sep).join('/')}`)
      .filter(
        (file) => /^node_modules\/@(napi-rs\/keyring|ngrok\/)/.test(file) && file.endsWith('.node'),
      );
    assert.ok(nativeFiles.length > 0, 'a native keychain or ngrok binary is installed');
    for (const file of nativeFiles) {
      assert.ok(
        config.asarUnpack.some((pattern) => minimatch(file, pattern, { dot: true })),
        `${file} is unpacked`,
      );
    }
  });

  it('packs the main, preload, worker and renderer bundles and package.json', () => {
    for (const file of [
      pkg.main,
      'dist/electron/preload.cjs',
      'dist/electron/import-preview-worker.cjs',
      'dist/renderer/index.html',
      'package.json',
    ]) {
      assert.ok(packedFiles.includes(file), `${file} is packed`);
    }
    assert.ok(packedFiles.some((file) => /^dist\/renderer\/assets\/.+\.js$/.test(file)));
  });

  it('packs no source, test, source map or local data', () => {
    const unwanted = packedFiles.filter(
      (file) =>
        /\.(ts|tsx|map)$/.test(file) ||
        /^(test|bench|electron|renderer|shared|scripts|docs)\//.test(file) ||
        file.startsWith('.'),
    );
    assert.deepEqual(unwanted, []);
  });

  it('loads at run time only Electron and production dependencies', () => {
    for (const bundle of [pkg.main, 'dist/electron/import-preview-worker.cjs']) {
      for (const name of runtimeRequires(bundle)) {
        if (name === 'electron') continue;
        assert.ok(
          name in pkg.dependencies,
          `${bundle} requires ${name}, which must be a production dependency`,
        );
      }
    }
  });
});
