// Brings one resource (orders, products or stock) of the cache up to date: pages
// from the saved position on, each page stored together with the position after
// it in one transaction, so a crash or cancel resumes exactly where it stopped.
import { MAX_PAGE_SIZE } from '../api/index.js';
import type { Store, SyncResource } from '../store/index.js';
import { nextPosition, timeFraction } from './next-position.js';
import { timeMs } from '../store/index.js';
import type { SyncProgress } from '../../../shared/contract/sync.js';

/** How the sync reads and stores one kind of record. */
export interface ResourceSpec<T> {
  resource: SyncResource;
  fetchPage(
    modifiedAfter: string | undefined,
    page: number,
    limit: number,
    signal: AbortSignal,
  ): Promise<T[]>;
  /** The record's change time as OGOship spells it. */
  changeTime(item: T): string | null | undefined;
  /** Writes a page; runs inside the page's transaction. */
  store(items: T[]): void;
  /** Tells the views what changed, after the transaction committed. */
  announce(items: T[]): void;
  /** The record's identity, so one asked for again at a tie is counted once. */
  key?(item: T): string;
}

/** What one resource's run fetched. */
export interface ResourceOutcome {
  fetched: number;
  pages: number;
}

/** Runs `spec` from its saved position to the last page, reporting each stored page. */
export async function syncResource<T>(
  spec: ResourceSpec<T>,
  deps: {
    store: Store;
    now: () => number;
    signal: AbortSignal;
    onProgress: (progress: SyncProgress) => void;
  },
): Promise<ResourceOutcome> {
  const { store, now, signal } = deps;
  const saved = store.syncState.get(spec.resource);
  const phase = saved.lastSuccessAt === null ? 'full' : 'incremental';
  let position =
    saved.runStartedAt === null
      ? { ...saved, nextPage: 1, highWater: null, runStartedAt: now() }
      : saved;
  const startedAt = position.runStartedAt!;
  let firstChangeMs: number | null = timeMs(position.cursor);
  const outcome: ResourceOutcome = { fetched: 0, pages: 0 };
  // The records of this run, so `done` reads like the count the views show afterwards.
  const seen = new Set<string>();
  let distinct = 0;

  for (;;) {
    signal.throwIfAborted();
    const items = await spec.fetchPage(
      position.cursor ?? undefined,
      position.nextPage,
      MAX_PAGE_SIZE,
      signal,
    );
    const lastPage = items.length < MAX_PAGE_SIZE;
    const times = items.map((item) => spec.changeTime(item));
    firstChangeMs ??= timeMs(times[0]);
    const next = nextPosition(position, times, lastPage, now());
    store.transaction(() => {
      spec.store(items);
      store.syncState.save(spec.resource, next);
    });
    if (items.length > 0) spec.announce(items);

    outcome.fetched += items.length;
    outcome.pages += 1;
    for (const item of items) {
      const key = spec.key?.(item);
      if (key === undefined || !seen.has(key)) distinct += 1;
      if (key !== undefined) seen.add(key);
    }
    // LIMIT: OGOship sends no totals, so `total` stays null and the share done is estimated
    // from change times; a resumed run counts only what it fetched since it resumed.
    const fraction = lastPage ? 1 : timeFraction(firstChangeMs, next.highWater, now());
    deps.onProgress({
      phase,
      resource: spec.resource,
      done: distinct,
      total: null,
      fraction,
      pages: outcome.pages,
      finished: lastPage,
      startedAt,
    });
    position = next;
    if (lastPage) return outcome;
  }
}
