// Tests product writes and stock updates against the sandbox over real HTTP:
// base64url codes, renames, field-naming validation and incoming stock.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiClient, sandbox } from './helpers.js';

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

async function setup() {
  const { url } = await sandbox();
  return { url, ...(await apiClient(url)) };
}

describe('sandbox products', () => {
  it('creates a product with no stock, and answers 409 for a code in use', async () => {
    const { call } = await setup();
    const body = {
      code: 'NEW-1',
      name: 'Villasukat, harmaa',
      languageCode: 'fi',
      eanCode: '6412345678907',
      currencyCode: 'EUR',
    };
    const created = await call('POST', '/api/v1/products', body);
    assert.equal(created.status, 201);
    assert.equal(created.json.stock, 0);
    assert.equal(created.json.stockAvailable, 0);
    assert.equal((await call('POST', '/api/v1/products', { ...body, code: 'new-1' })).status, 409);
  });

  it('names each invalid field: code length, languageCode, currency, country, EAN check digit', async () => {
    const { call } = await setup();
    const response = await call('POST', '/api/v1/products', {
      code: 'X'.repeat(51),
      languageCode: 'fin',
      currencyCode: 'eur',
      countryOfOrigin: 'Finland',
      eanCode: '6412345678904',
      hsCode: '12ab',
    });
    assert.equal(response.status, 400);
    for (const expected of [
      'code must be at most 50 characters',
      'languageCode',
      'currencyCode',
      'countryOfOrigin',
      'eanCode',
      'hsCode',
    ]) {
      assert.ok(
        response.json.message.includes(expected),
        `${expected} missing from: ${response.json.message}`,
      );
    }
    const missing = await call('POST', '/api/v1/products', { code: 'NO-LANG' });
    assert.match(missing.json.message, /languageCode is required/);
    const slash = await call('POST', '/api/v1/products', { code: 'A/B', languageCode: 'fi' });
    assert.match(slash.json.message, /code must not contain \/ or \\/);
  });

  it('updates a product whose code holds /, # and % through ?base64url=true', async () => {
    const { call } = await setup();
    for (const code of ['TEE/RED-M', 'MUG#2', '50% ALE LAATIKKO']) {
      const response = await call('PUT', `/api/v1/products/${base64url(code)}?base64url=true`, {
        code,
        name: `Renamed ${code}`,
        languageCode: 'fi',
      });
      assert.equal(response.status, 200, code);
      assert.equal(response.json.name, `Renamed ${code}`);
      const read = await call('GET', `/api/v1/products?code=${encodeURIComponent(code)}`);
      assert.equal(read.json[0].name, `Renamed ${code}`);
    }
  });

  it('refuses a code with / sent percent-encoded in the path, pointing at base64url', async () => {
    const { call } = await setup();
    const response = await call('PUT', `/api/v1/products/${encodeURIComponent('TEE/RED-M')}`, {
      code: 'TEE/RED-M',
      languageCode: 'fi',
    });
    assert.equal(response.status, 400);
    assert.match(response.json.message, /base64url=true/);
    const bad = await call('PUT', '/api/v1/products/abc=?base64url=true', {
      code: 'abc',
      languageCode: 'fi',
    });
    assert.equal(bad.status, 400);
  });

  it('renames a product by sending a new code in the body', async () => {
    const { call } = await setup();
    const response = await call(
      'PUT',
      `/api/v1/products/${base64url('TEE/RED-M')}?base64url=true`,
      { code: 'TEE-RED-M', languageCode: 'fi' },
    );
    assert.equal(response.status, 200);
    assert.equal(response.json.code, 'TEE-RED-M');
    assert.deepEqual(
      (await call('GET', `/api/v1/products?code=${encodeURIComponent('TEE/RED-M')}`)).json,
      [],
    );
    assert.equal((await call('GET', '/api/v1/products?code=TEE-RED-M')).json.length, 1);
    const clash = await call('PUT', '/api/v1/products/TEE-RED-M', {
      code: 'MUG#2',
      languageCode: 'fi',
    });
    assert.equal(clash.status, 409);
  });

  it('keeps an existing EAN when a PUT sends another one', async () => {
    const { call } = await setup();
    await call('POST', '/api/v1/products', {
      code: 'EAN-1',
      languageCode: 'sv',
      eanCode: '6412345678907',
    });
    const updated = await call('PUT', '/api/v1/products/EAN-1', {
      code: 'EAN-1',
      languageCode: 'sv',
      eanCode: '7310865004703',
    });
    assert.equal(updated.json.eanCode, '6412345678907');
  });

  it('announces a stock update, shows it as incoming on the product, and refuses unknown codes', async () => {
    const { call } = await setup();
    await call('POST', '/api/v1/products', { code: 'IN-1', languageCode: 'fi' });
    const body = {
      reference: 'PO-TEST-1',
      supplier: 'Pohjolan Neule Oy',
      receiveDate: '2027-01-15',
      products: [{ code: 'IN-1', expectedQuantity: 120, countryOfOrigin: 'FI' }],
    };
    const created = await call('POST', '/api/v1/StockUpdate', body);
    assert.equal(created.status, 201);
    assert.equal(created.json.status, 'NEW');
    assert.match(created.json.autoReference, /^SU\d+$/);
    const product = (await call('GET', '/api/v1/products?code=IN-1')).json[0];
    assert.equal(product.stockUpdate, 120);
    assert.equal(product.stockUpdateTime, '2027-01-15');
    const byAuto = await call(
      'GET',
      `/api/v1/stockupdate?autoreference=${created.json.autoReference}`,
    );
    assert.deepEqual(byAuto.json, [created.json]);
    assert.equal((await call('POST', '/api/v1/StockUpdate', body)).status, 409);
    const unknown = await call('POST', '/api/v1/StockUpdate', {
      ...body,
      reference: 'PO-2',
      products: [{ code: 'NOPE', expectedQuantity: 1, countryOfOrigin: 'FI' }],
    });
    assert.match(unknown.json.message, /products\[0\]\.code names no product/);
    const tooMany = await call('POST', '/api/v1/StockUpdate', {
      ...body,
      reference: 'PO-3',
      products: [{ code: 'IN-1', expectedQuantity: 1_000_001, countryOfOrigin: 'FI' }],
    });
    assert.match(tooMany.json.message, /products\[0\]\.expectedQuantity must be at most 1000000/);
  });
});
