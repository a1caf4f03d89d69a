// GET /products and GET /stock: the catalogue and its stock levels by edit
// time, code or EAN. Read-only; the writes live in product-writes.ts.
import type { ApiContext, ApiRoute } from './api-router.js';
import { pageOf } from './keyed-store.js';
import { parseModifiedAfter, parsePaging } from './query.js';
import type { ProductRow } from './records.js';
import { isoTime } from './clock.js';
import { jsonReply, type Reply } from './reply.js';

function listProducts({ request, state }: ApiContext): Reply {
  const { limit, page } = parsePaging(request.query);
  const after = parseModifiedAfter(request.query);
  const code = request.query.get('code');
  const ean = request.query.get('eancode');
  if (code === undefined && ean === undefined) {
    return jsonReply(state.products.page(after, limit, page).map((row) => row.json));
  }
  const candidates =
    code !== undefined
      ? [state.products.get(code)].filter((row) => row !== undefined)
      : state.products.all();
  const matches = candidates.filter(
    (row) =>
      (ean === undefined || row.json.eanCode === ean) &&
      (after === undefined || row.editMs > after),
  );
  return jsonReply(pageOf(matches, limit, page).map((row) => row.json));
}

/** A product's stock level row as GET /stock answers it. */
export function stockLevelOf(row: ProductRow) {
  return {
    productCode: row.json.code,
    stock: row.json.stock,
    stockAvailable: row.json.stockAvailable,
    reserved: row.json.reserved,
    modified: isoTime(row.stockMs),
  };
}

function listStock({ request, state }: ApiContext): Reply {
  const { limit, page } = parsePaging(request.query);
  const after = parseModifiedAfter(request.query);
  const code = request.query.get('productcode');
  if (code === undefined)
    return jsonReply(state.products.stockPage(after, limit, page).map(stockLevelOf));
  const row = state.products.get(code);
  const matches = row && (after === undefined || row.stockMs > after) ? [stockLevelOf(row)] : [];
  return jsonReply(pageOf(matches, limit, page));
}

/** The product and stock read routes. */
export const productReadRoutes: ApiRoute[] = [
  { method: 'GET', pattern: /^\/products$/i, scope: 'read:product', handle: listProducts },
  { method: 'GET', pattern: /^\/stock$/i, scope: 'read:product', handle: listStock },
];
