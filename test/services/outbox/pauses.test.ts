// The outbox's waits against a real sandbox: a session that cannot give a
// token keeps drafts queued (nothing reaches OGOship) until the session works
// again; a 429 pauses every item; drafts stay with the merchant who made them.
import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { TokenSource } from '../../../electron/services/api/index.js';
import { AuthError } from '../../../shared/errors.js';
import { addFault, apiRequests, clearRequests, passwordGrant } from '../api/sandbox-helpers.js';
import { SIGNED_IN, queueDraft, startRig, waitFor, waitForState, type Rig } from './support.js';

/** A token source whose refresh token has died until `revive` is called. */
function expiredSession(url: () => string): TokenSource & { revive(): void } {
  let alive = false;
  return {
    revive: () => void (alive = true),
    async accessToken() {
      if (!alive) throw new AuthError('Your OGOship session ended; sign in again to send.');
      return passwordGrant(url());
    },
    async rejectAccessToken() {},
  };
}

describe('outbox pauses', () => {
  let rig: Rig | undefined;
  afterEach(() => rig?.close());

  it('keeps drafting and queueing with an expired session, and sends once signed in again', async () => {
    let url = '';
    const session = expiredSession(() => url);
    rig = await startRig({ tokenSource: session });
    url = rig.sandbox.url;
    await clearRequests(url);

    const queued = queueDraft(rig, [[rig.productCodes[0]!, 1]]);
    await waitFor('the auth pause', () =>
      rig!.events.some((status) => status.pause === 'signedOut') ? true : undefined,
    );
    assert.equal(rig.feature.drafts.view(queued.id).state, 'queued');
    assert.deepEqual(await apiRequests(url, '/api/v1/orders'), [], 'nothing reached OGOship');

    session.revive();
    rig.bus.emit('session.changed', SIGNED_IN);
    await waitForState(rig, queued.id, 'sent');
    assert.equal(
      (await apiRequests(url, '/api/v1/orders')).filter((entry) => entry.method === 'POST').length,
      1,
    );
  });

  it('pauses every item on 429 and sends without a lookup afterwards (nothing was processed)', async () => {
    rig = await startRig();
    await clearRequests(rig.sandbox.url);
    await addFault(rig.sandbox.url, {
      method: 'POST',
      path: '/api/v1/orders',
      count: 1,
      status: 429,
      retryAfter: 0,
    });
    const queued = queueDraft(rig, [[rig.productCodes[0]!, 1]]);
    await waitForState(rig, queued.id, 'sent');

    assert.ok(rig.events.some((status) => status.pause === 'rateLimited'));
    const calls = (await apiRequests(rig.sandbox.url, '/api/v1/orders')).map(
      (entry) => `${entry.method} ${entry.status}`,
    );
    assert.deepEqual(calls, ['POST 429', 'POST 201']);
  });

  it("waits out the server's Retry-After on 429 instead of its own shorter backoff", async () => {
    rig = await startRig();
    await clearRequests(rig.sandbox.url);
    await addFault(rig.sandbox.url, {
      method: 'POST',
      path: '/api/v1/orders',
      count: 1,
      status: 429,
      retryAfter: 2,
    });
    const queued = queueDraft(rig, [[rig.productCodes[0]!, 1]]);
    await waitForState(rig, queued.id, 'sent');

    const posts = (await apiRequests(rig.sandbox.url, '/api/v1/orders')).filter(
      (entry) => entry.method === 'POST',
    );
    assert.deepEqual(
      posts.map((entry) => entry.status),
      [429, 201],
    );
    const gapMs = Date.parse(posts[1]!.time) - Date.parse(posts[0]!.time);
    assert.ok(gapMs >= 1900, `the second try came ${gapMs} ms after the 429, not after Retry-After`);
  });

  it('shows and sends only the drafts of the merchant signed in', async () => {
    rig = await startRig({ start: false });
    const mine = queueDraft(rig, [[rig.productCodes[0]!, 1]]);
    rig.bus.emit('session.changed', { ...SIGNED_IN, merchantId: 'someone-else' });

    assert.deepEqual(rig.feature.drafts.list(), []);
    assert.equal(rig.feature.outbox.status().count, 0);
    rig.bus.emit('session.changed', SIGNED_IN);
    assert.deepEqual(
      rig.feature.drafts.list().map((draft) => draft.id),
      [mine.id],
    );
  });
});
