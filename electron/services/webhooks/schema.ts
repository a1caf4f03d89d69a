// The store tables live updates need: the delivery inbox, low-stock thresholds
// and live-update settings. Appended to the store's migration list; never edits
// another feature's tables, and never edited once shipped.
import type { Migration } from '../store/migrate.js';

/** Inbox, thresholds and live settings. */
export const webhooksMigration: Migration = {
  name: 'webhooks: inbox, stock thresholds, live settings',
  up(db) {
    db.exec(`CREATE TABLE webhook_inbox (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     received_at TEXT NOT NULL,
     type TEXT NOT NULL,
     verification TEXT NOT NULL,
     outcome TEXT NOT NULL,
     detail TEXT,
     subject TEXT,
     body TEXT,
     body_hash TEXT,
     content_type TEXT,
     replay_of INTEGER
   );
   CREATE INDEX webhook_inbox_received ON webhook_inbox (received_at);
   CREATE INDEX webhook_inbox_hash ON webhook_inbox (body_hash, received_at);
   CREATE TABLE stock_thresholds (
     product_code TEXT PRIMARY KEY,
     threshold INTEGER NOT NULL
   );
   CREATE TABLE live_settings (
     name TEXT PRIMARY KEY,
     value TEXT NOT NULL
   );`);
  },
};
