// Plans which requests a draft becomes: the create of a new order, OGOship's own
// edit sequence (Draft → change → New) for a live one, or a cancellation request;
// and how a later edit folds into operations still waiting. Pure: no I/O.
import { orderInputFromDraft, statusChange, type DraftContent, type DraftKind } from '../../../shared/domain/draft.js';
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

/** Moves the order to Draft, changes it, and releases it as New; an order already in Draft stays there. */
export function editSequence(reference: string, content: DraftContent, liveStatus: string | null): PlannedOp[] {
  if (liveStatus === 'Draft') return [{ kind: 'update', body: changeBody(content) }];
  return [
    { kind: 'status', body: statusChange(reference, 'Draft') },
    { kind: 'update', body: changeBody(content) },
    { kind: 'status', body: statusChange(reference, 'New') },
  ];
}

/**
 * The operations "Send" queues. A cancellation request is sent as PUT status
 * Cancelled: OGOship documents no separate call for it, and the warehouse
 * decides whether an order being picked can still stop.
 */
export function planSend(kind: DraftKind, content: DraftContent, liveStatus: string | null): PlannedOp[] {
  const reference = content.reference.trim();
  switch (kind) {
    case 'new':
      return [{ kind: 'create', body: changeBody(content) }];
    case 'edit':
      return editSequence(reference, content, liveStatus);
    case 'cancel':
      return [{ kind: 'status', body: statusChange(reference, 'Cancelled') }];
  }
}

/** How an edit of a draft already in the outbox reaches OGOship. */
export type EditPlan =
  | { action: 'replaceBody'; opId: number; body: Partial<OrderInput> }
  | { action: 'append'; ops: PlannedOp[] };

/**
 * A create that never reached the wire takes the new content itself; so does a
 * waiting change (PUT is idempotent, so resending a newer body is safe). Anything
 * else — a create that may exist at OGOship, or the operation in flight — is
 * followed by a fresh edit sequence, so OGOship always sees create before update.
 */
export function planEdit(
  ops: readonly OutboxOp[],
  inFlightOpId: number | null,
  content: DraftContent,
  liveStatus: string | null,
): EditPlan {
  const body = changeBody(content);
  const waiting = ops.filter((op) => op.id !== inFlightOpId);
  const create = waiting.find((op) => op.kind === 'create' && !op.wired);
  if (create) return { action: 'replaceBody', opId: create.id, body };

  const lastChange = waiting.findLast((op) => op.kind === 'update');
  if (lastChange) return { action: 'replaceBody', opId: lastChange.id, body };
  return { action: 'append', ops: editSequence(content.reference.trim(), content, liveStatus) };
}
