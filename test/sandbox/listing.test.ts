// Tests the sandbox's list endpoints over real HTTP: paging limits,
// modifiedAfter, case-insensitive paths and filters.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiClient, newOrder, sandbox } from './helpers.js';

describe('sandbox listings', () => {
  it('pages orders at limit 1–250 with 50 by default and a short last page', async () => {
    const { url } = await sandbox({ orders: 120 });
    const { call } = await apiClient(url);
    assert.equal((await call('GET', '/api/v1/orders')).json.length, 50);
    assert.equal((await call('GET', '/api/v1/orders?limit=250')).json.length, 120);
    const pages = await Promise.all(
      [1, 2, 3].map((page) => call('GET', `/api/v1/orders?limit=50&page=${page}`)),
    );
    assert.deepEqual(
      pages.map((page) => page.json.length),
      [50, 50, 20],
    );
    const references = pages.flatMap((page) =>
      page.json.map((order: { reference: string }) => order.reference),
    );
    assert.equal(new Set(references).size, 120);
    assert.deepEqual((await call('GET', '/api/v1/orders?limit=50&page=4')).json, []);
  });

  it('answers 400 naming the parameter for limits and pages out of range', async () => {
    const { url } = await sandbox();
    const { call } = await apiClient(url);
    for (const query of [
      'limit=0',
      'limit=251',
      'limit=abc',
      'limit=-1',
      'limit=1.5',
      'page=0',
      'page=x',
    ]) {
      const response = await call('GET', `/api/v1/products?${query}`);
      assert.equal(response.status, 400, query);
      assert.equal(response.json.statusCode, 400);
      assert.equal(response.json.statusDescription, 'Bad Request');
      assert.match(response.json.message, new RegExp(`'${query.split('=')[0]}'`), query);
    }
  });

  it('orders results by edit time and returns only what changed after modifiedAfter', async () => {
    const { url } = await sandbox();
    const { call } = await apiClient(url);
    const all = (await call('GET', '/api/v1/orders?limit=250')).json as Array<{
      editTime: string;
      reference: string;
    }>;
    const times = all.map((order) => Date.parse(order.editTime));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => a - b),
    );
    const cut = all[40]!.editTime;
    const after = (
      await call('GET', `/api/v1/orders?limit=250&modifiedAfter=${encodeURIComponent(cut)}`)
    ).json;
    assert.deepEqual(
      after.map((order: { reference: string }) => order.reference),
      all.slice(41).map((order) => order.reference),
    );
    const products = (await call('GET', '/api/v1/products?limit=1')).json;
    const created = await call('POST', '/api/v1/orders', newOrder('SYNC-1', products[0].code));
    const changed = (
      await call('GET', `/api/v1/orders?modifiedAfter=${encodeURIComponent(all.at(-1)!.editTime)}`)
    ).json;
    assert.deepEqual(
      changed.map((order: { reference: string }) => order.reference),
      ['SYNC-1'],
    );
    assert.equal(changed[0].editTime, created.json.editTime);
  });

  it('refuses a modifiedAfter that is not ISO 8601, including an unencoded +', async () => {
    const { url } = await sandbox();
    const { call } = await apiClient(url);
    for (const value of ['yesterday', '2026-13-01', '2026-02-31', '2026-01-01T10:00:00+02:00']) {
      const response = await call('GET', `/api/v1/orders?modifiedAfter=${value}`);
      assert.equal(response.status, 400, value);
      assert.match(response.json.message, /modifiedAfter/);
    }
    const encoded = await call(
      'GET',
      `/api/v1/orders?modifiedAfter=${encodeURIComponent('2026-01-01T10:00:00+02:00')}`,
    );
    assert.equal(encoded.status, 200);
  });

  it('matches paths and query parameter names ignoring case', async () => {
    const { url } = await sandbox();
    const { call } = await apiClient(url);
    const lower = await call('GET', '/api/v1/orders?limit=3');
    const mixed = await call('GET', '/Api/V1/Orders?Limit=3');
    assert.equal(mixed.status, 200);
    assert.deepEqual(mixed.json, lower.json);
    assert.equal((await call('GET', '/API/V1/STOCK?LIMIT=2')).json.length, 2);
    assert.equal((await call('GET', '/api/v1/stockupdate')).status, 200);
  });

  it('finds one order by reference, a product by code or EAN, and a stock level by product code', async () => {
    const { url } = await sandbox();
    const { call } = await apiClient(url);
    const order = (await call('GET', '/api/v1/orders?limit=1&page=7')).json[0];
    assert.deepEqual((await call('GET', `/api/v1/orders?reference=${order.reference}`)).json, [
      order,
    ]);
    assert.deepEqual((await call('GET', '/api/v1/orders?reference=NO-SUCH')).json, []);
    const product = (await call('GET', '/api/v1/products?limit=250')).json.find(
      (each: { eanCode: string | null }) => each.eanCode,
    );
    assert.deepEqual(
      (await call('GET', `/api/v1/products?code=${encodeURIComponent(product.code)}`)).json,
      [product],
    );
    assert.deepEqual((await call('GET', `/api/v1/products?eanCode=${product.eanCode}`)).json, [
      product,
    ]);
    const stock = (
      await call('GET', `/api/v1/stock?productCode=${encodeURIComponent(product.code)}`)
    ).json;
    assert.deepEqual(
      stock.map((row: Record<string, unknown>) => [
        row.productCode,
        row.stock,
        row.stockAvailable,
        row.reserved,
      ]),
      [[product.code, product.stock, product.stockAvailable, product.reserved]],
    );
  });

  it('answers 404 for unknown resources and 405 for a wrong method', async () => {
    const { url } = await sandbox();
    const { call } = await apiClient(url);
    assert.equal((await call('GET', '/api/v1/claims')).status, 404);
    const wrong = await call('DELETE', '/api/v1/orders');
    assert.equal(wrong.status, 405);
    assert.match(wrong.json.message, /GET, POST/);
  });
});
