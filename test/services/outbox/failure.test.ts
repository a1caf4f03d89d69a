// Which failures may have created an order, and which certainly did not.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConnectionError } from '../../../electron/services/api/index.js';
import { classifyFailure } from '../../../electron/services/outbox/failure.js';
import { sameOrderContent } from '../../../electron/services/outbox/same-content.js';
import { ApiError, AuthError, CancelledError } from '../../../shared/errors.js';

describe('outbox failure', () => {
  it('treats a broken connection or a 5xx after a create as possibly delivered', () => {
    assert.equal(classifyFailure(new ConnectionError('reset', true), 'create').kind, 'ambiguous');
    assert.equal(classifyFailure(new ApiError('boom', 502), 'create').kind, 'ambiguous');
    assert.equal(classifyFailure(new Error('weird'), 'create').kind, 'ambiguous');
  });

  it('retries a change after the same failures (PUT is idempotent)', () => {
    assert.equal(classifyFailure(new ConnectionError('reset', true), 'update').kind, 'transient');
    assert.equal(classifyFailure(new ApiError('boom', 503), 'status').kind, 'transient');
  });

  it('knows a refused connection sent nothing', () => {
    assert.equal(classifyFailure(new ConnectionError('refused', false), 'create').kind, 'notSent');
  });

  it('pauses for authentication, honours a Retry-After the client attached, and leaves 4xx to the merchant', () => {
    assert.equal(classifyFailure(new AuthError('expired'), 'create').kind, 'auth');
    assert.equal(classifyFailure(new ApiError('who', 401), 'create').kind, 'auth');
    const limited = Object.assign(new ApiError('slow down', 429), { retryAfterMs: 7000 });
    assert.deepEqual(classifyFailure(limited, 'create'), {
      kind: 'transient',
      message: 'slow down',
      status: 429,
      retryAfterMs: 7000,
    });
    assert.deepEqual(classifyFailure(new ApiError('bad city', 400), 'create'), {
      kind: 'rejected',
      message: 'bad city',
      status: 400,
    });
    assert.equal(classifyFailure(new CancelledError(), 'create').kind, 'cancelled');
  });
});

describe('same order content', () => {
  const sent = {
    reference: 'R-1',
    customer: { name: 'Aino', address1: 'Katu 1', city: 'Helsinki', countryCode: 'FI' },
    orderLines: [
      { code: 'A', quantity: 1 },
      { code: 'B', quantity: 2 },
    ],
    priceTotal: 10,
    priceCurrency: 'EUR',
  };
  const found = {
    ...sent,
    id: 'x',
    status: 'New',
    customer: { ...sent.customer, company: null, zip: '' },
    orderLines: [
      { code: 'B', quantity: 2 },
      { code: 'A', quantity: 1 },
    ],
    comments: null,
    editTime: '2026-01-01T00:00:00Z',
  };

  it('matches the order OGOship filled in, ignoring server fields, empty values and line order', () => {
    assert.equal(sameOrderContent(sent, found), true);
  });

  it('sees a different quantity, customer or price as another order', () => {
    assert.equal(
      sameOrderContent(sent, {
        ...found,
        orderLines: [
          { code: 'A', quantity: 1 },
          { code: 'B', quantity: 3 },
        ],
      }),
      false,
    );
    assert.equal(
      sameOrderContent(sent, { ...found, customer: { ...found.customer, city: 'Espoo' } }),
      false,
    );
    assert.equal(sameOrderContent(sent, { ...found, priceTotal: 11 }), false);
  });
});
