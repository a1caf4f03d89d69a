// Whether the row a detail pane shows is still in its list after the list's
// filters or search changed, so the pane never shows something the list hides.
// Takes its queries as functions; never touches a store itself.

/** One answer of a list query: a window of rows and how many match in all. */
export interface ListAnswer<R> {
  rows: R[];
  total: number;
}

/**
 * True when `selected` is among the rows the current query matches. Looks at
 * the first window; when the match may lie further down, asks `narrowed` (the
 * same query narrowed to the selected key) if the caller can, and else says no.
 */
export async function stillListed<R>(
  selected: string,
  keyOf: (row: R) => string,
  firstWindow: () => Promise<ListAnswer<R>>,
  narrowed: (() => Promise<ListAnswer<R>>) | null,
): Promise<boolean> {
  const first = await firstWindow();
  if (first.rows.some((row) => keyOf(row) === selected)) return true;
  if (first.total <= first.rows.length || !narrowed) return false;
  const answer = await narrowed();
  return answer.rows.some((row) => keyOf(row) === selected);
}
