// A keyed collection with an edit-time index: lookups by key ignore case (as
// OGOship's SQL Server collation would), listings are ordered by (editMs, key).
// Never hands out rows in any other order.
import { SortedIndex } from './sorted-index.js';

/** What every stored row carries for the index. */
export interface IndexedRow {
  key: string;
  editMs: number;
}

/** Rows by key plus an index by edit time. Rows are replaced, never changed in place,
 * because the index finds the old entry by the old row's editMs. */
export class KeyedStore<R extends IndexedRow> {
  private readonly byKey = new Map<string, R>();
  private readonly index = new SortedIndex<R>();

  /** Replaces everything at once (seeding). */
  load(rows: R[]): void {
    this.byKey.clear();
    for (const row of rows) this.byKey.set(row.key.toLowerCase(), row);
    this.index.load(rows.map((row) => ({ time: row.editMs, key: row.key, item: row })));
  }

  /** The row under `key`, ignoring case. */
  get(key: string): R | undefined {
    return this.byKey.get(key.toLowerCase());
  }

  /** Adds a new row or replaces the row under the same key. */
  put(row: R): void {
    this.remove(row.key);
    this.byKey.set(row.key.toLowerCase(), row);
    this.index.insert(row.editMs, row.key, row);
  }

  /** Drops the row under `key`; false when there was none. */
  remove(key: string): boolean {
    const old = this.byKey.get(key.toLowerCase());
    if (!old) return false;
    this.byKey.delete(key.toLowerCase());
    this.index.remove(old.editMs, old.key);
    return true;
  }

  /** One page of rows edited strictly after `afterMs`, oldest edit first. */
  page(afterMs: number | undefined, limit: number, page: number): R[] {
    return this.index.page(afterMs, limit, page);
  }

  /** Every row, oldest edit first. */
  all(): R[] {
    return this.index.all();
  }

  get size(): number {
    return this.byKey.size;
  }
}

/** Pages a small filtered list the same way the index pages a whole one. */
export function pageOf<T>(rows: T[], limit: number, page: number): T[] {
  const start = (page - 1) * limit;
  return rows.slice(start, start + limit);
}
