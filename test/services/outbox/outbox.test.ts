// The outbox against a real sandbox over loopback HTTP: sending, the
// commit-then-drop fault, 5xx, conflicts, permanent 4xx and offline edits.
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addFault, apiRequests, clearRequests } from '../api/sandbox-helpers.js';
import {
  queueDraft,
  sandboxOrder,
  setOffline,
  startRig,
  validContent,
  waitFor,
  waitForState,
  type Rig,
} from './support.js';

const ORDER_CALLS = /^\/api\/v1\/orders/i;

async function orderCalls(rig: Rig) {
  return (await apiRequests(rig.sandbox.url)).filter((entry) => ORDER_CALLS.test(entry.path));
}

describe('outbox', () => {
  let rig: Rig;
  beforeEach(async () => {
    rig = await startRig();
    await clearRequests(rig.sandbox.url);
  });
  afterEach(() => rig.close());

  it('sends a queued draft and links it to the order it became', async () => {
    const [code] = rig.productCodes;
    const queued = queueDraft(rig, [[code!, 2]]);
    const sent = await waitForState(rig, queued.id, 'sent');

    assert.equal(sent.orderReference, queued.content.reference);
    const order = await sandboxOrder(rig.sandbox.url, queued.content.reference);
    assert.deepEqual(
      order?.orderLines?.map((line) => [line.code, line.quantity]),
      [[code, 2]],
    );
    assert.equal(rig.store.orders.get(queued.content.reference)?.customer.name, 'Aino Virtanen');
    assert.equal(rig.events.at(-1)?.count, 0);
  });

  it('creates exactly one order when the sandbox commits the create and drops the answer', async () => {
    await addFault(rig.sandbox.url, {
      method: 'POST',
      path: '/api/v1/orders',
      count: 1,
      commitThenDrop: true,
    });
    const queued = queueDraft(rig, [[rig.productCodes[0]!, 1]]);
    await waitForState(rig, queued.id, 'sent');

    const calls = await orderCalls(rig);
    const posts = calls.filter((entry) => entry.method === 'POST');
    assert.equal(posts.length, 1, 'the create is never sent a second time');
    assert.match(posts[0]!.fault ?? '', /commitThenDrop/);
    assert.ok(
      calls.some((entry) => entry.method === 'GET'),
      'the order was looked up by reference',
    );
    assert.ok(
      rig.events.some((status) => status.items.some((item) => item.state === 'outcomeUnknown')),
    );
    assert.notEqual(await sandboxOrder(rig.sandbox.url, queued.content.reference), null);
  });

  it('sends again after a 500 only once the lookup finds no order', async () => {
    await addFault(rig.sandbox.url, {
      method: 'POST',
      path: '/api/v1/orders',
      count: 1,
      status: 500,
    });
    const queued = queueDraft(rig, [[rig.productCodes[1]!, 3]]);
    await waitForState(rig, queued.id, 'sent');

    const calls = (await orderCalls(rig)).map((entry) => `${entry.method} ${entry.status}`);
    assert.deepEqual(calls, ['POST 500', 'GET 200', 'POST 201']);
  });

  it('marks a conflict when OGOship already has the reference with other content, and sends under a new one', async () => {
    const taken = validContent('TAKEN-1', [[rig.productCodes[0]!, 9]]);
    const draft = rig.feature.drafts.create();
    rig.feature.drafts.update(draft.id, { ...taken, reference: 'TAKEN-1', comments: 'mine' });
    await rig.api.orders.create({
      ...taken,
      customer: { ...taken.customer, company: null },
    } as never);
    rig.feature.drafts.send(draft.id);

    const conflict = await waitForState(rig, draft.id, 'conflict');
    assert.match(conflict.message ?? '', /already has an order TAKEN-1/);
    rig.feature.drafts.update(draft.id, { ...taken, comments: 'mine, edited' });
    rig.feature.drafts.resolveConflict(draft.id, {
      action: 'changeReference',
      reference: 'TAKEN-2',
    });
    await waitForState(rig, draft.id, 'sent');
    assert.equal((await sandboxOrder(rig.sandbox.url, 'TAKEN-2'))?.comments, 'mine, edited');
    assert.notEqual(
      (await sandboxOrder(rig.sandbox.url, 'TAKEN-1'))?.comments,
      'mine, edited',
      'the other order is untouched',
    );
  });

  it('puts a refused order in needs attention with the server message, and still sends the others', async () => {
    rig.store.transaction(() =>
      rig.store.products.put([{ code: 'GHOST-1', languageCode: 'fi', stockAvailable: 5 }]),
    );
    const refused = queueDraft(rig, [['GHOST-1', 1]]);
    const fine = queueDraft(rig, [[rig.productCodes[2]!, 1]]);

    const attention = await waitForState(rig, refused.id, 'needsAttention');
    assert.match(attention.message ?? '', /GHOST-1/);
    await waitForState(rig, fine.id, 'sent');
    assert.equal(await sandboxOrder(rig.sandbox.url, refused.content.reference), null);
  });

  it('sends the create before any update when a queued draft is edited twice offline, ending with the last content', async () => {
    await setOffline(rig.sandbox.url, true);
    const queued = queueDraft(rig, [[rig.productCodes[0]!, 1]], 'first');
    await waitFor('a failed attempt', () =>
      rig.feature.drafts.view(queued.id).message ? true : undefined,
    );
    const reference = queued.content.reference;
    rig.feature.drafts.update(
      queued.id,
      validContent(reference, [[rig.productCodes[0]!, 2]], 'second'),
    );
    rig.feature.drafts.update(
      queued.id,
      validContent(reference, [[rig.productCodes[1]!, 5]], 'third'),
    );
    await clearRequests(rig.sandbox.url);
    await setOffline(rig.sandbox.url, false);
    rig.feature.outbox.sendNow();
    await waitForState(rig, queued.id, 'sent');

    const writes = (await orderCalls(rig)).filter(
      (entry) => entry.method !== 'GET' && entry.status !== null,
    );
    assert.equal(writes[0]?.method, 'POST', 'the create goes first');
    assert.deepEqual(
      writes.map((entry) => entry.method),
      ['POST', 'PUT', 'PUT', 'PUT'],
      'Draft, change, New',
    );
    const order = await sandboxOrder(rig.sandbox.url, reference);
    assert.equal(order?.comments, 'third');
    assert.deepEqual(
      order?.orderLines?.map((line) => [line.code, line.quantity]),
      [[rig.productCodes[1], 5]],
    );
    assert.equal(order?.status, 'New');
  });

  it('changes a live New order through Draft, change and New', async () => {
    const live = (await rig.api.orders.list({ limit: 50 })).find((order) => order.status === 'New');
    assert.ok(live, 'the seeded sandbox has a New order');
    rig.store.transaction(() => rig.store.orders.put([live]));
    const change = rig.feature.drafts.editLive(live.reference);
    const content = { ...change.content, comments: 'leave at the door' };
    rig.feature.drafts.update(change.id, content);
    await clearRequests(rig.sandbox.url);
    rig.feature.drafts.send(change.id);
    await waitForState(rig, change.id, 'sent');

    const writes = (await orderCalls(rig)).map((entry) => `${entry.method} ${entry.status}`);
    assert.deepEqual(writes, ['PUT 200', 'PUT 200', 'PUT 200']);
    const order = await sandboxOrder(rig.sandbox.url, live.reference);
    assert.deepEqual([order?.status, order?.comments], ['New', 'leave at the door']);
    assert.equal(rig.store.orders.get(live.reference)?.comments, 'leave at the door');
  });
});
