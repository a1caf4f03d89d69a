// The delivery inbox: every delivery, verified or not, with what it changed.
// Bodies arrive here already scrubbed (redact-body.ts); this module must never
// be handed a raw body, a signature header or a key.
import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from '../store/database.js';
import {
  inboxQuerySchema,
  type DeliveryOutcome,
  type InboxEntry,
  type InboxQuery,
  type Verification,
} from '../../../shared/contract/webhooks.js';

/** A new inbox entry, before it has an id. */
export interface NewInboxEntry {
  readonly receivedAt: string;
  readonly type: string;
  readonly verification: Verification;
  readonly outcome: DeliveryOutcome;
  readonly detail: string | null;
  readonly subject: string | null;
  readonly body: string | null;
  readonly bodyHash: string | null;
  readonly contentType: string | null;
  readonly replayOf: number | null;
}

interface InboxRow {
  id: number;
  received_at: string;
  type: string;
  verification: string;
  outcome: string;
  detail: string | null;
  subject: string | null;
  body: string | null;
  content_type: string | null;
  replay_of: number | null;
}

/** Reads and writes the inbox table. */
export function createInbox(db: DatabaseSync) {
  const insert = db.prepare(
    `INSERT INTO webhook_inbox (received_at, type, verification, outcome, detail, subject, body, body_hash, content_type, replay_of)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const byId = db.prepare('SELECT * FROM webhook_inbox WHERE id = ?');
  const settle = db.prepare('UPDATE webhook_inbox SET outcome = ?, detail = ?, subject = COALESCE(?, subject) WHERE id = ?');
  const seen = db.prepare(
    `SELECT id FROM webhook_inbox WHERE body_hash = ? AND received_at >= ? AND verification = 'valid'
       AND outcome NOT IN ('duplicate', 'failed') AND replay_of IS NULL LIMIT 1`,
  );
  const expire = db.prepare('DELETE FROM webhook_inbox WHERE received_at < ?');

  return {
    /** Runs several writes as one transaction: one disk flush instead of one each. */
    batch<T>(work: () => T): T {
      return inTransaction(db, work);
    },

    /** Stores an entry and returns it with its id. */
    add(entry: NewInboxEntry): InboxEntry {
      const result = insert.run(
        entry.receivedAt, entry.type, entry.verification, entry.outcome, entry.detail,
        entry.subject, entry.body, entry.bodyHash, entry.contentType, entry.replayOf,
      );
      return this.get(Number(result.lastInsertRowid)) as InboxEntry;
    },

    /** Records what processing a delivery did. */
    settle(id: number, outcome: DeliveryOutcome, detail: string | null, subject: string | null = null): InboxEntry {
      settle.run(outcome, detail, subject, id);
      return this.get(id) as InboxEntry;
    },

    /** One entry, or null. */
    get(id: number): InboxEntry | null {
      const row = byId.get(id) as InboxRow | undefined;
      return row ? toEntry(row) : null;
    },

    /** The id of an earlier verified delivery with the same hash since `since`, if any. */
    findSeen(bodyHash: string, since: string): number | null {
      const row = seen.get(bodyHash, since) as { id: number } | undefined;
      return row?.id ?? null;
    },

    /** Newest first, filtered by free text (type, subject, detail, body) and flags. */
    search(rawQuery: InboxQuery): InboxEntry[] {
      const query = inboxQuerySchema.parse(rawQuery);
      const where: string[] = [];
      const params: (string | number)[] = [];
      if (query.text.trim() !== '') {
        where.push(`(type LIKE ? ESCAPE '\\' OR subject LIKE ? ESCAPE '\\' OR detail LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\')`);
        const like = `%${query.text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        params.push(like, like, like, like);
      }
      if (query.type !== null) where.push('type = ?'), params.push(query.type);
      if (query.verified !== null) where.push(query.verified ? "verification = 'valid'" : "verification <> 'valid'");
      if (query.beforeId !== null) where.push('id < ?'), params.push(query.beforeId);

      const sql = `SELECT * FROM webhook_inbox ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
      const rows = db.prepare(sql).all(...params, query.limit) as unknown as InboxRow[];
      return rows.map(toEntry);
    },

    /** Deletes every entry (sign-out: the next merchant must not see them). */
    clear(): void {
      db.exec('DELETE FROM webhook_inbox');
    },

    /** Deletes entries received before `cutoff`; returns how many went. */
    expireBefore(cutoff: string): number {
      return Number(expire.run(cutoff).changes);
    },
  };
}

/** The inbox over one database. */
export type Inbox = ReturnType<typeof createInbox>;

function toEntry(row: InboxRow): InboxEntry {
  return {
    id: row.id,
    receivedAt: row.received_at,
    type: row.type,
    verification: row.verification as Verification,
    outcome: row.outcome as DeliveryOutcome,
    detail: row.detail,
    subject: row.subject,
    body: row.body,
    contentType: row.content_type,
    replayOf: row.replay_of,
  };
}
