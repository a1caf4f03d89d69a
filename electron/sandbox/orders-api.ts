// GET /orders: the merchant's orders by edit time, by reference or changed
// since a moment. Read-only; the writes live in order-writes.ts.
import type { ApiContext, ApiRoute } from './api-router.js';
import { pageOf } from './keyed-store.js';
import { parseModifiedAfter, parsePaging } from './query.js';
import { fail, jsonReply, type Reply } from './reply.js';

function listOrders({ request, state }: ApiContext): Reply {
  const { limit, page } = parsePaging(request.query);
  const after = parseModifiedAfter(request.query);
  const reference = request.query.get('reference');
  if (reference !== undefined) {
    const row = state.orders.get(reference);
    const matches = row && (after === undefined || row.editMs > after) ? [row.json] : [];
    return jsonReply(pageOf(matches, limit, page));
  }
  return jsonReply(state.orders.page(after, limit, page).map((row) => row.json));
}

/** Decodes a path segment; a malformed escape is a 400. */
export function decodeSegment(raw: string, what: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    fail(400, `The ${what} in the path is not a valid percent-encoded string.`);
  }
}

/** The order read routes. */
export const orderReadRoutes: ApiRoute[] = [
  { method: 'GET', pattern: /^\/orders$/i, scope: 'read:order', handle: listOrders },
];
