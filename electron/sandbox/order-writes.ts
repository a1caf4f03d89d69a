// POST /orders and PUT /orders/{reference}: validation, OGOship's edit rules and
// edit times. Never stores a field it did not validate.
import { randomUUID } from 'node:crypto';
import type { OrderInput } from '../../shared/domain/order.js';
import type { ApiContext, ApiRoute } from './api-router.js';
import { isoTime } from './clock.js';
import { decodeSegment } from './orders-api.js';
import { editRefusal, isCancellationRequest, orderSchemaFor } from './order-rules.js';
import type { OrderJson } from './records.js';
import { apiErrorReply, fail, jsonReply, type Reply } from './reply.js';
import { parseWith, readJsonBody } from './validation.js';

function linesOf(input: OrderInput): OrderJson['orderLines'] {
  return (input.orderLines ?? []).map((line) => ({
    code: line.code,
    quantity: line.quantity,
    unitPrice: line.unitPrice ?? null,
    vatPercentage: line.vatPercentage ?? null,
    productInfoUrl: line.productInfoUrl ?? null,
    productPictureUrl: line.productPictureUrl ?? null,
  }));
}

function customerOf(input: OrderInput): OrderJson['customer'] {
  const { customer } = input;
  return {
    name: customer.name,
    company: customer.company ?? null,
    address1: customer.address1,
    address2: customer.address2 ?? null,
    city: customer.city,
    countryCode: customer.countryCode,
    zip: customer.zip ?? null,
    phone: customer.phone ?? null,
    email: customer.email ?? null,
  };
}

/** The merchant-settable fields the body carries; absent fields are left out so PUT keeps them. */
function fieldsOf(body: Record<string, unknown>, input: OrderInput): Partial<OrderJson> {
  const fields: Partial<OrderJson> = { reference: input.reference, customer: customerOf(input) };
  const has = (name: string) => Object.hasOwn(body, name);
  if (has('orderLines')) fields.orderLines = linesOf(input);
  if (has('shippingCode')) fields.shippingCode = input.shippingCode ?? null;
  if (has('pickUpPointCode')) fields.pickUpPointCode = input.pickUpPointCode ?? null;
  if (has('comments')) fields.comments = input.comments ?? null;
  if (has('priceTotal')) fields.priceTotal = input.priceTotal ?? null;
  if (has('priceCurrency')) fields.priceCurrency = input.priceCurrency ?? null;
  if (has('test')) fields.test = input.test ?? false;
  if (has('cashOnDelivery')) {
    const cod = input.cashOnDelivery;
    fields.cashOnDelivery = cod
      ? {
          amount: cod.amount,
          currencyCode: cod.currencyCode ?? null,
          reference: cod.reference ?? null,
        }
      : null;
  }
  if (has('documents')) {
    fields.documents = (input.documents ?? []).map((document) => ({
      type: document.type,
      url: document.url ?? null,
      base64Content: document.base64Content ?? null,
    }));
  }
  return fields;
}

const EMPTY_ORDER: Omit<OrderJson, 'id' | 'reference' | 'customer' | 'editTime'> = {
  status: 'New',
  shippingCode: null,
  pickUpPointCode: null,
  orderLines: [],
  comments: null,
  priceTotal: null,
  priceCurrency: null,
  cashOnDelivery: null,
  test: false,
  documents: [],
  trackingNumber: null,
  trackingUrl: null,
  warehouseComments: null,
};

// LIMIT: orders neither reserve nor deduct stock, and Pending never turns New by itself;
// the demo needs order and stock figures to be editable independently.

/** POST /orders: a new order; a reference already in use is a 409. */
export function createOrder({ request, state }: ApiContext): Reply {
  const body = readJsonBody(request);
  const input = parseWith(orderSchemaFor(state, true), body, 'order');
  const existing = state.orders.get(input.reference);
  if (existing)
    return apiErrorReply(
      409,
      `An order with reference ${existing.json.reference} already exists; use PUT /orders/{reference} to change it.`,
    );
  const editMs = state.nextEditTime();
  const json: OrderJson = {
    ...EMPTY_ORDER,
    ...fieldsOf(body, input),
    id: randomUUID(),
    reference: input.reference,
    customer: customerOf(input),
    status: input.status ?? 'New',
    editTime: isoTime(editMs),
  };
  state.orders.put({ key: json.reference, editMs, json });
  return jsonReply(json, 201);
}

/** PUT /orders/{reference}: replaces the fields the body carries, under the edit rules. */
export function updateOrder({ request, state }: ApiContext, reference: string): Reply {
  const row = state.orders.get(reference);
  if (!row) return apiErrorReply(404, `No order with reference ${reference}.`);
  const body = readJsonBody(request);
  const input = parseWith(orderSchemaFor(state, false), body, 'order');
  if (input.reference.toLowerCase() !== row.key.toLowerCase()) {
    fail(
      400,
      `The order is not valid: reference must match the reference in the path (${row.key}); references cannot be changed.`,
    );
  }
  const wanted = input.status ?? row.json.status;
  const refusal = editRefusal(row.json.reference, row.json.status, wanted);
  if (refusal) fail(400, refusal);
  const editMs = state.nextEditTime();
  // A cancellation request changes the status only: the warehouse is already
  // working on the order, so the rest of the body is not applied.
  const changes = isCancellationRequest(row.json.status, wanted) ? {} : fieldsOf(body, input);
  const json: OrderJson = {
    ...row.json,
    ...changes,
    reference: row.json.reference,
    status: wanted,
    editTime: isoTime(editMs),
  };
  state.orders.put({ key: row.key, editMs, json });
  return jsonReply(json);
}

/** The order write routes. */
export const orderWriteRoutes: ApiRoute[] = [
  { method: 'POST', pattern: /^\/orders$/i, scope: 'write:order', handle: createOrder },
  {
    method: 'PUT',
    pattern: /^\/orders\/([^/]+)$/i,
    scope: 'write:order',
    handle: (context, [reference]) =>
      updateOrder(context, decodeSegment(reference!, 'order reference')),
  },
];
