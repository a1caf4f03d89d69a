// The drafts and outbox operations in SQLite: plain reads and writes, each
// write durable when it returns (the store runs WAL with synchronous=FULL).
// Decides nothing about states; never stores a secret.
import type { DatabaseSync } from 'node:sqlite';
import {
  draftContentSchema,
  type DraftContent,
  type DraftKind,
  type DraftState,
} from '../../../shared/domain/draft.js';
import type { OrderInput } from '../../../shared/domain/order.js';

/** One draft as stored. */
export interface DraftRecord {
  id: string;
  kind: DraftKind;
  state: DraftState;
  content: DraftContent;
  liveStatus: string | null;
  message: string | null;
  orderReference: string | null;
  revision: number;
  attempts: number;
  nextAttemptMs: number | null;
  createdMs: number;
  updatedMs: number;
}

/** What one outbox operation does at OGOship. */
export type OpKind = 'create' | 'update' | 'status';

/** One pending request of a draft; a draft's operations go out in id order. */
export interface OutboxOp {
  id: number;
  draftId: string;
  kind: OpKind;
  body: Partial<OrderInput>;
  /** A request for it may have reached OGOship. */
  wired: boolean;
}

/** The fields of a draft that state changes touch. */
export type DraftPatch = Partial<
  Pick<
    DraftRecord,
    'state' | 'message' | 'orderReference' | 'attempts' | 'nextAttemptMs' | 'liveStatus'
  >
>;

type Row = Record<string, string | number | null>;

const COLUMNS: Record<keyof DraftPatch, string> = {
  state: 'state',
  message: 'message',
  orderReference: 'order_reference',
  attempts: 'attempts',
  nextAttemptMs: 'next_attempt_ms',
  liveStatus: 'live_status',
};

function toRecord(row: Row): DraftRecord {
  return {
    id: String(row.id),
    kind: row.kind as DraftKind,
    state: row.state as DraftState,
    content: draftContentSchema.parse(JSON.parse(String(row.content))),
    liveStatus: row.live_status === null ? null : String(row.live_status),
    message: row.message === null ? null : String(row.message),
    orderReference: row.order_reference === null ? null : String(row.order_reference),
    revision: Number(row.revision),
    attempts: Number(row.attempts),
    nextAttemptMs: row.next_attempt_ms === null ? null : Number(row.next_attempt_ms),
    createdMs: Number(row.created_ms),
    updatedMs: Number(row.updated_ms),
  };
}

function toOp(row: Row): OutboxOp {
  return {
    id: Number(row.id),
    draftId: String(row.draft_id),
    kind: row.kind as OpKind,
    body: JSON.parse(String(row.body)) as Partial<OrderInput>,
    wired: Number(row.wired) === 1,
  };
}

const referenceKey = (reference: string): string => reference.trim().toUpperCase();

/**
 * Draft and operation queries over one open database, seeing only the drafts of
 * `owner()` (environment and merchant), so a draft never reaches another account.
 */
