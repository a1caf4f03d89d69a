// Loads the pages of a server-side query that a virtualised table scrolls
// through, for any store whose state holds `rows` and `error`: asks only for
// missing pages, and ignores answers to a query that has since changed.
// Knows nothing of orders or products: the store hands it the page fetch.
import { errorMessage } from '../bridge/index.js';
import {
  PAGE_SIZE,
  freshRows,
  missingPages,
  refreshingRows,
  withPage,
  withRequested,
  type PagedRows,
} from './paged-rows.js';

/** The part of a store's state the loader reads and writes. */
export interface PagedState<Row> {
  rows: PagedRows<Row>;
  error: string | null;
}

type SetPaged<Row> = (
  change: Partial<PagedState<Row>> | ((state: PagedState<Row>) => Partial<PagedState<Row>>),
) => void;

/** One page of the query's answer. */
export interface FetchedPage<Row> {
  total: number;
  rows: Row[];
}

/** Builds ensureRange/refresh/reload over a store's `set` and `get` and its page fetch. */
export function createPagedLoader<Row>(
  set: SetPaged<Row>,
  get: () => PagedState<Row>,
  fetchPage: (offset: number, limit: number) => Promise<FetchedPage<Row>>,
) {
  let generation = 0;
  let lastRange: [number, number] = [0, PAGE_SIZE - 1];

  async function loadPage(page: number, forGeneration: number): Promise<void> {
    try {
      const result = await fetchPage(page * PAGE_SIZE, PAGE_SIZE);
      set((state) => ({
        rows: withPage(state.rows, forGeneration, page, result.total, result.rows),
        error: null,
      }));
    } catch (error) {
      if (forGeneration === generation) set({ error: errorMessage(error) });
    }
  }

  /** Asks for the pages covering rows start..end that are not loaded or on their way. */
  function ensureRange(start: number, end: number): void {
    lastRange = [start, end];
    const pages = missingPages(get().rows, start, end);
    if (pages.length === 0) return;
    set((state) => ({ rows: withRequested(state.rows, pages) }));
    for (const page of pages) void loadPage(page, generation);
  }

  /** Asks again for what is on screen after new data arrived, keeping it shown meanwhile. */
  function refresh(): void {
    generation += 1;
    set((state) => ({ rows: refreshingRows(state.rows, generation) }));
    ensureRange(...lastRange);
  }

  /** Starts the query over from the top (the filters changed). */
  function reload(): void {
    generation += 1;
    set({ rows: freshRows(generation) });
    ensureRange(0, PAGE_SIZE - 1);
  }

  return { ensureRange, refresh, reload };
}
