// Keeps the offline cache in step with OGOship: one run at a time, orders beside
// the catalogue (products, then stock over them), progress on the event bus,
// cancellable, resuming from the saved positions. Never sees a secret.
import { CancelledError, OfflineError, toErrorPayload } from '../../../shared/errors.js';
import type { SyncProgress, SyncResult, SyncStatus } from '../../../shared/contract/sync.js';
import type { ApiClient } from '../api/index.js';
import type { EventBus } from '../event-bus.js';
import type { Store } from '../store/index.js';
import { ordersSpec, productsSpec, stockSpec } from './resource-specs.js';
import { syncResource, type ResourceOutcome } from './resource-sync.js';

/** What the sync needs. */
export interface SyncDeps {
  api: ApiClient;
  store: Store;
  bus: EventBus;
  now?: () => number;
  /** Reachability learnt from every request; without it, from the sync's own runs. */
  isOnline?: () => boolean;
}

/** Builds the sync service. */
export function createSyncService(deps: SyncDeps) {
  const now = deps.now ?? Date.now;
  const { api, store, bus } = deps;
  let running: { promise: Promise<SyncResult>; controller: AbortController } | null = null;
  let online = true;
  let lastError: string | null = null;

  function lastSyncAt(): number | null {
    const times = (['orders', 'products', 'stock'] as const).map(
      (r) => store.syncState.get(r).lastSuccessAt,
    );
    return times.some((time) => time === null) ? null : Math.min(...(times as number[]));
  }

  /** Whether a sync runs, when the last finished, whether OGOship was reachable. */
  function status(): SyncStatus {
    const reachable = deps.isOnline?.() ?? online;
    return { running: running !== null, online: reachable, lastSyncAt: lastSyncAt(), lastError };
  }

  // A failure from before signing in (or from another merchant) is not news once
  // someone is signed in: the next run speaks for itself.
  bus.on('session.changed', (state) => {
    if (state.status !== 'signedIn' || lastError === null) return;
    lastError = null;
    bus.emit('sync.status', status());
  });

  async function runOnce(controller: AbortController): Promise<SyncResult> {
    const onProgress = (progress: SyncProgress): void => bus.emit('sync.progress', progress);
    const context = { store, now, signal: controller.signal, onProgress };
    let firstFailure: unknown;
    // The first failure stops the other branch too; its own CancelledError is not the story.
    const guard = <T>(work: Promise<T>): Promise<T> =>
      work.catch((error: unknown) => {
        if (firstFailure === undefined) firstFailure = error;
        controller.abort();
        throw error;
      });
    const catalogue = async (): Promise<[ResourceOutcome, ResourceOutcome]> => {
      const products = await syncResource(productsSpec(api, store, bus), context);
      return [products, await syncResource(stockSpec(api, store, bus), context)];
    };
    const [orders, both] = await Promise.allSettled([
      guard(syncResource(ordersSpec(api, store, bus), context)),
      guard(catalogue()),
    ]);
    if (orders.status === 'rejected' || both.status === 'rejected') throw asCancelled(firstFailure);
    const [products, stock] = both.value;
    const fetched = {
      orders: orders.value.fetched,
      products: products.fetched,
      stock: stock.fetched,
    };
    return { status: status(), fetched, pages: orders.value.pages + products.pages + stock.pages };
  }

  async function settle(controller: AbortController): Promise<SyncResult> {
    try {
      const result = await runOnce(controller);
      online = true;
      lastError = null;
      return { ...result, status: { ...status(), running: false } };
    } catch (error) {
      if (error instanceof OfflineError) online = false;
      lastError = toErrorPayload(error).message;
      throw error;
    } finally {
      running = null;
      bus.emit('sync.status', status());
    }
  }

  /** Runs a sync (or joins the one running); `signal` cancels this caller's wait and the run. */
  function run(options: { signal?: AbortSignal } = {}): Promise<SyncResult> {
    if (!running) {
      const controller = new AbortController();
      running = { controller, promise: settle(controller) };
      bus.emit('sync.status', status());
    }
    const current = running;
    options.signal?.addEventListener('abort', () => current.controller.abort(), { once: true });
    return current.promise;
  }

  /** Stops a running sync; what was stored stays, and the next run resumes there. */
  function cancel(): SyncStatus {
    running?.controller.abort();
    return status();
  }

  /** Resolves once no run is going (at once when idle); never rejects. */
  async function idle(): Promise<void> {
    await running?.promise.catch(() => undefined);
  }

  return { run, cancel, status, idle };
}

function asCancelled(error: unknown): unknown {
  if (error instanceof CancelledError) return error;
  return error instanceof Error && error.name === 'AbortError'
    ? new CancelledError('Sync cancelled')
    : error;
}

/** The sync service. */
export type SyncService = ReturnType<typeof createSyncService>;
