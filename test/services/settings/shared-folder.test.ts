// Settings shared by two processes (the app and an `ogo` command): each keeps the last
// good copy of settings.json up to date, so copies must never tear or collide, and no
// temp file may be left behind. Spawns real child processes on temp folders only.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'update-settings.ts');

/** Runs `count` children together on `dataDir`; resolves with each one's exit code and output. */
async function runTogether(dataDir: string, count: number, updates: number) {
  const children = Array.from({ length: count }, (_, index) =>
    spawn(process.execPath, ['--import', 'tsx', FIXTURE, dataDir, String(updates), `p${index}`]),
  );
  const finished = children.map(
    (child) =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('close', (code) => resolve({ code, output }));
      }),
  );
  await Promise.all(
    children.map((child) => new Promise((resolve) => child.stdout.once('data', resolve))),
  );
  for (const child of children) child.stdin.end('go\n');
  return Promise.all(finished);
}

/** Reads the copy over and over until `done` settles; returns every read that did not parse. */
async function watchCopy(path: string, done: Promise<unknown>): Promise<string[]> {
  let finished = false;
  void done.then(() => (finished = true));
  const torn: string[] = [];
  while (!finished) {
    const text = await readFile(path, 'utf8').catch(() => null);
    if (text === null) continue;
    try {
      JSON.parse(text);
    } catch {
      torn.push(text.slice(0, 40));
    }
  }
  return torn;
}

describe('settings shared by two processes', () => {
  it('never shows a half-written last good copy and leaves no temp files when processes change settings at once', async () => {
    for (let round = 0; round < 3; round++) {
      const dataDir = await mkdtemp(join(tmpdir(), 'ogo-settings-shared-'));
      try {
        const running = runTogether(dataDir, 3, 150);
        const torn = await watchCopy(join(dataDir, 'settings.last-good.json'), running);
        const outcomes = await running;
        assert.deepEqual(torn, [], `round ${round}: a reader saw a half-written copy`);
        for (const outcome of outcomes) {
          assert.equal(outcome.code, 0, outcome.output);
          assert.match(outcome.output, /notice null/);
        }
        const copy: unknown = JSON.parse(await readFile(join(dataDir, 'settings.last-good.json'), 'utf8'));
        assert.equal(typeof copy, 'object');
        const left = await readdir(dataDir);
        assert.deepEqual(left.filter((file) => /partial|damaged/.test(file)), [], `round ${round}`);
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    }
  });
});
