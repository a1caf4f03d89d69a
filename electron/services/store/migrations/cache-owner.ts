// Migration: a small key/value table for facts about the database itself, first
// of all whose data the cache holds (environment and merchant).
import type { Migration } from '../migrate.js';

/** Creates the store_meta table. */
export const cacheOwnerMigration: Migration = {
  name: 'store meta: cache owner',
  up(db) {
    db.exec('CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID');
  },
};
