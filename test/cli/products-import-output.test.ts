// `ogo products import` never lets a crafted CSV drive the terminal: control
// characters in headers, codes and messages are shown escaped (`\x1b`), and the
// --json output holds none raw. A real process against a real sandbox on loopback.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startSandbox, type SandboxHandle } from '../../electron/sandbox/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CRAFTED = 'BRK-ESC\x1b[31mRED\x1b[2J';
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe('products import output', () => {
  let sandbox: SandboxHandle;
  let dataDir: string;
  let file: string;
  const keychain = `ogo-import-output-test-${randomUUID()}`;

  function ogo(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const env = { ...process.env, OGO_DATA_DIR: dataDir, OGO_KEYCHAIN_SERVICE: keychain };
    const child = spawn(join(ROOT, 'node_modules/.bin/node'), ['bin/ogo.mjs', '--sandbox', sandbox.url, 'products', 'import', ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdin.end();
    return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  }

  before(async () => {
    sandbox = await startSandbox({ orders: 0, products: 5 });
    dataDir = await mkdtemp(join(tmpdir(), 'ogo-import-output-'));
    file = join(dataDir, 'crafted.csv');
    // A crafted unknown header, a code with escape sequences (twice, so the import is blocked) and a C1 CSI.
    await writeFile(file, [`code;name;languageCode;Note${CRAFTED}`, `${CRAFTED};A;fi;x`, `${CRAFTED};B;fi;y`, 'C1-\u009b2J;C;fi;z'].join('\n'));
  });
  after(async () => {
    await sandbox.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('shows escape sequences from the file as \\x1b text, never as raw control characters', async () => {
    const run = await ogo([file]);
    assert.equal(run.code, 1, run.stderr);
    const shown = run.stdout + run.stderr;
    assert.doesNotMatch(shown, RAW_CONTROL);
    assert.ok(shown.includes('NoteBRK-ESC\\x1b[31mRED\\x1b[2J'), shown);
    assert.match(shown, /Cannot import yet/);
  });

  it('--json holds no raw control character and reads back to the codes as written', async () => {
    const run = await ogo([file, '--dry-run', '--json']);
    assert.equal(run.code, 1, run.stderr);
    assert.doesNotMatch(run.stdout, RAW_CONTROL);
    const { preview } = JSON.parse(run.stdout);
    assert.ok(preview.unknownHeaders.includes(`Note${CRAFTED}`));
    assert.deepEqual(preview.samples.invalid.map((row: { code: string }) => row.code), [CRAFTED, CRAFTED, 'C1-\u009b2J']);
  });
});
