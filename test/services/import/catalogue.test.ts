// Reading the catalogue for the import preview rides a short outage: pages are
// asked for again after the API client's own retries run out, over real HTTP
// against a sandbox that resets the connections.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startSandbox, type SandboxHandle } from '../../../electron/sandbox/index.js';
import { createApiClient, type ApiClient } from '../../../electron/services/api/index.js';
import { loadCatalogueFromApi } from '../../../electron/services/import/product-sender.js';
import { OfflineError } from '../../../shared/errors.js';
import { apiRequests, demoTokenSource } from '../api/sandbox-helpers.js';

async function addFault(url: string, rule: object): Promise<void> {
  const response = await fetch(`${url}/__sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(rule) });
  assert.equal(response.status, 201);
}

describe('loadCatalogueFromApi', () => {
  let sandbox: SandboxHandle;
  let api: ApiClient;
  const quick = { pauseMs: 5 };

  before(async () => {
    sandbox = await startSandbox({ orders: 0, products: 260 });
    // The client's usual 5 attempts, with waits short enough for a unit test.
    api = createApiClient({ apiUrl: sandbox.url, tokenSource: demoTokenSource(sandbox.url), backoff: { baseDelayMs: 2, maxDelayMs: 10 } });
  });
  beforeEach(async () => {
    await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'DELETE' });
  });
  after(async () => sandbox.close());

  it('reads every page when connections keep breaking for longer than the client retries', async () => {
    await addFault(sandbox.url, { method: 'GET', path: '/api/v1/products', count: 7, reset: true });
    const catalogue = await loadCatalogueFromApi(api, quick);
    assert.equal(catalogue.size, 260);
  });

  it('rides a run of 503s longer than the client retries', async () => {
    await addFault(sandbox.url, { method: 'GET', path: '^/api/v1/products$', count: 6, status: 503 });
    const catalogue = await loadCatalogueFromApi(api, quick);
    assert.equal(catalogue.size, 260);
  });

  it('gives up with the connection error when the outage outlasts every round', async () => {
    await fetch(`${sandbox.url}/__sandbox/requests`, { method: 'DELETE' });
    await addFault(sandbox.url, { method: 'GET', path: '/api/v1/products', count: 1000, reset: true });
    await assert.rejects(loadCatalogueFromApi(api, { ...quick, rounds: 3 }), OfflineError);
    const gets = (await apiRequests(sandbox.url, '/api/v1/products')).filter((entry) => entry.method === 'GET');
    assert.equal(gets.length, 15, 'three rounds of the client\'s five attempts');
  });

  it('does not ask again after a 400, which another try cannot fix', async () => {
    await fetch(`${sandbox.url}/__sandbox/requests`, { method: 'DELETE' });
    await addFault(sandbox.url, { method: 'GET', path: '/api/v1/products', count: 1, status: 400 });
    await assert.rejects(loadCatalogueFromApi(api, quick), (error: { status?: number }) => error.status === 400);
    const gets = (await apiRequests(sandbox.url, '/api/v1/products')).filter((entry) => entry.method === 'GET');
    assert.equal(gets.length, 1);
  });
});
