// The local store: one SQLite file in the data folder holding the offline cache
// and sync positions (other features add their tables through migrations/).
// Never holds a secret.
import type { DatabaseSync } from 'node:sqlite';
import { cacheOwnerTable } from './cache-owner.js';
import { inTransaction, openDatabase } from './database.js';
import type { Migration } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';
import { ordersTable } from './orders-table.js';
import { productsTable } from './products-table.js';
import { syncStateTable } from './sync-state-table.js';

/** Opens the store at `path` (":memory:" for a throwaway one) and migrates it. */
export function openStore(path: string, migrations: readonly Migration[] = MIGRATIONS) {
  const db = openDatabase(path, migrations);
  return {
    /** The raw database, for feature modules that own their own tables. */
    db,
    orders: ordersTable(db),
    products: productsTable(db),
    syncState: syncStateTable(db),
    /** Runs `work` in one transaction. */
    transaction: <T>(work: () => T): T => inTransaction(db, work),
    /** Empties the cache and sync positions (sign-out); feature tables clear themselves. */
    clearCache(): void {
      inTransaction(db, () => emptyCache(db));
    },
    /** Empties the cache unless it already belongs to `owner`; true when it was emptied. */
    claimCache(owner: string): boolean {
      return inTransaction(db, () => {
        const owners = cacheOwnerTable(db);
        if (owners.get() === owner) return false;
        emptyCache(db);
        owners.set(owner);
        return true;
      });
    },
    /** Closes the file; safe to call twice. */
    close(): void {
      if (db.isOpen) db.close();
    },
  };
}

function emptyCache(db: DatabaseSync): void {
  db.exec(
    'DELETE FROM order_json; DELETE FROM orders; DELETE FROM products; DELETE FROM stock_levels; DELETE FROM sync_state;',
  );
}

/** The open store. */
export type Store = ReturnType<typeof openStore>;
export type { DatabaseSync, Migration };
export { inTransaction, timeMs } from './database.js';
export type { SyncPosition, SyncResource } from './sync-state-table.js';
