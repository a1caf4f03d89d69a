// Tests for the redactor: every shape a secret can take in a log line is removed,
// and ordinary values around it survive.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import {
  REDACTED,
  isSecretKey,
  redactText,
  redactValue,
  registerSecret,
} from '../../../electron/services/log/redact.js';

describe('redact', () => {
  it('blanks secret keys in nested objects and keeps the rest', () => {
    const value = {
      merchant: 'demo-merchant',
      body: { access_token: 'at-1', refresh_token: 'rt-1', expires_in: 5400, token_type: 'Bearer' },
      list: [{ secretToken: 'st-1', clientSecret: 'cs-1', key: 'wh-1', tunnelToken: 'tt-1' }],
      headers: { Authorization: 'Bearer abc.def', 'content-type': 'application/json' },
    };

    const text = inspect(redactValue(value), { depth: 10 });

    for (const secret of ['at-1', 'rt-1', 'st-1', 'cs-1', 'wh-1', 'tt-1', 'abc.def']) {
      assert.ok(!text.includes(secret), `${secret} leaked: ${text}`);
    }
    assert.match(text, /demo-merchant/);
    assert.match(text, /5400/);
    assert.match(text, /token_type: 'Bearer'/);
  });

  it('scrubs form bodies, URL queries, JSON text and bearer headers', () => {
    const samples = [
      'grant_type=password&client_id=123456&client_secret=abcdef1&username=m&password=s3cret!',
      'POST /OAuth/Token?refresh_token=rt-xyz&x=1',
      '{"access_token":"at-xyz","refresh_token":"rt-\\"q","expires_in":5400}',
      'authorization: Bearer at-xyz',
      'request failed with header Authorization: Basic dXNlcjpwYXNz',
      'token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZW1vIn0.c2lnbmF0dXJl expired',
    ];

    const redacted = samples.map(redactText);

    for (const secret of [
      'abcdef1',
      's3cret!',
      'rt-xyz',
      'at-xyz',
      'rt-\\"q',
      'dXNlcjpwYXNz',
      'c2lnbmF0dXJl',
    ]) {
      assert.ok(
        redacted.every((line) => !line.includes(secret)),
        `${secret} leaked: ${redacted.join('\n')}`,
      );
    }
    assert.match(redacted[0]!, /grant_type=password&client_id=123456&client_secret=\[redacted\]/);
    assert.match(redacted[2]!, /"expires_in":5400/);
  });

  it('removes a registered literal in its raw, URL-encoded and JSON-escaped forms', () => {
    const secret = 'p@ss word/"odd"+1';
    registerSecret(secret);

    const line = [
      `raw ${secret}`,
      `query ?x=${encodeURIComponent(secret)}`,
      `form ${new URLSearchParams({ y: secret }).toString()}`,
      `json ${JSON.stringify({ note: secret })}`,
    ].join(' | ');

    const redacted = redactText(line);

    assert.ok(!redacted.includes('ss word'), redacted);
    assert.ok(!redacted.includes('ss%20word'), redacted);
    assert.ok(!redacted.includes('ss+word'), redacted);
    assert.equal(redacted.split(REDACTED).length - 1, 4);
  });

  it('rebuilds errors with scrubbed message, stack and extra fields', () => {
    registerSecret('literal-in-error');
    const error = Object.assign(new Error('refresh failed for literal-in-error'), {
      refreshToken: 'rt-9',
    });

    const copy = redactValue(error) as Error & { refreshToken: string };

    assert.ok(copy instanceof Error);
    assert.ok(!copy.message.includes('literal-in-error'));
    assert.ok(!String(copy.stack).includes('literal-in-error'));
    assert.equal(copy.refreshToken, REDACTED);
    assert.match(error.message, /literal-in-error/, 'the original error is left untouched');
  });

  it('survives cycles and leaves harmless look-alike keys alone', () => {
    const node: Record<string, unknown> = { name: 'a', keyboard: 'qwerty', monkey: 'banana' };
    node.self = node;

    const copy = redactValue(node) as Record<string, unknown>;

    assert.equal(copy.self, '[circular]');
    assert.equal(copy.keyboard, 'qwerty');
    assert.equal(redactText('monkey=banana&key=k1'), `monkey=banana&key=${REDACTED}`);
    assert.equal(isSecretKey('token_type'), false);
    assert.equal(isSecretKey('refresh-token'), true);
  });
});
