// POST /products and PUT /products/{code} (including renames and base64url
// codes). Never overwrites an existing EAN, never stores an unvalidated field.
import { randomUUID } from 'node:crypto';
import type { ProductInput } from '../../shared/domain/product.js';
import type { ApiContext, ApiRoute } from './api-router.js';
import { isoTime } from './clock.js';
import { incomingByCode } from './incoming-stock.js';
import { productCodeFromPath, productSchemaFor } from './product-rules.js';
import type { ProductJson } from './records.js';
import { apiErrorReply, jsonReply, type Reply } from './reply.js';
import { parseWith, readJsonBody } from './validation.js';

const EDITABLE_FIELDS = [
  'name',
  'description',
  'supplierCode',
  'supplier',
  'group',
  'eanCode',
  'supplyPrice',
  'salesPrice',
  'currencyCode',
  'infoUrl',
  'pictureUrl',
  'countryOfOrigin',
  'customsDescription',
  'hsCode',
] as const;

const EMPTY_FIELDS = Object.fromEntries(EDITABLE_FIELDS.map((field) => [field, null])) as Pick<
  ProductJson,
  (typeof EDITABLE_FIELDS)[number]
>;

/** The fields the body carries; absent ones are left out so PUT keeps them. */
function fieldsOf(body: Record<string, unknown>, input: ProductInput): Partial<ProductJson> {
  const fields: Record<string, unknown> = {
    code: input.code,
    languageCode: input.languageCode.toLowerCase(),
  };
  for (const field of EDITABLE_FIELDS) {
    if (Object.hasOwn(body, field)) fields[field] = input[field] ?? null;
  }
  return fields as Partial<ProductJson>;
}

function readProduct(
  context: ApiContext,
  currentCode?: string,
): { body: Record<string, unknown>; input: ProductInput } {
  const body = readJsonBody(context.request);
  const input = parseWith(productSchemaFor(currentCode), body, 'product');
  return { body, input };
}

/** POST /products: a new product with no stock; a code already in use is a 409. */
export function createProduct(context: ApiContext): Reply {
  const { state } = context;
  const { body, input } = readProduct(context);
  const existing = state.products.get(input.code);
  if (existing)
    return apiErrorReply(
      409,
      `A product with code ${existing.json.code} already exists; use PUT /products/{code} to change it.`,
    );
  const editMs = state.nextEditTime();
  const incoming = incomingByCode(state.stockUpdates.all().map((row) => row.json)).get(
    input.code.toLowerCase(),
  );
  const json: ProductJson = {
    id: randomUUID(),
    ...EMPTY_FIELDS,
    ...fieldsOf(body, input),
    code: input.code,
    languageCode: input.languageCode.toLowerCase(),
    stock: 0,
    stockAvailable: 0,
    reserved: 0,
    stockUpdate: incoming?.stockUpdate ?? 0,
    stockUpdateTime: incoming?.stockUpdateTime ?? null,
    editTime: isoTime(editMs),
  };
  state.products.put({ key: json.code, editMs, stockMs: editMs, json });
  return jsonReply(json, 201);
}

/** PUT /products/{code}: the path names the old code; a different body code renames. */
export function updateProduct(context: ApiContext, rawCode: string): Reply {
  const { state, request } = context;
  const oldCode = productCodeFromPath(request, rawCode);
  const row = state.products.get(oldCode);
  if (!row) return apiErrorReply(404, `No product with code ${oldCode.slice(0, 80)}.`);
  const { body, input } = readProduct(context, row.json.code);
  const taken = state.products.get(input.code);
  if (taken && taken !== row)
    return apiErrorReply(
      409,
      `Cannot rename to ${input.code}: a product with that code already exists.`,
    );
  const editMs = state.nextEditTime();
  const json: ProductJson = { ...row.json, ...fieldsOf(body, input), editTime: isoTime(editMs) };
  // OGOship keeps an EAN once set: a different one in the body is ignored, not an error.
  if (row.json.eanCode) json.eanCode = row.json.eanCode;
  // LIMIT: a rename leaves existing order lines on the old code, as history.
  state.products.remove(row.key);
  state.products.put({ key: json.code, editMs, stockMs: row.stockMs, json });
  return jsonReply(json);
}

/** The product write routes. */
export const productWriteRoutes: ApiRoute[] = [
  { method: 'POST', pattern: /^\/products$/i, scope: 'write:product', handle: createProduct },
  {
    method: 'PUT',
    pattern: /^\/products\/([^/]+)$/i,
    scope: 'write:product',
    handle: (context, [code]) => updateProduct(context, code!),
  },
];
