// Tests for the cross-process refresh lock: one holder at a time, locks of dead
// or ancient owners are broken, a live owner is waited for and then given up on.
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { AuthError } from '../../../shared/errors.js';
import { withFileLock } from '../../../electron/services/auth/refresh-lock.js';

describe('refresh-lock', () => {
  let folder: string;
  let lockPath: string;

  beforeEach(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'ogo-lock-'));
    lockPath = path.join(folder, 'locks', 'refresh-test.lock');
  });

  afterEach(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  async function writeLock(pid: number): Promise<void> {
    await fs.mkdir(path.dirname(lockPath), { recursive: true });
    await fs.writeFile(
      lockPath,
      JSON.stringify({ pid, host: os.hostname(), nonce: 'someone-else' }),
    );
  }

  it('lets only one holder in at a time and removes the file afterwards', async () => {
    let inside = 0;
    let most = 0;

    await Promise.all(
      Array.from({ length: 20 }, () =>
        withFileLock(lockPath, { pollMs: 2 }, async () => {
          inside += 1;
          most = Math.max(most, inside);
          await sleep(2);
          inside -= 1;
        }),
      ),
    );

    assert.equal(most, 1);
    assert.deepEqual(await fs.readdir(path.dirname(lockPath)), []);
  });

  it('breaks a lock whose owner process has died', async () => {
    const child = spawn(process.execPath, ['-e', '']);
    await once(child, 'exit');
    await writeLock(child.pid!);

    const result = await withFileLock(lockPath, { waitMs: 2_000 }, async () => 'acquired');

    assert.equal(result, 'acquired');
  });

  it('waits for a live owner and gives up with a clear AuthError', async () => {
    await writeLock(process.pid);

    await assert.rejects(
      withFileLock(lockPath, { waitMs: 200, pollMs: 10 }, async () => 'acquired'),
      (error: unknown) => error instanceof AuthError && /still signing in/.test(error.message),
    );
    assert.equal(
      JSON.parse(await fs.readFile(lockPath, 'utf8')).nonce,
      'someone-else',
      'the live lock was left alone',
    );
  });

  it('breaks a lock older than the stale age even when its owner seems alive', async () => {
    await writeLock(process.pid);
    const longAgo = new Date(Date.now() - 10 * 60_000);
    await fs.utimes(lockPath, longAgo, longAgo);

    const result = await withFileLock(
      lockPath,
      { staleMs: 60_000, waitMs: 2_000 },
      async () => 'acquired',
    );

    assert.equal(result, 'acquired');
  });

  it("keeps a slow but live holder's lock fresh, so nobody breaks it as stale", async () => {
    const options = { staleMs: 200, pollMs: 10 };
    const events: string[] = [];

    const slow = withFileLock(lockPath, options, async () => {
      events.push('slow in');
      await sleep(700);
      events.push('slow out');
    });
    await sleep(50);
    const eager = withFileLock(lockPath, options, async () => {
      events.push('eager in');
    });
    await Promise.all([slow, eager]);

    assert.deepEqual(events, ['slow in', 'slow out', 'eager in']);
  });
});
