// The secret hygiene search itself: it finds a secret written plainly, URL- or
// JSON-escaped, as UTF-16, and inside a zip, and names the place and kind only.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { scanFolder, type Secret } from './secret-scan.js';

const SECRET: Secret = { label: 'client secret', value: 'Plant/ed+Secret "42"' };

describe('secret scan', () => {
  let folder: string;

  before(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'ogo-scan-'));
    await mkdir(path.join(folder, 'logs'));
    await writeFile(path.join(folder, 'clean.txt'), 'nothing to see');
    await writeFile(path.join(folder, 'logs/plain.log'), `line ${SECRET.value}\n`);
    await writeFile(path.join(folder, 'form.txt'), `x=${encodeURIComponent(SECRET.value)}`);
    await writeFile(path.join(folder, 'data.json'), JSON.stringify({ v: SECRET.value }));
    await writeFile(path.join(folder, 'wide.bin'), Buffer.from(SECRET.value, 'utf16le'));
    await writeFile(
      path.join(folder, 'bundle.zip'),
      zipSync({ 'b/logs/main.log': strToU8(`leak ${SECRET.value}`) }),
    );
  });

  after(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('finds every planted copy, inside the zip too, and nothing in a clean file', async () => {
    const { hits, files } = await scanFolder(folder, [SECRET]);
    assert.equal(files.length, 6);
    assert.deepEqual(hits.map((hit) => hit.where).sort(), [
      'bundle.zip!b/logs/main.log',
      'data.json',
      'form.txt',
      'logs/plain.log',
      'wide.bin',
    ]);
    assert.ok(hits.every((hit) => hit.label === 'client secret'));
  });
});
