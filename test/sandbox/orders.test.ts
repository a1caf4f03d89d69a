// Tests order writes against the sandbox over real HTTP: creation, validation
// messages that name fields, duplicates, and OGOship's edit rules.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiClient, newOrder, sandbox } from './helpers.js';

async function setup() {
  const { url } = await sandbox();
  const client = await apiClient(url);
  const products = (await client.call('GET', '/api/v1/products?limit=250')).json as Array<{
    code: string;
  }>;
  const code = products.find((product) => /^OGO-/.test(product.code))!.code;
  return { url, ...client, code };
}

async function orderInStatus(call: Awaited<ReturnType<typeof setup>>['call'], status: string) {
  const all = (await call('GET', '/api/v1/orders?limit=250')).json as Array<{
    status: string;
    reference: string;
    comments?: string;
  }>;
  return all.find((order) => order.status === status)!;
}

describe('sandbox orders', () => {
  it('creates an order that reads back with an id, status New and an editTime', async () => {
    const { call, code } = await setup();
    const created = await call('POST', '/api/v1/orders', newOrder('WEB-1', code));
    assert.equal(created.status, 201);
    assert.match(created.json.id, /^[0-9a-f-]{36}$/);
    assert.equal(created.json.status, 'New');
    assert.equal(created.json.trackingNumber, null);
    const read = (await call('GET', '/api/v1/orders?reference=WEB-1')).json;
    assert.deepEqual(read, [created.json]);
  });

  it('names every invalid field in one 400 message', async () => {
    const { call, code } = await setup();
    const body = newOrder('WEB-2', code, {
      priceCurrency: 'EURO',
      customer: { name: '', address1: 'Katu 1', city: 'Turku', countryCode: 'FIN' },
      orderLines: [
        { code: 'NO-SUCH-PRODUCT', quantity: 0 },
        { code, quantity: 1.5 },
      ],
    });
    const response = await call('POST', '/api/v1/orders', body);
    assert.equal(response.status, 400);
    const { message } = response.json;
    for (const field of [
      'priceCurrency',
      'customer.name',
      'customer.countryCode',
      'orderLines[0].quantity',
      'orderLines[1].quantity',
    ]) {
      assert.ok(message.includes(field), `${field} missing from: ${message}`);
    }
    const unknown = await call('POST', '/api/v1/orders', newOrder('WEB-2', 'NO-SUCH-PRODUCT'));
    assert.match(unknown.json.message, /orderLines\[0\]\.code names no product: 'NO-SUCH-PRODUCT'/);
  });

  it('requires reference, customer and order lines, and names them', async () => {
    const { call } = await setup();
    const response = await call('POST', '/api/v1/orders', { comments: 'hello' });
    assert.equal(response.status, 400);
    assert.match(response.json.message, /reference is required/);
    assert.match(response.json.message, /customer is required/);
    const noLines = await call('POST', '/api/v1/orders', {
      ...newOrder('WEB-3', 'x'),
      orderLines: undefined,
    });
    assert.match(noLines.json.message, /orderLines is required/);
  });

  it('answers 409 for a reference already in use, ignoring case', async () => {
    const { call, code } = await setup();
    assert.equal((await call('POST', '/api/v1/orders', newOrder('Dup-1', code))).status, 201);
    const again = await call('POST', '/api/v1/orders', newOrder('DUP-1', code));
    assert.equal(again.status, 409);
    assert.match(again.json.message, /already exists/);
  });

  it('moves an order New → Draft → New, replacing lines and bumping editTime on each change', async () => {
    const { call, code } = await setup();
    const created = (await call('POST', '/api/v1/orders', newOrder('EDIT-1', code))).json;
    const draft = await call('PUT', '/api/v1/orders/EDIT-1', {
      ...newOrder('EDIT-1', code),
      status: 'Draft',
      orderLines: [{ code, quantity: 5 }],
    });
    assert.equal(draft.status, 200);
    assert.equal(draft.json.status, 'Draft');
    assert.deepEqual(
      draft.json.orderLines.map((line: { quantity: number }) => line.quantity),
      [5],
    );
    assert.ok(draft.json.editTime > created.editTime);
    const released = await call('PUT', '/api/v1/orders/edit-1', {
      ...newOrder('EDIT-1', code),
      orderLines: undefined,
      status: 'New',
    });
    assert.equal(released.json.status, 'New');
    assert.equal(released.json.orderLines[0].quantity, 5, 'lines absent from the body stay');
    assert.ok(released.json.editTime > draft.json.editTime);
  });

  it('takes a cancellation request for a Collecting order and applies nothing else', async () => {
    const { call, code } = await setup();
    const collecting = await orderInStatus(call, 'Collecting');
    const response = await call('PUT', `/api/v1/orders/${collecting.reference}`, {
      ...newOrder(collecting.reference, code),
      comments: 'changed while cancelling',
      status: 'Cancelled',
    });
    assert.equal(response.status, 200);
    assert.equal(response.json.status, 'Cancelled');
    assert.equal(response.json.comments, collecting.comments, 'only the status changes');
  });

  it('refuses edits to a Collecting order, saying only cancellation can be requested', async () => {
    const { call, code } = await setup();
    const collecting = await orderInStatus(call, 'Collecting');
    const response = await call(
      'PUT',
      `/api/v1/orders/${collecting.reference}`,
      newOrder(collecting.reference, code),
    );
    assert.equal(response.status, 400);
    assert.match(response.json.message, /Collecting.*only a cancellation can be requested/);
    const shipped = await orderInStatus(call, 'Shipped');
    const late = await call(
      'PUT',
      `/api/v1/orders/${shipped.reference}`,
      newOrder(shipped.reference, code),
    );
    assert.equal(late.status, 400);
    assert.match(late.json.message, /Shipped and can no longer be edited/);
  });

  it('refuses statuses only the warehouse sets, and a reference change', async () => {
    const { call, code } = await setup();
    await call('POST', '/api/v1/orders', newOrder('EDIT-2', code));
    const shipped = await call('PUT', '/api/v1/orders/EDIT-2', {
      ...newOrder('EDIT-2', code),
      status: 'Shipped',
    });
    assert.equal(shipped.status, 400);
    assert.match(shipped.json.message, /status must be Draft, New or Cancelled/);
    const renamed = await call('PUT', '/api/v1/orders/EDIT-2', newOrder('EDIT-3', code));
    assert.equal(renamed.status, 400);
    assert.match(renamed.json.message, /reference must match/);
    assert.equal((await call('PUT', '/api/v1/orders/NOPE', newOrder('NOPE', code))).status, 404);
  });

  it('answers 415 for a body that is not JSON', async () => {
    const { url, token } = await setup();
    const response = await fetch(`${url}/api/v1/orders`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' },
      body: 'reference=1',
    });
    assert.equal(response.status, 415);
  });
});
