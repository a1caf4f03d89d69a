// `ogo products import` as a user runs it: a real process against a real sandbox,
// checking output, exit codes, the failed-rows file, and a SIGKILL mid-import
// followed by a resume that creates each product exactly once.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startSandbox, type SandboxHandle } from '../../../electron/sandbox/index.js';
import { fixture } from './helpers.js';
import { newProductsCsv, productWrites } from './sandbox-import.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

describe('ogo products import', () => {
  let sandbox: SandboxHandle;
  let dataDir: string;
  const keychain = `ogo-import-test-${randomUUID()}`;

  function start(args: string[]): { child: ChildProcess; done: Promise<Run> } {
    const env = { ...process.env, OGO_DATA_DIR: dataDir, OGO_KEYCHAIN_SERVICE: keychain };
    const child = spawn(join(ROOT, 'node_modules/.bin/node'), ['bin/ogo.mjs', '--sandbox', sandbox.url, 'products', 'import', ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdin!.end();
    return { child, done: new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr }))) };
  }
  const ogo = (args: string[]) => start(args).done;
  const csvFile = async (name: string, text: string) => {
    const path = join(dataDir, name);
    await writeFile(path, text);
    return path;
  };

  before(async () => {
    sandbox = await startSandbox({ orders: 0, products: 5, latencyMs: 25 });
    dataDir = await mkdtemp(join(tmpdir(), 'ogo-cli-import-'));
  });
  after(async () => {
    await sandbox.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('--dry-run --json shows the preview of a handed case file, sends nothing and exits 0', async () => {
    const before = (await productWrites(sandbox.url)).length;
    const run = await ogo([fixture('semicolon-decimal-comma.csv'), '--dry-run', '--json']);
    assert.equal(run.code, 0, run.stderr);
    const { preview } = JSON.parse(run.stdout);
    assert.deepEqual(preview.counts, { rows: 5, new: 5, changed: 0, unchanged: 0, invalid: 0 });
    assert.equal(preview.delimiter.delimiter, ';');
    assert.equal((await productWrites(sandbox.url)).length, before);
  });

  it('imports the valid rows, exits 1 for invalid ones, and writes them to --failed-csv', async () => {
    const failedPath = join(dataDir, 'failed.csv');
    const run = await ogo([fixture('excel-mangled-ean.csv'), '--json', '--failed-csv', failedPath]);
    assert.equal(run.code, 1, run.stderr);
    const { report } = JSON.parse(run.stdout);
    assert.deepEqual(report.counts, { created: 2, updated: 0, unchanged: 0, invalid: 4, failed: 0, notSent: 0 });
    const failed = await readFile(failedPath, 'utf8');
    assert.match(failed, /^\uFEFFcode;name;eanCode;languageCode;Import problem\r\n/);
    assert.match(failed, /\r\nSCI-1;Scientific notation, comma;6,41284E\+12;fi;"Line 3: eanCode: EAN ""6,41284E\+12"" is in scientific notation/);
    assert.equal(failed.trim().split('\r\n').length, 5);
  });

  it('exits 1 and sends nothing while codes repeat', async () => {
    const before = (await productWrites(sandbox.url)).length;
    const run = await ogo([fixture('duplicate-codes.csv')]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /line 2, code: The code "DUP-A" appears on lines 2 and 4/);
    assert.match(run.stdout, /Cannot import yet/);
    assert.equal((await productWrites(sandbox.url)).length, before);
  });

  it('exits 2 for usage errors and files it cannot read', async () => {
    assert.equal((await ogo([])).code, 2);
    assert.equal((await ogo([fixture('bom-utf8.csv'), '--delimiter', 'pipe'])).code, 2);
    assert.equal((await ogo([fixture('bom-utf8.csv'), '--concurrency', 'many'])).code, 2);
    const missing = await ogo([join(dataDir, 'missing.csv')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read .*missing\.csv \(ENOENT\)/);
  });

  it('rides connections that keep breaking while it reads the catalogue, past the API client\'s own retries', async () => {
    // Six resets outlast the client's five attempts (a few seconds); the catalogue read asks again.
    const rule = { method: 'GET', path: '/api/v1/products', count: 6, reset: true };
    const added = await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(rule) });
    assert.equal(added.status, 201);
    const run = await ogo([fixture('semicolon-decimal-comma.csv'), '--dry-run', '--json']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).preview.counts.rows, 5);
  });

  it('after a SIGKILL mid-import, running the command again resumes and creates each product exactly once', async () => {
    const file = await csvFile('crash.csv', newProductsCsv('CRASH', 80));
    const before = (await productWrites(sandbox.url)).length;
    const { child, done } = start([file, '--concurrency', '3']);
    await waitForJournalDone(join(dataDir, 'imports'), 15);
    child.kill('SIGKILL');
    assert.equal((await done).code, null);
    const killedAfter = (await productWrites(sandbox.url)).length - before;
    assert.ok(killedAfter < 80, `the first run was killed before the end (${killedAfter} writes)`);

    const resumed = await ogo([file, '--json']);
    assert.equal(resumed.code, 0, resumed.stderr);
    assert.match(resumed.stderr, /Resuming import/);
    const writes = (await productWrites(sandbox.url)).slice(before);
    assert.equal(writes.filter((entry) => entry.method === 'POST' && entry.status === 201).length, 80);
    assert.deepEqual(writes.filter((entry) => entry.status !== 201), [], 'no refused or repeated create');
    const { report } = JSON.parse(resumed.stdout);
    assert.equal(report.counts.created, 80);
  });
});

async function waitForJournalDone(folder: string, count: number): Promise<void> {
  for (let tries = 0; tries < 400; tries += 1) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names.filter((entry) => entry.endsWith('.jsonl'))) {
      const text = await readFile(join(folder, name), 'utf8');
      if ((text.match(/"type":"done"/g) ?? []).length >= count) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the import never got going');
}
