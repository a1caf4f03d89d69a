// The service graph as the app, the preview host and the CLI build it: restore,
// switch to the built-in sandbox, sign in, sync into the cache, close.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { createServices } from '../../electron/services/create-services.js';
import { OfflineError } from '../../shared/errors.js';

/** A loopback origin nobody listens on (bound, then released). */
async function deadOrigin(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

describe('create-services', () => {
  it('starts signed out on production, then switches to the sandbox, signs in and syncs', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'ogo-services-'));
    const services = await createServices({
      dataDir,
      keychainService: `ogo-services-test-${randomUUID()}`,
      env: {},
      logConsole: false,
      background: false,
    });
    try {
      assert.deepEqual(services.endpoints(), {
        environment: 'production',
        authUrl: 'https://my.ogoship.com',
        apiUrl: 'https://api.ogoship.com',
      });
      assert.equal(services.session().state().status, 'signedOut');

      const credentials = await services.switchToSandbox();
      const state = await services.session().signIn(credentials);
      const result = await services.sync.run();

      assert.equal(state.status, 'signedIn');
      assert.equal(state.environment, 'sandbox');
      assert.equal(services.endpoints().environment, 'sandbox');
      assert.ok(result.fetched.orders >= 2000);
      assert.equal(services.store.orders.count(), services.store.orders.query({}).total);
    } finally {
      const sandboxUrl = services.endpoints().apiUrl;
      await services.close();
      await assert.rejects(fetch(`${sandboxUrl}/__sandbox/requests`), TypeError);
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('shows offline as soon as any request cannot reach OGOship, and online when one does', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'ogo-services-'));
    const services = await createServices({
      dataDir,
      keychainService: `ogo-services-test-${randomUUID()}`,
      env: {},
      logConsole: false,
      background: false,
    });
    const heard: boolean[] = [];
    services.events.on('sync.status', (status) => heard.push(status.online));
    try {
      const credentials = await services.switchToSandbox();
      await services.session().signIn(credentials);
      const sandboxUrl = services.endpoints().apiUrl;
      await fetch(`${sandboxUrl}/__sandbox/offline`, {
        method: 'POST',
        body: JSON.stringify({ offline: true }),
      });
      await assert.rejects(services.api.orders.getByReference('NOPE-1'), OfflineError);
      assert.equal(services.sync.status().online, false, 'an API call, not a sync, went unanswered');

      await fetch(`${sandboxUrl}/__sandbox/offline`, {
        method: 'POST',
        body: JSON.stringify({ offline: false }),
      });
      await services.api.orders.list({ limit: 1, page: 1 });
      assert.equal(services.sync.status().online, true);
      assert.deepEqual(heard.slice(-2), [false, true], 'the status bar heard both flips');
    } finally {
      await services.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('lets a newcomer try the built-in sandbox on a machine without a keychain', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'ogo-services-'));
    const fixture = join(import.meta.dirname, 'fixtures', 'sandbox-without-keychain.ts');
    try {
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', fixture], {
        env: {
          ...process.env,
          DBUS_SESSION_BUS_ADDRESS: `unix:path=/tmp/ogo-no-bus-${randomUUID()}`,
          OGO_TEST_DATA: dataDir,
          OGO_TEST_SERVICE: `ogo-services-test-${randomUUID()}`,
        },
      });
      const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
      assert.deepEqual(result, { before: 'keychainUnavailable', after: 'signedIn', orders: 5 });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('starts background work by default and stops all of it on close', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'ogo-services-'));
    const services = await createServices({
      dataDir,
      keychainService: `ogo-services-test-${randomUUID()}`,
      env: {},
      logConsole: false,
    });
    const receiverPort = services.webhooks?.receiver.port;
    try {
      assert.ok(receiverPort, 'the webhook receiver listens');
      await services.switchToSandbox();
    } finally {
      await services.close();
      await rm(dataDir, { recursive: true, force: true });
    }
    await assert.rejects(fetch(`http://127.0.0.1:${receiverPort}/`), TypeError);
  });

  it('talks to the origins it is given and reports a dead one as offline', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'ogo-services-'));
    const origin = await deadOrigin();
    const services = await createServices({
      dataDir,
      keychainService: `ogo-services-test-${randomUUID()}`,
      authUrl: origin,
      apiUrl: `${origin}/`,
      env: { OGO_MERCHANT_ID: 'm-1', OGO_SECRET_TOKEN: 'not-a-real-secret' },
      logConsole: false,
      background: false,
    });
    try {
      assert.equal(services.endpoints().environment, 'custom');
      assert.equal(services.endpoints().apiUrl, origin);
      await assert.rejects(services.api.orders.list({ limit: 1 }), OfflineError);
    } finally {
      await services.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
