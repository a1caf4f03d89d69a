// Keeps records ordered by (time, key) so modifiedAfter queries and paging are a
// binary search and a slice, even at 50,000 orders. Never copies the records.

interface Entry<T> {
  time: number;
  key: string;
  item: T;
}

function compare(aTime: number, aKey: string, bTime: number, bKey: string): number {
  if (aTime !== bTime) return aTime - bTime;
  return aKey < bKey ? -1 : aKey > bKey ? 1 : 0;
}

/** Records ordered by edit time, then key; a stable order for incremental sync. */
export class SortedIndex<T> {
  private entries: Entry<T>[] = [];

  /** Replaces the whole content at once (seeding), sorting once. */
  load(rows: Array<{ time: number; key: string; item: T }>): void {
    this.entries = rows.slice().sort((a, b) => compare(a.time, a.key, b.time, b.key));
  }

  /** Adds a record; `time` and `key` must be what `remove` will be given later. */
  insert(time: number, key: string, item: T): void {
    this.entries.splice(this.lowerBound(time, key), 0, { time, key, item });
  }

  /** Removes the record filed under exactly (time, key); false when absent. */
  remove(time: number, key: string): boolean {
    const at = this.lowerBound(time, key);
    const entry = this.entries[at];
    if (!entry || entry.time !== time || entry.key !== key) return false;
    this.entries.splice(at, 1);
    return true;
  }

  /** Records with time strictly after `afterMs` (all when undefined), one page of them. */
  page(afterMs: number | undefined, limit: number, page: number): T[] {
    const first = afterMs === undefined ? 0 : this.firstAfter(afterMs);
    const start = first + (page - 1) * limit;
    return this.entries.slice(start, start + limit).map((entry) => entry.item);
  }

  /** Every record in order (for small filtered queries). */
  all(): T[] {
    return this.entries.map((entry) => entry.item);
  }

  get size(): number {
    return this.entries.length;
  }

  private lowerBound(time: number, key: string): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const entry = this.entries[mid]!;
      if (compare(entry.time, entry.key, time, key) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private firstAfter(afterMs: number): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.entries[mid]!.time <= afterMs) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
