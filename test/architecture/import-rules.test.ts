// Architecture: the import rules that keep the design working, checked on the
// real source tree: the renderer never imports main-side code, services never
// import electron, the shared code imports no Node or DOM API, product code
// never imports test code.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const importPattern = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(path.join(root, folder), { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

async function importsOf(file: string): Promise<string[]> {
  const text = await readFile(path.join(root, file), 'utf8');
  return [...text.matchAll(importPattern)].map((match) => match[1] ?? match[2] ?? '');
}

function resolvesInto(file: string, specifier: string, folder: string): boolean {
  if (!specifier.startsWith('.')) return false;
  const target = path.relative(root, path.resolve(root, path.dirname(file), specifier));
  return target === folder || target.startsWith(folder + path.sep);
}

async function violations(folder: string, isForbidden: (file: string, specifier: string) => boolean) {
  const found: string[] = [];
  for (const file of await sourceFiles(folder)) {
    for (const specifier of await importsOf(file)) {
      if (isForbidden(file, specifier)) found.push(`${file} imports ${specifier}`);
    }
  }
  return found;
}

const nodeBuiltin = (specifier: string) => specifier.startsWith('node:') || ['fs', 'path', 'os', 'crypto', 'http', 'child_process'].includes(specifier);

describe('architecture', () => {
  it('keeps the renderer free of main-side code and Node APIs', async () => {
    const found = await violations('renderer', (file, specifier) =>
      resolvesInto(file, specifier, 'electron') || nodeBuiltin(specifier) || specifier === 'electron',
    );
    assert.deepEqual(found, []);
  });

  it('lets only the shell import electron', async () => {
    const found = await violations('electron', (file, specifier) =>
      specifier === 'electron' && !file.startsWith(path.join('electron', 'shell') + path.sep),
    );
    assert.deepEqual(found, []);
  });

  it('keeps shared code free of Node, DOM-only and main-side imports', async () => {
    const found = await violations('shared', (file, specifier) =>
      nodeBuiltin(specifier) || specifier === 'electron' || resolvesInto(file, specifier, 'electron') || resolvesInto(file, specifier, 'renderer'),
    );
    assert.deepEqual(found, []);
  });

  it('never lets product code import test code', async () => {
    const productFolders = ['electron', 'renderer', 'shared'];
    const found: string[] = [];
    for (const folder of productFolders) {
      found.push(...(await violations(folder, (file, specifier) => resolvesInto(file, specifier, 'test') || resolvesInto(file, specifier, 'bench'))));
    }
    assert.deepEqual(found, []);
  });
});
