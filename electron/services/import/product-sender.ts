// What the import needs to send products, and its adapter over the app's API
// client. The adapter reports the server's push-back (429/5xx with the wait it
// asked for) so the import can slow down. Never sees or logs a token.
import type { Product, ProductInput } from '../../../shared/domain/product.js';
import { createApiClient, type ApiClient, type HttpSettings } from '../api/index.js';

/** Sends products; throws ApiError (with status), ConnectionError (`ambiguous`) or CancelledError. */
export interface ProductSender {
  create(body: ProductInput): Promise<void>;
  update(code: string, body: ProductInput): Promise<void>;
  /** The stored product with exactly this code, or null. */
  find(code: string): Promise<Product | null>;
}

/** Told when the server pushed back, with how long the client is waiting before its retry. */
export type ThrottleListener = (delayMs: number) => void;

/** The API client's settings plus where to report push-back. */
export interface ApiSenderSettings extends HttpSettings {
  readonly onThrottle: ThrottleListener;
}

/**
 * A sender over its own API client instance, so the client's retry hook can tell
 * this import (and only it) about 429s and 5xx. The client waits out Retry-After
 * itself and retries only what is safe (a POST only after a 429 or a request that
 * never left); everything else comes back to the import to settle.
 */
export function createApiProductSender(settings: ApiSenderSettings): ProductSender {
  const { onThrottle, ...http } = settings;
  const client = createApiClient({
    ...http,
    onRetry: (info) => {
      if (/^status (429|5\d\d)$/.test(info.reason)) onThrottle(info.delayMs);
      http.onRetry?.(info);
    },
  });
  return {
    create: async (body) => void (await client.products.create(body)),
    update: async (code, body) => void (await client.products.update(code, body)),
    find: async (code) => {
      const matches = await client.products.list({ code, limit: 1 });
      return matches.find((product) => product.code === code) ?? null;
    },
  };
}

/** The whole catalogue from the API, by exact code, for the preview's comparison. */
export async function loadCatalogueFromApi(client: ApiClient, signal?: AbortSignal): Promise<Map<string, Product>> {
  const catalogue = new Map<string, Product>();
  for await (const page of client.products.pages({}, { signal })) {
    for (const product of page.items) catalogue.set(product.code, product);
  }
  return catalogue;
}
