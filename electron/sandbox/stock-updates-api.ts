// GET and POST /StockUpdate: announced incoming deliveries, and the products'
// "on its way in" figures they feed. Never marks anything received: that is the
// warehouse's job.
import { stockUpdateInputSchema } from '../../shared/domain/product.js';
import type { ApiContext, ApiRoute } from './api-router.js';
import { isoTime } from './clock.js';
import { incomingByCode } from './incoming-stock.js';
import { pageOf } from './keyed-store.js';
import { parseIsoTime, parseModifiedAfter, parsePaging } from './query.js';
import type { StockUpdateJson } from './records.js';
import { apiErrorReply, jsonReply, type Reply } from './reply.js';
import type { SandboxState } from './sandbox-state.js';
import { type FieldIssue, parseWith, readJsonBody, rejectIssues } from './validation.js';

type StockUpdateInput = ReturnType<typeof stockUpdateInputSchema.parse>;

function listStockUpdates({ request, state }: ApiContext): Reply {
  const { limit, page } = parsePaging(request.query);
  const after = parseModifiedAfter(request.query);
  const reference = request.query.get('reference');
  const autoReference = request.query.get('autoreference');
  if (reference === undefined && autoReference === undefined) {
    return jsonReply(state.stockUpdates.page(after, limit, page).map((row) => row.json));
  }
  const matches = state.stockUpdates
    .all()
    .filter(
      (row) =>
        (reference === undefined || row.key.toLowerCase() === reference.toLowerCase()) &&
        (autoReference === undefined ||
          row.json.autoReference.toLowerCase() === autoReference.toLowerCase()) &&
        (after === undefined || row.editMs > after),
    );
  return jsonReply(pageOf(matches, limit, page).map((row) => row.json));
}

function stockUpdateIssues(state: SandboxState, input: StockUpdateInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  if (input.reference.length > 50) add('reference', 'must be at most 50 characters');
  if (input.supplier.length > 100) add('supplier', 'must be at most 100 characters');
  if (parseIsoTime(input.receiveDate) === undefined)
    add('receiveDate', 'must be an ISO 8601 date such as 2026-02-15');
  for (const count of ['containers', 'pallets', 'parcels'] as const) {
    const value = input[count];
    if (value != null && (!Number.isInteger(value) || value < 0))
      add(count, 'must be a whole number, 0 or more');
  }
  if (!input.products || input.products.length === 0)
    add('products', 'must list at least 1 product');
  input.products?.forEach((line, index) => {
    if (!state.products.get(line.code))
      add(
        `products[${index}].code`,
        `names no product: '${line.code.slice(0, 60)}' does not exist`,
      );
    if (!/^[A-Z]{2}$/.test(line.countryOfOrigin))
      add(`products[${index}].countryOfOrigin`, 'must be 2 capital letters (ISO 3166-1 alpha-2)');
  });
  return issues;
}

function toJson(input: StockUpdateInput, autoReference: string, nowIso: string): StockUpdateJson {
  return {
    reference: input.reference,
    autoReference,
    status: 'NEW',
    warehouseCode: input.warehouseCode ?? null,
    supplier: input.supplier,
    containers: input.containers ?? null,
    pallets: input.pallets ?? null,
    parcels: input.parcels ?? null,
    deliveredBy: input.deliveredBy ?? null,
    receiveDate: input.receiveDate,
    arrivalDate: null,
    merchantComments: input.merchantComments ?? null,
    trackingCodes: input.trackingCodes ?? [],
    specialAction: input.specialAction ?? null,
    products: (input.products ?? []).map((line) => ({
      code: line.code,
      name: line.name ?? null,
      expectedQuantity: line.expectedQuantity,
      supplyPrice: line.supplyPrice ?? null,
      eanCode: line.eanCode ?? null,
      countryOfOrigin: line.countryOfOrigin,
      customsDescription: line.customsDescription ?? null,
      hsCode: line.hsCode ?? null,
      receivedQuantity: 0,
      warehouseComments: null,
    })),
    warehouseComments: null,
    created: nowIso,
    modified: nowIso,
  };
}

/** Re-derives "on its way in" for the given product codes after a delivery is announced. */
function refreshIncoming(state: SandboxState, codes: string[]): void {
  const incoming = incomingByCode(state.stockUpdates.all().map((row) => row.json));
  for (const code of new Set(codes.map((each) => each.toLowerCase()))) {
    const row = state.products.get(code);
    const open = incoming.get(code);
    if (!row || !open) continue;
    const editMs = state.nextEditTime();
    state.products.put({
      ...row,
      editMs,
      json: { ...row.json, ...open, editTime: isoTime(editMs) },
    });
  }
}

function createStockUpdate({ request, state }: ApiContext): Reply {
  const input = parseWith(stockUpdateInputSchema, readJsonBody(request), 'stock update');
  rejectIssues('stock update', stockUpdateIssues(state, input));
  if (state.stockUpdates.get(input.reference)) {
    return apiErrorReply(409, `A stock update with reference ${input.reference} already exists.`);
  }
  const editMs = state.nextEditTime();
  const json = toJson(input, `SU${String(10000 + state.stockUpdates.size)}`, isoTime(editMs));
  state.stockUpdates.put({ key: json.reference, editMs, json });
  refreshIncoming(
    state,
    json.products.map((line) => line.code),
  );
  return jsonReply(json, 201);
}

/** The stock update routes. */
export const stockUpdateRoutes: ApiRoute[] = [
  { method: 'GET', pattern: /^\/stockupdate$/i, scope: 'read:product', handle: listStockUpdates },
  {
    method: 'POST',
    pattern: /^\/stockupdate$/i,
    scope: 'write:product',
    handle: createStockUpdate,
  },
];
