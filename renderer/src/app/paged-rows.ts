// Keeps the windows of a paged, server-side query that a virtualised table has
// asked for, and drops answers to queries that have since changed. Plain state
// logic: never calls the bridge itself.

/** Rows per request; large enough to fill a screen, small enough to answer fast. */
export const PAGE_SIZE = 200;

/** The loaded windows of one query. */
export interface PagedRows<R> {
  generation: number;
  total: number;
  pages: Record<number, R[]>;
  requested: Record<number, true>;
  loaded: boolean;
}

/** An empty state for a new query. */
export function freshRows<R>(generation: number): PagedRows<R> {
  return { generation, total: 0, pages: {}, requested: {}, loaded: false };
}

/** The row at an absolute index, if its page has arrived. */
export function rowAt<R>(rows: PagedRows<R>, index: number): R | undefined {
  return rows.pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
}

/** Pages that cover [start, end] and have not been asked for yet. */
export function missingPages<R>(rows: PagedRows<R>, start: number, end: number): number[] {
  const pages: number[] = [];
  for (let page = Math.floor(start / PAGE_SIZE); page <= Math.floor(end / PAGE_SIZE); page += 1) {
    if (!rows.requested[page]) pages.push(page);
  }
  return pages;
}

/** Records one page's answer, unless the query changed meanwhile. */
export function withPage<R>(
  rows: PagedRows<R>,
  generation: number,
  page: number,
  total: number,
  pageRows: R[],
): PagedRows<R> {
  if (rows.generation !== generation) return rows;
  return { ...rows, total, loaded: true, pages: { ...rows.pages, [page]: pageRows } };
}

/** Marks pages as asked for, so a scroll does not ask twice. */
export function withRequested<R>(rows: PagedRows<R>, pages: number[]): PagedRows<R> {
  const requested = { ...rows.requested };
  for (const page of pages) requested[page] = true;
  return { ...rows, requested };
}

/** Keeps the shown rows while a refresh of the same query asks again. */
export function refreshingRows<R>(rows: PagedRows<R>, generation: number): PagedRows<R> {
  return { ...rows, generation, requested: {} };
}
