// handlers: signing out takes live updates down while OGOship still answers
// (webhooks removed, status off), and the next sign-in brings them back only
// because the user had them on, with a fresh status.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { LiveStatus } from '../../../shared/contract/webhooks.js';
import { createServices } from '../../../electron/services/create-services.js';
import { createHandlers } from '../../../electron/services/handlers/index.js';
import { createRouter } from '../../../electron/services/router.js';

async function eventually(check: () => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 200; tries += 1) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  assert.fail(`never happened: ${what}`);
}

describe('handlers: live updates across sign-out', () => {
  it('disconnects on sign-out before the tokens go, and reconnects fresh on the next sign-in', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ogo-live-sign-out-'));
    const services = await createServices({
      dataDir,
      keychainService: `ogo-live-sign-out-${randomUUID().slice(0, 8)}`,
      env: {},
      logConsole: false,
    });
    try {
      const webhooks = services.webhooks;
      assert.ok(webhooks, 'live updates run in a background process');
      const router = createRouter(createHandlers(services), () => undefined);
      const signedIn = await router.call('session.trySandbox', undefined);
      assert.equal(signedIn.ok, true, JSON.stringify(signedIn));
      // The receiver is reachable on loopback, so a forwarded URL at it is a working "tunnel".
      webhooks.preferences.update({ tunnel: 'forwarded', forwardedUrl: webhooks.receiver.localUrl });
      const on = (await router.call('live.connect', {})) as { ok: true; value: LiveStatus };
      assert.equal(on.value.state, 'connected', on.value.reason);
      assert.equal((await services.api.webhooks.list()).length, 2);

      const out = await router.call('session.signOut', undefined);
      assert.equal(out.ok, true, JSON.stringify(out));
      const afterOut = (await router.call('live.status', {})) as { value: LiveStatus };
      assert.equal(afterOut.value.state, 'down');
      assert.match(afterOut.value.reason, /^Live updates are off;/, 'the webhooks were removed without an error');
      assert.equal(afterOut.value.lastDeliveryAt, null);

      const again = await router.call('session.trySandbox', undefined);
      assert.equal(again.ok, true, JSON.stringify(again));
      await eventually(() => webhooks.live.status().state === 'connected', 'live updates reconnect after sign-in');
      // Two, not four: the old pair was removed at sign-out, so the reconnect made a fresh pair.
      assert.equal((await services.api.webhooks.list()).length, 2, 'fresh webhooks point at the receiver again');
      await eventually(() => webhooks.live.status().lastSyncAt !== null, 'the reconnect syncs');
    } finally {
      await services.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
