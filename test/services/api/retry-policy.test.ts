// Which failures may be sent again, and how long to wait: pure rules.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_BACKOFF,
  backoffDelay,
  mayRetryConnection,
  mayRetryStatus,
  parseRetryAfter,
} from '../../../electron/services/api/retry-policy.js';

describe('retry policy', () => {
  it('retries 429 for every method but 5xx only for idempotent ones', () => {
    assert.equal(mayRetryStatus('POST', 429, 'safe'), true);
    assert.equal(mayRetryStatus('POST', 503, 'safe'), false);
    assert.equal(mayRetryStatus('PUT', 503, 'safe'), true);
    assert.equal(mayRetryStatus('GET', 404, 'safe'), false);
    assert.equal(mayRetryStatus('GET', 429, 'never'), false);
  });

  it('retries a POST only when the connection never carried it', () => {
    assert.equal(mayRetryConnection('POST', false, 'safe'), true);
    assert.equal(mayRetryConnection('POST', true, 'safe'), false);
    assert.equal(mayRetryConnection('DELETE', true, 'safe'), true);
    assert.equal(mayRetryConnection('GET', false, 'never'), false);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-12-04T12:00:00Z');
    assert.equal(parseRetryAfter('3', now), 3000);
    assert.equal(parseRetryAfter('Fri, 04 Dec 2026 12:00:07 GMT', now), 7000);
    assert.equal(parseRetryAfter('Fri, 04 Dec 2026 11:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(null, now), undefined);
  });

  it('doubles the wait each attempt, jittered within its upper half, capped', () => {
    assert.equal(
      backoffDelay(1, DEFAULT_BACKOFF, () => 0),
      250,
    );
    assert.equal(
      backoffDelay(1, DEFAULT_BACKOFF, () => 1),
      500,
    );
    assert.equal(
      backoffDelay(3, DEFAULT_BACKOFF, () => 1),
      2000,
    );
    assert.equal(
      backoffDelay(20, DEFAULT_BACKOFF, () => 1),
      DEFAULT_BACKOFF.maxDelayMs,
    );
  });
});
