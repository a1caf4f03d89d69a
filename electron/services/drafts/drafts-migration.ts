// Schema of the drafts and their outbox operations in the local SQLite store.
// Appended to the store's migration list; never edited once shipped.
import type { Migration } from '../store/migrate.js';

/** Drafts (what the merchant typed and where it is on its way) and the operations still to send. */
export const draftsMigration: Migration = {
  name: 'drafts and outbox',
  up(db) {
    db.exec(`
      CREATE TABLE drafts (
        id TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        kind TEXT NOT NULL,
        state TEXT NOT NULL,
        reference TEXT NOT NULL,
        reference_key TEXT NOT NULL,
        content TEXT NOT NULL,
        live_status TEXT,
        message TEXT,
        order_reference TEXT,
        revision INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_ms INTEGER,
        created_ms INTEGER NOT NULL,
        updated_ms INTEGER NOT NULL
      );
      -- Two queued drafts of one merchant can never claim one reference, whatever races the UI
      -- has; while drafting, a clash is only a problem shown at the field, so no keystroke fails.
      CREATE UNIQUE INDEX drafts_new_reference ON drafts (owner, reference_key) WHERE kind = 'new' AND state <> 'draft';
      CREATE INDEX drafts_state ON drafts (owner, state, next_attempt_ms);
      CREATE TABLE outbox_ops (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        body TEXT NOT NULL,
        wired INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX outbox_ops_draft ON outbox_ops (draft_id, id);
    `);
  },
};
