// Builds drafts and outbox from the services they stand on (store, API client,
// event bus) for createServices, the CLI and the tests alike. Wires the one
// event the renderer hears, 'outbox.changed'. Never sees a secret.
import type { ApiClient } from '../api/index.js';
import type { EventBus } from '../event-bus.js';
import type { Store } from '../store/index.js';
import { createOutboxHandlers } from '../outbox/handlers.js';
import { createOutbox, type OrderSender } from '../outbox/outbox.js';
import type { Order, OrderInput } from '../../../shared/domain/order.js';
import { createDraftService, type DraftCache } from './draft-service.js';
import { draftTable } from './draft-table.js';
import { createDraftHandlers } from './handlers.js';

/** What the feature is built from; clock and randomness are injectable for tests. */
export interface DraftsFeatureDeps {
  store: Store;
  api: ApiClient;
  bus: EventBus;
  now?: () => number;
  random?: () => number;
  backoff?: { baseDelayMs: number; maxDelayMs: number };
}

/** The outbox's three calls over the API client; it owns retries, so the client makes none. */
export function apiOrderSender(api: ApiClient): OrderSender {
  const sameReference = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();
  return {
    create: (body, signal) => api.orders.create(body as OrderInput, { signal, retry: 'never' }),
    update: (reference, body, signal) =>
      api.orders.update(reference, body as OrderInput, { signal, retry: 'never' }),
    async findByReference(reference, signal): Promise<Order | null> {
      const found = await api.orders.getByReference(reference, { signal });
      // A server that ignored the filter must not make another order look like ours.
      return found && sameReference(found.reference, reference) ? found : null;
    },
  };
}

/** The local cache as the drafts read it. */
export function storeDraftCache(store: Store): DraftCache {
  // The orders table has no case-insensitive lookup; this one query reads its reference column.
  const anyCase = store.db.prepare(
    'SELECT 1 FROM orders WHERE reference = ? COLLATE NOCASE LIMIT 1',
  );
  return {
    order: (reference) => store.orders.get(reference),
    orderExists: (reference) => anyCase.get(reference) !== undefined,
    product: (code) => store.products.get(code),
    hasCatalogue: () => store.products.count() > 0,
    searchProducts: (search, limit) =>
      store.products
        .query({ search, limit, sort: { column: 'code', direction: 'asc' } })
        .rows.map((row) => ({
          code: row.code,
          name: row.name,
          stockAvailable: row.stockAvailable,
        })),
  };
}

/** Builds the draft service, the outbox and their contract handlers; call `start` to send. */
export function createDraftsFeature(deps: DraftsFeatureDeps) {
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  // Drafts belong to the environment and merchant signed in when they were made.
  let owner = 'unsigned';
  const table = draftTable(deps.store.db, () => owner);
  const cache = storeDraftCache(deps.store);
  const outbox = createOutbox({
    table,
    transaction: deps.store.transaction,
    sender: apiOrderSender(deps.api),
    now,
    random,
    backoff: deps.backoff,
    onChanged: (status) => deps.bus.emit('outbox.changed', status),
    onOrder: (order) => deps.store.transaction(() => deps.store.orders.put([order])),
  });
  const drafts = createDraftService({
    table,
    transaction: deps.store.transaction,
    cache,
    now,
    random,
    inFlightOp: (id) => outbox.inFlightOp(id),
    onQueued: () => outbox.poke(),
  });
  const stopSession = deps.bus.on('session.changed', (session) => {
    if (session.status !== 'signedIn' || session.merchantId === null) return;
    const signedIn = `${session.environment}:${session.merchantId}`;
    // This account's drafts may have been left mid-send by a crash while another was signed in.
    if (signedIn !== owner) {
      owner = signedIn;
      outbox.recover();
    }
    outbox.resume();
  });
  return {
    drafts,
    outbox,
    handlers: {
      ...createDraftHandlers({ drafts, cache }),
      ...createOutboxHandlers({ drafts, outbox }),
    },
    /** Recovers from any crash and starts sending. */
    start: () => outbox.start(),
    /** Stops sending and listening. */
    async stop(): Promise<void> {
      stopSession();
      await outbox.stop();
    },
  };
}

/** The drafts feature. */
export type DraftsFeature = ReturnType<typeof createDraftsFeature>;
