// Drafting without a network or a session: every save lands in SQLite at
// once, problems show at their fields, references stay unique and fixed once
// queued, and live orders become changes or cancellation requests by status.
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiClient } from '../../../electron/services/api/index.js';
import {
  createDraftsFeature,
  type DraftsFeature,
} from '../../../electron/services/drafts/drafts-feature.js';
import { EventBus } from '../../../electron/services/event-bus.js';
import { openStore, type Store } from '../../../electron/services/store/index.js';
import type { Order } from '../../../shared/domain/order.js';
import { ValidationError } from '../../../shared/errors.js';
import { validContent } from '../outbox/support.js';

const order = (reference: string, status: string): Order => ({
  reference,
  status,
  customer: { name: 'Erik', address1: 'Gata 2', city: 'Turku', countryCode: 'FI' },
  orderLines: [{ code: 'SOCK-1', quantity: 3 }],
  comments: 'from the shop',
});

function problemFields(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof ValidationError, String(error));
    return error.problems.map((problem) => problem.field);
  }
  assert.fail('expected a ValidationError');
}

describe('draft service', () => {
  let dir: string;
  let store: Store;
  let feature: DraftsFeature;

  function open(): void {
    store = openStore(join(dir, 'ogo.sqlite'));
    // Nothing listens on port 9: the drafts must never need the network.
    const api = createApiClient({
      apiUrl: 'http://127.0.0.1:9',
      tokenSource: { accessToken: async () => 'x', rejectAccessToken: async () => {} },
    });
    feature = createDraftsFeature({
      store,
      api,
      bus: new EventBus(),
      now: () => Date.UTC(2026, 11, 4, 12),
    });
  }

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ogo-drafts-'));
    open();
    store.transaction(() => {
      store.products.put([{ code: 'SOCK-1', languageCode: 'fi', stockAvailable: 4 }]);
      store.orders.put([
        order('ORD-NEW', 'New'),
        order('ORD-PICK', 'Collecting'),
        order('ORD-GONE', 'Shipped'),
      ]);
    });
  });
  afterEach(async () => {
    store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('saves every change to disk at once, with a generated reference, offline and signed out', () => {
    const draft = feature.drafts.create();
    assert.match(draft.content.reference, /^OD-20261204-[2-9A-HJ-NP-Z]{4}$/);
    feature.drafts.update(
      draft.id,
      validContent(draft.content.reference, [['SOCK-1', 2]], 'ring the bell'),
    );
    store.close();
    open();

    const again = feature.drafts.view(draft.id);
    assert.equal(again.content.comments, 'ring the bell');
    assert.equal(again.state, 'draft');
    assert.equal(again.revision, 2);
  });

  it('refuses to send until the marked fields are fixed, and warns about stock without blocking', () => {
    const draft = feature.drafts.create();
    assert.deepEqual(
      problemFields(() => feature.drafts.send(draft.id)),
      [
        'customer.name',
        'customer.address1',
        'customer.city',
        'customer.countryCode',
        'orderLines.0.code',
      ],
    );
    const view = feature.drafts.update(
      draft.id,
      validContent(draft.content.reference, [['SOCK-1', 9]]),
    );
    assert.deepEqual(
      view.warnings.map((problem) => problem.field),
      ['orderLines.0.quantity'],
    );
    assert.equal(feature.drafts.send(draft.id).state, 'queued');
  });

  it('keeps a reference unique among drafts and cached orders', () => {
    const first = feature.drafts.create();
    const second = feature.drafts.create();
    assert.notEqual(first.content.reference, second.content.reference);
    const taken = feature.drafts.update(
      second.id,
      validContent(first.content.reference, [['SOCK-1', 1]]),
    );
    assert.deepEqual(
      taken.errors.map((problem) => problem.field),
      ['reference'],
    );
    const cached = feature.drafts.update(second.id, validContent('ord-new', [['SOCK-1', 1]]));
    assert.deepEqual(
      cached.errors.map((problem) => problem.field),
      ['reference'],
    );
  });

  it('fixes the reference once the draft is queued, but takes other edits', () => {
    const draft = feature.drafts.create();
    const reference = draft.content.reference;
    feature.drafts.update(draft.id, validContent(reference, [['SOCK-1', 1]]));
    feature.drafts.send(draft.id);
    assert.deepEqual(
      problemFields(() => feature.drafts.update(draft.id, validContent('OTHER', [['SOCK-1', 1]]))),
      ['reference'],
    );
    assert.equal(
      feature.drafts.update(draft.id, validContent(reference, [['SOCK-1', 2]], 'later')).content
        .comments,
      'later',
    );
  });

  it('duplicates a cached order under a new reference', () => {
    const copy = feature.drafts.duplicate('ORD-NEW');
    assert.equal(copy.kind, 'new');
    assert.notEqual(copy.content.reference, 'ORD-NEW');
    assert.deepEqual(
      copy.content.orderLines.map((line) => [line.code, line.quantity]),
      [['SOCK-1', 3]],
    );
    assert.equal(copy.content.comments, 'from the shop');
  });

  it('turns a live order into a change, a cancellation request from Collecting on, or nothing once final', () => {
    const change = feature.drafts.editLive('ORD-NEW');
    assert.deepEqual(
      [change.kind, change.content.reference, change.liveStatus],
      ['edit', 'ORD-NEW', 'New'],
    );
    assert.equal(feature.drafts.editLive('ORD-PICK').kind, 'cancel');
    assert.throws(
      () => feature.drafts.editLive('ORD-GONE'),
      /Shipped order can no longer be changed/,
    );
  });

  it('throws a draft away, but never one that may already be at OGOship', () => {
    const draft = feature.drafts.create();
    feature.drafts.remove(draft.id);
    assert.equal(feature.drafts.list().length, 0);

    const cancel = feature.drafts.editLive('ORD-PICK');
    feature.drafts.send(cancel.id);
    store.db.prepare('UPDATE outbox_ops SET wired = 1').run();
    assert.throws(() => feature.drafts.remove(cancel.id), /on its way/);
  });
});
