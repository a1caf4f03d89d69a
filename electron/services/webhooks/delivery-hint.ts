// Reads what a verified delivery points at: the order references or product codes
// to fetch from the API. OGOship's payload shapes are not published here, so this
// reads tolerantly (a few container and key spellings, case-insensitive) and the
// API stays the source of truth. Must never run on bytes that failed verification.
import type { WebhookType } from '../../../shared/domain/webhook.js';

/** The records a delivery asks the app to refresh. */
export type DeliveryHint =
  | { readonly kind: 'order'; readonly references: readonly string[] }
  | { readonly kind: 'product'; readonly codes: readonly string[] };

/** A hint, or the reason the body could not give one. */
export type HintResult = { ok: true; hint: DeliveryHint } | { ok: false; reason: string };

// LIMIT: OGOship's payload schemas are not reachable from here; these spellings cover the
// sandbox's payloads and the usual variants, and a body naming none is recorded as rejected.
const ORDER_KEYS = ['reference', 'orderreference', 'orderreferencenumber', 'ordernumber'];
const PRODUCT_KEYS = ['productcode', 'code', 'sku'];
const CONTAINER_KEYS = ['order', 'product', 'data', 'payload', 'stocklevel', 'stock', 'items', 'products', 'orders'];

/** Parses the raw body as UTF-8 JSON and finds what it names. */
export function readDeliveryHint(type: WebhookType, rawBody: Uint8Array): HintResult {
  const parsed = parseJson(rawBody);
  if (!parsed.ok) return parsed;

  const keys = type === 'OrderShipped' ? ORDER_KEYS : PRODUCT_KEYS;
  const found = [...new Set(collectValues(parsed.value, keys, 0))];
  if (found.length === 0) {
    const what = type === 'OrderShipped' ? 'an order reference' : 'a product code';
    return { ok: false, reason: `The delivery names no ${what}` };
  }

  const hint: DeliveryHint =
    type === 'OrderShipped' ? { kind: 'order', references: found } : { kind: 'product', codes: found };
  return { ok: true, hint };
}

/** Decodes strict UTF-8 and parses JSON, or says why not. */
export function parseJson(rawBody: Uint8Array): { ok: true; value: unknown } | { ok: false; reason: string } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(rawBody);
  } catch {
    return { ok: false, reason: 'The body is not UTF-8 text' };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: 'The body is not valid JSON' };
  }
}

// Looks at the object itself first, then one level into known containers and
// arrays, so a nested `cashOnDelivery.reference` is never mistaken for the order's.
function collectValues(value: unknown, keys: readonly string[], depth: number): string[] {
  if (depth > 3 || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((item) => collectValues(item, keys, depth + 1));

  const entries = Object.entries(value as Record<string, unknown>);
  for (const key of keys) {
    const hit = entries.find(([name, field]) => name.toLowerCase() === key && isUsableId(field));
    if (hit) return [String(hit[1]).trim()];
  }

  return entries
    .filter(([name]) => CONTAINER_KEYS.includes(name.toLowerCase()))
    .flatMap(([, field]) => collectValues(field, keys, depth + 1));
}

function isUsableId(field: unknown): boolean {
  if (typeof field === 'number') return Number.isFinite(field);
  return typeof field === 'string' && field.trim().length > 0 && field.length <= 200;
}
