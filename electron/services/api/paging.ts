// Walks OGOship's page-numbered lists. There is no total count: a page shorter
// than the limit is the last one. Never holds more than one page in memory.

/** The largest page OGOship serves; fewer round trips than the default 50. */
export const MAX_PAGE_SIZE = 250;

/** One fetched page: its number and items. */
export interface Page<T> {
  page: number;
  items: T[];
}

/** Fetches one page given its number and size. */
export type PageFetcher<T> = (page: number, limit: number) => Promise<T[]>;

/** Yields pages from `startPage` until a short page (limit 250 unless told). */
export async function* pages<T>(
  fetchPage: PageFetcher<T>,
  limit = MAX_PAGE_SIZE,
  startPage = 1,
): AsyncGenerator<Page<T>> {
  for (let page = startPage; ; page++) {
    const items = await fetchPage(page, limit);
    yield { page, items };
    if (items.length < limit) return;
  }
}

/** Collects every item of every page; for small lists or when the caller wants them all. */
export async function collect<T>(walk: AsyncIterable<Page<T>>, max = Infinity): Promise<T[]> {
  const all: T[] = [];
  for await (const { items } of walk) {
    for (const item of items) {
      if (all.length >= max) return all;
      all.push(item);
    }
  }
  return all;
}
