// Makes sure the cache only ever shows one merchant's data: when someone else
// (or the same merchant in another environment) signs in, the cache is emptied
// before anything is synced into it.
import type { DatabaseSync } from 'node:sqlite';

const OWNER_KEY = 'cacheOwner';

/** Reads and claims the cache's owner, e.g. "production:12345". */
export function cacheOwnerTable(db: DatabaseSync) {
  const select = db.prepare('SELECT value FROM store_meta WHERE key = ?');
  const upsert = db.prepare(
    'INSERT INTO store_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );

  /** Who the cached data belongs to, or null when nobody claimed it yet. */
  function get(): string | null {
    const row = select.get(OWNER_KEY) as { value: string } | undefined;
    return row?.value ?? null;
  }

  /** Records the owner (call inside the transaction that emptied the cache). */
  function set(owner: string): void {
    upsert.run(OWNER_KEY, owner);
  }

  return { get, set };
}
