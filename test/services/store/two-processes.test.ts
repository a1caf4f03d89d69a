// Two OGO Desk processes (the app and an `ogo` command, or two commands) on one data
// folder: they must never break each other — no error, no damaged-file set aside, no
// leftover temp copies — and a command that cannot get the write lock says why in
// plain words. Spawns real child processes on temp folders only.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../../electron/services/store/index.js';
import { DataFolderBusyError } from '../../../electron/services/store/database.js';
import { openStoreWithRecovery } from '../../../electron/services/store/recovery.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'open-data-folder.ts');
const NODE = process.execPath;

interface Outcome {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A small seeded generator (mulberry32), so every run spawns the same mix. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Starts every child, waits until all have loaded, then releases them at once. */
async function runTogether(dataDir: string, writes: number[]): Promise<Outcome[]> {
  const children = writes.map((count, index) =>
    spawn(NODE, ['--import', 'tsx', FIXTURE, dataDir, String(count), `p${index}`], {
      stdio: ['pipe', 'pipe', 'pipe'],
    }),
  );
  const outcomes = children.map(
    (child) =>
      new Promise<Outcome>((resolve) => {
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      }),
  );
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          const onData = (chunk: Buffer) => {
            if (!chunk.toString().includes('ready')) return;
            child.stdout.off('data', onData);
            resolve();
          };
          child.stdout.on('data', onData);
        }),
    ),
  );
  for (const child of children) child.stdin.end('go\n');
  return Promise.all(outcomes);
}

async function withDataDir(work: (dataDir: string) => Promise<void>): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ogo-two-processes-'));
  try {
    await work(dataDir);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

describe('store shared by two processes', () => {
  it('lets processes open a new data folder together without errors, damaged files or temp copies', async () => {
    const random = seeded(20261204);
    for (let round = 0; round < 10; round++) {
      const writes = Array.from({ length: 2 + Math.floor(random() * 2) }, () => 1 + Math.floor(random() * 4));
      await withDataDir(async (dataDir) => {
        const outcomes = await runTogether(dataDir, writes);
        for (const outcome of outcomes) {
          assert.equal(outcome.stderr, '', `round ${round}: a process wrote an error`);
          assert.equal(outcome.code, 0, `round ${round}: a process failed`);
          assert.match(outcome.stdout, /notices \[\]/, `round ${round}: a process reported damage`);
        }
        const left = await readdir(dataDir);
        assert.deepEqual(left.filter((file) => /damaged|partial|\.tmp/.test(file)), [], `round ${round}`);
        const store = openStore(join(dataDir, 'ogo.db'));
        const saved = writes.reduce((sum, count) => sum + count, 0);
        assert.equal(store.orders.query({ limit: 100 }).total, saved, `round ${round}: lost a write`);
        store.close();
      });
    }
  });

  it('says another window or command is using the folder when the write lock stays taken', async () => {
    await withDataDir(async (dataDir) => {
      const path = join(dataDir, 'ogo.db');
      const holder = new DatabaseSync(path);
      holder.exec('PRAGMA journal_mode = WAL; BEGIN IMMEDIATE; CREATE TABLE held (id INTEGER)');
      try {
        assert.throws(
          () => openStoreWithRecovery(path),
          (error: unknown) =>
            error instanceof DataFolderBusyError &&
            /Another OGO Desk window or ogo command is using this data folder; try again when it has finished/.test(
              error.message,
            ),
        );
      } finally {
        holder.exec('ROLLBACK');
        holder.close();
      }
      assert.deepEqual((await readdir(dataDir)).filter((file) => file.includes('damaged')), []);
    });
  });

  it('says the same when a write finds the lock taken after the folder was opened', async () => {
    await withDataDir(async (dataDir) => {
      const path = join(dataDir, 'ogo.db');
      const { store } = openStoreWithRecovery(path);
      const holder = new DatabaseSync(path);
      holder.exec('BEGIN IMMEDIATE; DELETE FROM sync_state');
      try {
        assert.throws(() => store.clearCache(), DataFolderBusyError);
      } finally {
        holder.exec('ROLLBACK');
        holder.close();
        store.close();
      }
    });
  });
});
