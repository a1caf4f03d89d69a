// Property-based test of the webhook receiver as the app wires it (receiver, delivery
// processor, inbox, store) over real loopback HTTP: random bodies, headers and
// signatures. Unsigned or badly signed deliveries get a 4xx and change no cached
// record; nothing, signed or not, ever gets a 5xx. Never contacts anything off 127.0.0.1.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { request } from 'node:http';
import fc from 'fast-check';
import { WEBHOOK_SIGNATURE_HEADER, WEBHOOK_TYPES } from '../../shared/domain/webhook.js';
import { signBody } from '../../electron/services/webhooks/signature.js';
import { RECEIVER_PATH_PREFIX, type ReceiverRoute } from '../../electron/services/webhooks/receiver.js';
import { startLiveRig, type LiveRig } from '../services/webhooks/live-rig.js';
import { propertyOptions } from './options.js';

interface Sent {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: Uint8Array;
}

/** Sends raw bytes with exactly these headers; resolves with the status, or 0 for a reset. */
function send(origin: string, sent: Sent): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(`${origin}${sent.path}`, { method: sent.method, headers: { ...sent.headers, 'content-length': String(sent.body.length) } }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    outgoing.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? resolve(0) : reject(error)));
    outgoing.end(sent.body);
  });
}

/** A digest of every cached record and sync position: what a delivery must not change unverified. */
function cacheDigest(rig: LiveRig): string {
  const hash = createHash('sha256');
  for (const table of ['orders', 'order_json', 'products', 'stock_levels', 'sync_state']) {
    const rows = rig.store.db.prepare(`SELECT * FROM ${table}`).all().map((row) => JSON.stringify(row));
    hash.update(`${table}:${rows.sort().join('\n')}`);
  }
  return hash.digest('hex');
}

const headerName = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/).filter((name) => !['content-length', 'transfer-encoding', 'host', 'connection', 'expect', 'upgrade'].includes(name));
const headerValue = fc.stringMatching(/^[\x20-\x7e]{0,40}$/).map((value) => value.trim());
const randomHeaders = fc.dictionary(headerName, headerValue, { maxKeys: 4 });
const jsonBody = fc.jsonValue({ maxDepth: 3 }).map((value) => new TextEncoder().encode(JSON.stringify(value)));
const hintLike = fc
  .record({ orderId: fc.oneof(fc.string({ maxLength: 12 }), fc.integer()), productCode: fc.string({ maxLength: 12 }), stockLevel: fc.integer(), type: fc.constantFrom(...WEBHOOK_TYPES) }, { requiredKeys: [] })
  .map((value) => new TextEncoder().encode(JSON.stringify(value)));
const anyBody = fc.oneof(fc.uint8Array({ maxLength: 300 }), jsonBody, hintLike);

describe('webhook receiver (properties)', () => {
  let rig: LiveRig;
  let origin = '';
  const keys = new Map<string, string>();
  const routes: ReceiverRoute[] = [];

  before(async () => {
    rig = await startLiveRig({ orders: 20, products: 10 });
    await rig.sync.run();
    origin = rig.service.receiver.localUrl;
    // Routes registered the way live updates registers them, with keys only this test knows.
    for (const type of WEBHOOK_TYPES) {
      const key = randomBytes(32).toString('base64url');
      const route = rig.service.receiver.register(type, key);
      keys.set(route.path, key);
      routes.push(route);
    }
  });

  after(async () => {
    for (const route of routes) rig.service.receiver.unregister(route.token);
    await rig.close();
  });

  it('answers unsigned or badly signed deliveries with a 4xx and changes no cached record', async () => {
    const before = cacheDigest(rig);
    const signature = fc.oneof(
      fc.constant<string | null>(null),
      headerValue,
      fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => Buffer.from(bytes).toString('base64')),
      fc.constant('wrong-key'),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), anyBody, randomHeaders, signature, async (route, body, headers, given) => {
        const sent: Sent = { method: 'POST', path: route.path, headers: { ...headers }, body };
        delete sent.headers[WEBHOOK_SIGNATURE_HEADER.toLowerCase()];
        // A real HMAC, but made with another key: as wrong as any other.
        if (given === 'wrong-key') sent.headers[WEBHOOK_SIGNATURE_HEADER] = signBody(randomBytes(32).toString('base64url'), body);
        else if (given !== null) sent.headers[WEBHOOK_SIGNATURE_HEADER] = given;
        const status = await send(origin, sent);
        assert.ok(status >= 400 && status < 500, `answered ${status}`);
      }),
      propertyOptions(150),
    );
    assert.equal(cacheDigest(rig), before, 'an unverified delivery changed the cache');
    const unverified = rig.service.inbox.search({}).filter((entry) => entry.verification !== 'valid');
    assert.ok(unverified.length > 0, 'refused deliveries are listed in the inbox');
    assert.ok(unverified.every((entry) => entry.outcome !== 'applied' && entry.outcome !== 'unchanged'), 'an unverified delivery was applied');
  });

  it('never answers 5xx to a correctly signed delivery, whatever its body and headers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), anyBody, randomHeaders, async (route, body, headers) => {
        const sent: Sent = { method: 'POST', path: route.path, headers: { ...headers, [WEBHOOK_SIGNATURE_HEADER]: signBody(keys.get(route.path)!, body) }, body };
        const status = await send(origin, sent);
        assert.ok(status >= 200 && status < 500, `answered ${status}`);
      }),
      propertyOptions(80),
    );
  });

  it('answers random paths and methods with a 4xx, never 5xx', async () => {
    const path = fc.oneof(
      fc.stringMatching(/^\/[A-Za-z0-9._~%/-]{0,40}$/),
      fc.stringMatching(/^[A-Za-z0-9_-]{0,24}$/).map((token) => `${RECEIVER_PATH_PREFIX}${token}`),
      fc.constantFrom(...routes).map((route) => route.path),
    );
    const method = fc.constantFrom('GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'POST');
    await fc.assert(
      fc.asyncProperty(path, method, anyBody, randomHeaders, async (target, verb, body, headers) => {
        fc.pre(verb !== 'POST' || !keys.has(target));
        const status = await send(origin, { method: verb, path: target, headers, body });
        assert.ok(status >= 400 && status < 500, `${verb} ${target} answered ${status}`);
      }),
      propertyOptions(100),
    );
  });
});
