// Plans which requests a draft becomes: the create of a new order, OGOship's own
// edit sequence (Draft → change → New) for a live one, or a cancellation request;
// and how a later edit folds into operations still waiting. Pure: no I/O.
import {
  orderInputFromDraft,
  type DraftContent,
  type DraftKind,
} from '../../../shared/domain/draft.js';
import type { OrderInput } from '../../../shared/domain/order.js';
import type { OpKind, OutboxOp } from '../drafts/draft-table.js';

/** An operation to append: what to do and the body to send. */
export interface PlannedOp {
  kind: OpKind;
  body: Partial<OrderInput>;
}

/** The body of a change: everything but the status, which has its own steps. */
export function changeBody(content: DraftContent): Partial<OrderInput> {
  const { status: _status, ...body } = orderInputFromDraft(content);
  return body;
}

/**
 * Moves the order to Draft, changes it, and releases it as New; an order already
 * in Draft stays there. Every step carries the whole content (OGOship wants the
 * customer in every PUT), so any step repeated after a crash leaves the same order.
 */
export function editSequence(content: DraftContent, liveStatus: string | null): PlannedOp[] {
  const body = changeBody(content);
  if (liveStatus === 'Draft') return [{ kind: 'update', body }];
  return [
    { kind: 'status', body: { ...body, status: 'Draft' } },
    { kind: 'update', body },
    { kind: 'status', body: { ...body, status: 'New' } },
  ];
}

/**
 * The operations "Send" queues. A cancellation request is sent as PUT status
 * Cancelled: OGOship documents no separate call for it, and the warehouse
 * decides whether an order being picked can still stop.
 */
export function planSend(
  kind: DraftKind,
  content: DraftContent,
  liveStatus: string | null,
): PlannedOp[] {
  switch (kind) {
    case 'new':
      return [{ kind: 'create', body: changeBody(content) }];
    case 'edit':
      return editSequence(content, liveStatus);
    case 'cancel':
      return [{ kind: 'status', body: { ...changeBody(content), status: 'Cancelled' } }];
  }
}

/** How an edit of a draft in the outbox reaches OGOship: bodies to replace, steps to add. */
export interface EditPlan {
  replace: Array<{ opId: number; body: Partial<OrderInput> }>;
  append: PlannedOp[];
}

/**
 * Every waiting step takes the new content (a create only while it has never
 * been on the wire; PUTs are idempotent, so a newer body is always safe). When
 * no waiting step carries content changes — the create may already exist at
 * OGOship, or the change in flight is the last — a fresh edit sequence follows,
 * so OGOship always sees the create before any update and ends with the newest content.
 */
export function planEdit(
  ops: readonly OutboxOp[],
  inFlightOpId: number | null,
  content: DraftContent,
  liveStatus: string | null,
): EditPlan {
  const body = changeBody(content);
  const waiting = ops.filter((op) => op.id !== inFlightOpId && !(op.kind === 'create' && op.wired));
  const replace = waiting.map((op) => ({
    opId: op.id,
    body: op.kind === 'status' ? { ...body, status: op.body.status } : body,
  }));
  const carriesChange = waiting.some((op) => op.kind !== 'status');
  return { replace, append: carriesChange ? [] : editSequence(content, liveStatus) };
}
