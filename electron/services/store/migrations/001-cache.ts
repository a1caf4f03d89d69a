// Migration: the offline cache of orders, products and stock levels, and the
// per-resource sync cursors. Indexed columns for what the tables filter and sort on;
// the whole record as JSON so new OGOship fields survive without a migration.
// Orders keep their JSON in a side table so the list columns stay narrow: a search
// scans 50,000 short rows instead of 50,000 kilobyte-sized ones.
import type { Migration } from '../migrate.js';

/** Creates the cache tables. */
export const cacheMigration: Migration = {
  name: 'cache: orders, products, stock levels, sync state',
  up(db) {
    db.exec(`
      CREATE TABLE orders (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        status TEXT,
        customer_name TEXT,
        email TEXT,
        tracking_number TEXT,
        price_total REAL,
        price_currency TEXT,
        edit_time TEXT,
        edit_ms INTEGER,
        line_count INTEGER NOT NULL,
        search_text TEXT NOT NULL
      );
      CREATE TABLE order_json (id INTEGER PRIMARY KEY, json TEXT NOT NULL);
      CREATE INDEX orders_by_edit ON orders (edit_ms);
      CREATE INDEX orders_by_status_edit ON orders (status, edit_ms);
      CREATE INDEX orders_by_customer ON orders (customer_name COLLATE NOCASE);

      CREATE TABLE products (
        code TEXT PRIMARY KEY,
        name TEXT,
        ean_code TEXT,
        stock REAL,
        stock_available REAL,
        reserved REAL,
        stock_update REAL,
        edit_ms INTEGER,
        search_text TEXT NOT NULL,
        json TEXT NOT NULL
      );
      CREATE INDEX products_by_name ON products (name COLLATE NOCASE);
      CREATE INDEX products_by_ean ON products (ean_code);

      CREATE TABLE stock_levels (
        product_code TEXT PRIMARY KEY,
        stock REAL,
        stock_available REAL,
        reserved REAL,
        modified_ms INTEGER,
        json TEXT NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE sync_state (
        resource TEXT PRIMARY KEY,
        cursor TEXT,
        next_page INTEGER NOT NULL DEFAULT 1,
        high_water TEXT,
        run_started_at INTEGER,
        last_success_at INTEGER
      ) WITHOUT ROWID;
    `);
  },
};
