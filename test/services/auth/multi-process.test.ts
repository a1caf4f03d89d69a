// Tests of the token lifecycle across real processes sharing one keychain entry
// and data folder: racing refreshes never burn a refresh token, and a kill -9
// between the token answer and the keychain write is survived without user input.
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { TokenManager } from '../../../electron/services/auth/token-manager.js';
import { DEMO, createAuthWorld, type AuthWorld } from './fixtures/harness.js';

const workerScript = fileURLToPath(new URL('./fixtures/token-worker.ts', import.meta.url));

interface Worker {
  child: ChildProcessWithoutNullStreams;
  /** The next JSON line the worker prints. */
  next(): Promise<Record<string, unknown>>;
}

function startWorker(world: AuthWorld, ...args: string[]): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', workerScript, ...args], {
    env: {
      ...process.env,
      OGO_TEST_AUTH_URL: world.sandbox.url,
      OGO_TEST_SERVICE: world.serviceName,
      OGO_TEST_MERCHANT: DEMO.merchantId,
      OGO_TEST_DATA: world.dataFolder,
    },
  });
  child.stderr.pipe(process.stderr);
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return {
    child,
    next: async () => {
      const line = await lines.next();
      if (line.done) throw new Error(`worker ${args.join(' ')} ended without output`);
      return JSON.parse(line.value) as Record<string, unknown>;
    },
  };
}

describe('token lifecycle across processes', () => {
  let world: AuthWorld;

  beforeEach(async () => {
    world = await createAuthWorld();
    await world.vault.saveCredentials(DEMO);
    const signIn = new TokenManager({
      authUrl: world.sandbox.url,
      vault: world.vault,
      merchantId: DEMO.merchantId,
      dataFolder: world.dataFolder,
    });
    await signIn.accessToken();
    signIn.close();
  });

  afterEach(async () => {
    await world.close();
  });

  it('two processes refreshing at once, many times, never burn a refresh token', async () => {
    const rounds = 12;
    const workers = [
      startWorker(world, 'refresh', String(rounds)),
      startWorker(world, 'refresh', String(rounds)),
    ];
    for (const worker of workers) assert.deepEqual(await worker.next(), { ready: true });

    for (const worker of workers) worker.child.stdin.write('go\n');
    const outcomes = await Promise.all(workers.map((worker) => worker.next()));

    assert.deepEqual(outcomes, [
      { ok: true, apiOk: rounds },
      { ok: true, apiOk: rounds },
    ]);
    const calls = (await world.tokenCalls()).map((call) => `${call.grantType} ${call.status}`);
    assert.deepEqual(calls, [
      'password 200',
      ...Array<string>(2 * rounds).fill('refresh_token 200'),
    ]);
  });

  it('after a kill -9 between the token answer and the keychain write, a restart reaches the API unaided', async () => {
    const doomed = startWorker(world, 'pause-before-save');
    assert.deepEqual(await doomed.next(), { paused: true });
    const lockFiles = await fs.readdir(path.join(world.dataFolder, 'locks'));

    doomed.child.kill('SIGKILL');
    await once(doomed.child, 'exit');
    const restarted = startWorker(world, 'call-api');
    const outcome = await restarted.next();

    assert.equal(lockFiles.length, 1, 'the killed process died holding the lock');
    assert.deepEqual(outcome, { ok: true, status: 200 });
    const calls = (await world.tokenCalls()).map((call) => `${call.grantType} ${call.status}`);
    // The killed refresh burned the saved token; the restart notices and uses the secret token.
    assert.deepEqual(calls, [
      'password 200',
      'refresh_token 200',
      'refresh_token 400',
      'password 200',
    ]);
  });
});