export function draftTable(db: DatabaseSync, owner: () => string) {
  const insertDraft =
    db.prepare(`INSERT INTO drafts (id, owner, kind, state, reference, reference_key, content,
    live_status, message, order_reference, revision, attempts, next_attempt_ms, created_ms, updated_ms)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, 1, 0, NULL, ?, ?)`);
  const selectDraft = db.prepare('SELECT * FROM drafts WHERE id = ? AND owner = ?');
  const selectAll = db.prepare('SELECT * FROM drafts WHERE owner = ? ORDER BY updated_ms DESC, id');
  const selectByState = db.prepare(
    'SELECT * FROM drafts WHERE owner = ? AND state = ? ORDER BY created_ms, id',
  );
  const updateContent = db.prepare(`UPDATE drafts SET content = ?, reference = ?, reference_key = ?,
    revision = revision + 1, updated_ms = ? WHERE id = ?`);
  const deleteDraft = db.prepare('DELETE FROM drafts WHERE id = ?');
  const referenceUse = db.prepare(
    "SELECT count(*) AS n FROM drafts WHERE owner = ? AND reference_key = ? AND id <> ? AND kind = 'new'",
  );
  const selectOps = db.prepare('SELECT * FROM outbox_ops WHERE draft_id = ? ORDER BY id');
  const insertOp = db.prepare(
    'INSERT INTO outbox_ops (draft_id, kind, body, wired) VALUES (?, ?, ?, 0)',
  );
  const updateOpBody = db.prepare('UPDATE outbox_ops SET body = ? WHERE id = ?');
  const updateOpWired = db.prepare('UPDATE outbox_ops SET wired = ? WHERE id = ?');
  const deleteOp = db.prepare('DELETE FROM outbox_ops WHERE id = ?');

  return {
    /** Stores a new draft in state `draft`. */
    insert(draft: {
      id: string;
      kind: DraftKind;
      content: DraftContent;
      liveStatus: string | null;
      nowMs: number;
    }): void {
      const { id, kind, content, liveStatus, nowMs } = draft;
      const reference = content.reference.trim();
      const json = JSON.stringify(content);
      insertDraft.run(
        id,
        owner(),
        kind,
        'draft',
        reference,
        referenceKey(reference),
        json,
        liveStatus,
        nowMs,
        nowMs,
      );
    },
    /** The draft with this id, or null. */
    get(id: string): DraftRecord | null {
      const row = selectDraft.get(id, owner()) as Row | undefined;
      return row ? toRecord(row) : null;
    },
    /** Every draft, most recently changed first. */
    all(): DraftRecord[] {
      return (selectAll.all(owner()) as Row[]).map(toRecord);
    },
    /** Drafts in one state, oldest first (the order the outbox serves them). */
    inState(state: DraftState): DraftRecord[] {
      return (selectByState.all(owner(), state) as Row[]).map(toRecord);
    },
    /** Replaces what the merchant typed. */
    saveContent(id: string, content: DraftContent, nowMs: number): void {
      const reference = content.reference.trim();
      updateContent.run(JSON.stringify(content), reference, referenceKey(reference), nowMs, id);
    },
    /** Changes state fields; only the ones given. */
    patch(id: string, patch: DraftPatch, nowMs: number): void {
      const entries = Object.entries(patch) as Array<[keyof DraftPatch, string | number | null]>;
      const sets = entries.map(([key]) => `${COLUMNS[key]} = ?`);
      db.prepare(`UPDATE drafts SET ${[...sets, 'updated_ms = ?'].join(', ')} WHERE id = ?`).run(
        ...entries.map(([, value]) => value),
        nowMs,
        id,
      );
    },
    /** Forgets a draft and its operations. */
    remove(id: string): void {
      deleteDraft.run(id);
    },
    /** Whether another new draft already claims this reference. */
    referenceUsed(reference: string, exceptId: string): boolean {
      return (referenceUse.get(owner(), referenceKey(reference), exceptId) as { n: number }).n > 0;
    },
    /** The draft's pending operations, first to send first. */
    ops(draftId: string): OutboxOp[] {
      return (selectOps.all(draftId) as Row[]).map(toOp);
    },
    /** Queues operations after the draft's existing ones. */
    appendOps(
      draftId: string,
      ops: ReadonlyArray<{ kind: OpKind; body: Partial<OrderInput> }>,
    ): void {
      for (const op of ops) insertOp.run(draftId, op.kind, JSON.stringify(op.body));
    },
    /** Replaces the body of an operation not yet on the wire. */
    setOpBody(opId: number, body: Partial<OrderInput>): void {
      updateOpBody.run(JSON.stringify(body), opId);
    },
    /** Records whether a request for the operation may have reached OGOship. */
    setOpWired(opId: number, wired: boolean): void {
      updateOpWired.run(wired ? 1 : 0, opId);
    },
    /** Drops a finished operation. */
    removeOp(opId: number): void {
      deleteOp.run(opId);
    },
  };
}

/** The drafts table bound to one database. */
export type DraftTable = ReturnType<typeof draftTable>;
