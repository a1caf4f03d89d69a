// Tests for webhook signature checks: only a canonical base64 HMAC-SHA256 of the
// exact bytes passes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { decodeSignature, signBody, verifySignature } from '../../../electron/services/webhooks/signature.js';

const key = 'a-webhook-key-of-some-length';
const body = Buffer.from('{"reference":"1001"}');

describe('webhooks/signature', () => {
  it('accepts the base64 HMAC-SHA256 of the exact body', () => {
    assert.equal(verifySignature(key, body, signBody(key, body)), 'valid');
  });

  it('refuses a body changed by one byte', () => {
    const tampered = Buffer.from('{"reference":"1002"}');
    assert.equal(verifySignature(key, tampered, signBody(key, body)), 'mismatch');
  });

  it('refuses the right digest written in hex', () => {
    const hex = createHmac('sha256', key).update(body).digest('hex');
    assert.equal(verifySignature(key, body, hex), 'malformed');
  });

  it('refuses wrong lengths, missing padding and url-safe letters', () => {
    const good = signBody(key, body);
    assert.equal(verifySignature(key, body, good.slice(0, -1)), 'malformed');
    assert.equal(verifySignature(key, body, `${good}AA==`), 'malformed');
    assert.equal(verifySignature(key, body, Buffer.alloc(16).toString('base64')), 'malformed');
    assert.equal(verifySignature(key, body, good.replace(/\+/g, '-').replace(/\//g, '_')), good.includes('+') || good.includes('/') ? 'malformed' : 'valid');
  });

  it('reports a missing header as missing', () => {
    assert.equal(verifySignature(key, body, undefined), 'missing');
    assert.equal(verifySignature(key, body, ''), 'missing');
  });

  it('refuses non-canonical base64 whose last symbol carries padding bits', () => {
    const good = signBody(key, body);
    const last = good.at(-2) as string;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const sibling = alphabet[alphabet.indexOf(last) + 1] as string;
    const twin = `${good.slice(0, -2)}${sibling}=`;
    assert.deepEqual(Buffer.from(twin, 'base64'), Buffer.from(good, 'base64'));
    assert.equal(decodeSignature(twin), null);
  });

  it('never throws and only passes the real signature, whatever the header', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.string({ maxLength: 80 }), (bytes, header) => {
        const result = verifySignature(key, bytes, header);
        assert.ok(result !== 'valid' || header.trim() === signBody(key, bytes));
      }),
    );
  });
});
