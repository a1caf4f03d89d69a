// OGOship order endpoints: list (paged, by reference, by modifiedAfter), create, update.
import { orderSchema, type Order, type OrderInput } from '../../../shared/domain/order.js';
import type { CallOptions, Instant } from './call-options.js';
import type { Http } from './http.js';
import { listEndpoint } from './list-endpoint.js';
import { parseOne } from './validate.js';

/** Filters of GET /orders. */
export type OrderQuery = {
  reference?: string;
  modifiedAfter?: Instant;
};

/** Order calls bound to one transport. */
export function orderEndpoints(http: Http) {
  const listing = listEndpoint<typeof orderSchema, OrderQuery>(http, '/orders', orderSchema);

  /** The order with this reference, or null when OGOship has none. */
  async function getByReference(
    reference: string,
    options: CallOptions = {},
  ): Promise<Order | null> {
    const found = await listing.list({ reference, limit: 1, page: 1 }, options);
    return found.find((order) => order.reference === reference) ?? found[0] ?? null;
  }

  /** Creates an order; a POST, so retried only when OGOship certainly did not process it. */
  async function create(input: OrderInput, options: CallOptions = {}): Promise<Order | null> {
    const { body } = await http.request({
      method: 'POST',
      path: '/orders',
      body: input,
      ...options,
    });
    return body === null ? null : parseOne(orderSchema, body, 'POST /orders');
  }

  /** Updates the order filed under `reference`; lines and documents sent replace the old ones. */
  async function update(
    reference: string,
    input: OrderInput,
    options: CallOptions = {},
  ): Promise<Order | null> {
    const path = `/orders/${encodeURIComponent(reference)}`;
    const { body } = await http.request({ method: 'PUT', path, body: input, ...options });
    return body === null ? null : parseOne(orderSchema, body, 'PUT /orders/{reference}');
  }

  return { ...listing, getByReference, create, update };
}
