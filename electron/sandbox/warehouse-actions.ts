// What the warehouse does on its own, triggered through /__sandbox/: ship an
// order (tracking + OrderShipped webhooks) and set a product's stock
// (ProductStockLevelChanged webhooks). Never reachable through /api/v1.
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { isoTime } from './clock.js';
import { apiErrorReply, jsonReply, type Reply } from './reply.js';
import type { SandboxState } from './sandbox-state.js';
import { SeededRandom } from './seed/random.js';
import { trackingFor } from './seed/tracking.js';
import { parseWith } from './validation.js';

const SHIPPABLE = new Set(['New', 'Pending', 'Reserved', 'Locked', 'Collecting']);

const shipSchema = z
  .object({
    trackingNumber: z.string().min(1).max(100).optional(),
    trackingUrl: z
      .string()
      .regex(/^https?:\/\//i, 'must be an http or https URL')
      .optional(),
  })
  .strict();

const stockSchema = z.object({ stock: z.number().int().min(0).max(100_000_000) }).strict();

/** Marks an order Shipped with tracking, and announces it for webhooks. */
export function shipOrder(state: SandboxState, reference: string, body: unknown): Reply {
  const input = parseWith(shipSchema, body, 'ship request');
  const row = state.orders.get(reference);
  if (!row) return apiErrorReply(404, `No order with reference ${reference}.`);
  if (!SHIPPABLE.has(row.json.status)) {
    return apiErrorReply(
      409,
      `Order ${row.json.reference} is ${row.json.status}; the warehouse cannot ship it.`,
    );
  }
  const made = trackingFor(new SeededRandom(randomInt(2 ** 31)), row.json.customer.countryCode);
  const editMs = state.nextEditTime();
  const json = {
    ...row.json,
    status: 'Shipped' as const,
    trackingNumber: input.trackingNumber ?? made.number,
    trackingUrl: input.trackingUrl ?? (input.trackingNumber ? null : made.url),
    editTime: isoTime(editMs),
  };
  state.orders.put({ key: row.key, editMs, json });
  state.events.orderShipped(json);
  return jsonReply(json);
}

/** Sets a product's stock, keeps its reservations, and announces the change for webhooks. */
export function setProductStock(state: SandboxState, code: string, body: unknown): Reply {
  const { stock } = parseWith(stockSchema, body, 'stock request');
  const row = state.products.get(code);
  if (!row) return apiErrorReply(404, `No product with code ${code}.`);
  const editMs = state.nextEditTime();
  const json = {
    ...row.json,
    stock,
    stockAvailable: Math.max(0, stock - row.json.reserved),
    editTime: isoTime(editMs),
  };
  state.products.put({ key: row.key, editMs, stockMs: editMs, json });
  state.events.stockChanged(json);
  return jsonReply(json);
}
