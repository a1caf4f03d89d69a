// What the import needs to send products, and its adapter over the app's API
// client. The adapter reports the server's push-back (429/5xx with the wait it
// asked for) so the import can slow down. Never sees or logs a token.
import type { Product, ProductInput } from '../../../shared/domain/product.js';
import { ApiError, OfflineError } from '../../../shared/errors.js';
import { MAX_PAGE_SIZE, createApiClient, realSleep, type ApiClient, type HttpSettings, type Sleep } from '../api/index.js';

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

/** How patiently the catalogue is read: rounds of the client's own retries, and the pause between them. */
export interface CatalogueReadOptions {
  readonly signal?: AbortSignal | undefined;
  readonly rounds?: number;
  readonly pauseMs?: number;
  readonly sleep?: Sleep;
}

const CATALOGUE_ROUNDS = 4;
const CATALOGUE_PAUSE_MS = 2_000;

/**
 * The whole catalogue from the API, by exact code, for the preview's comparison.
 * Each page is a GET, safe to ask again: when the client's own retries (a few
 * seconds) run out on a dropped connection or a 429/5xx, the page is asked for
 * again after a pause, so a short outage is ridden like the sending phase rides it.
 */
export async function loadCatalogueFromApi(client: ApiClient, options: CatalogueReadOptions = {}): Promise<Map<string, Product>> {
  const catalogue = new Map<string, Product>();
  for (let page = 1; ; page += 1) {
    const items = await patiently(() => client.products.list({ page, limit: MAX_PAGE_SIZE }, { signal: options.signal }), options);
    for (const product of items) catalogue.set(product.code, product);
    if (items.length < MAX_PAGE_SIZE) return catalogue;
  }
}

async function patiently<T>(read: () => Promise<T>, options: CatalogueReadOptions): Promise<T> {
  const { rounds = CATALOGUE_ROUNDS, pauseMs = CATALOGUE_PAUSE_MS, sleep = realSleep } = options;
  for (let round = 1; ; round += 1) {
    try {
      return await read();
    } catch (error) {
      if (round >= rounds || !worthAnotherRound(error)) throw error;
      await sleep(pauseMs * round, options.signal);
    }
  }
}

function worthAnotherRound(error: unknown): boolean {
  if (error instanceof ApiError) return error.status === 429 || error.status >= 500;
  // A dropped or refused connection (ConnectionError is an OfflineError); not a cancel.
  return error instanceof OfflineError;
}
