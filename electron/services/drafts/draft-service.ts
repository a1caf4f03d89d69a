// What the drafts view asks of the main side: start, save, send and throw away
// drafts. Every save is one SQLite transaction, durable when it returns, and
// needs neither network nor session. Never talks to OGOship itself (the outbox does).
import { randomUUID } from 'node:crypto';
import type { DraftView } from '../../../shared/contract/drafts.js';
import {
  draftContentFromOrder,
  emptyDraftContent,
  liveOrderAction,
  type DraftContent,
  type DraftKind,
} from '../../../shared/domain/draft.js';
import { checkDraft, checkReference, type DraftCheck } from '../../../shared/domain/draft-rules.js';
import type { Order } from '../../../shared/domain/order.js';
import type { Product } from '../../../shared/domain/product.js';
import { ValidationError } from '../../../shared/errors.js';
import { planEdit, planSend } from '../outbox/op-plan.js';
import type { DraftRecord, DraftTable } from './draft-table.js';
import { draftSummary, draftView } from './draft-view.js';
import { generateReference } from './reference.js';

/** The cached OGOship data the drafts read (never fetched from here). */
export interface DraftCache {
  order(reference: string): Order | null;
  /** Whether a cached order has this reference, ignoring case as OGOship does. */
  orderExists(reference: string): boolean;
  product(code: string): Product | null;
  /** Whether the catalogue was ever synced (before that, codes cannot be checked). */
  hasCatalogue(): boolean;
  /** Products whose code or name matches, for the line picker. */
  searchProducts(
    search: string,
    limit: number,
  ): Array<{ code: string; name: string | null; stockAvailable: number | null }>;
}

/** What the draft service is built from. */
export interface DraftServiceDeps {
  table: DraftTable;
  transaction: <T>(work: () => T) => T;
  cache: DraftCache;
  now: () => number;
  random: () => number;
  /** The outbox operation of this draft on the wire right now, if any. */
  inFlightOp: (draftId: string) => number | null;
  /** Told when the outbox has something new to look at. */
  onQueued: () => void;
}

/**
 * States where a draft's edits are only saved locally: not yet queued, done, or
 * in conflict (resolving it plans the requests afresh from the saved content).
 */
const LOCAL_ONLY = new Set(['draft', 'sent', 'conflict']);

/** Builds the draft operations over the store and cache. */
export function createDraftService(deps: DraftServiceDeps) {
  const { table, transaction, cache, now } = deps;

  function check(record: DraftRecord, content: DraftContent = record.content): DraftCheck {
    const catalogue = cache.hasCatalogue()
      ? (code: string) => {
          const product = cache.product(code);
          return product ? (product.stockAvailable ?? null) : undefined;
        }
      : null;
    const referenceTaken = (reference: string) =>
      table.referenceUsed(reference, record.id) || cache.orderExists(reference.trim());
    const state = record.state;
    return checkDraft(content, { kind: record.kind, catalogue, referenceTaken, state });
  }

  function view(id: string): DraftView {
    const record = mustGet(id);
    return draftView(record, check(record));
  }

  function mustGet(id: string): DraftRecord {
    const record = table.get(id);
    if (!record)
      throw new ValidationError('This draft no longer exists', [
        { field: 'id', message: 'Not found' },
      ]);
    return record;
  }

  function freshReference(): string {
    const taken = (reference: string) =>
      table.referenceUsed(reference, '') || cache.orderExists(reference);
    return generateReference(new Date(now()), deps.random, taken);
  }

  function insert(kind: DraftKind, content: DraftContent, liveStatus: string | null): DraftView {
    const id = randomUUID();
    transaction(() => table.insert({ id, kind, content, liveStatus, nowMs: now() }));
    return view(id);
  }

  function liveOrder(reference: string): Order {
    const order = cache.order(reference);
    if (!order)
      throw new ValidationError('That order is not in the local copy; sync and try again', [
        { field: 'reference', message: 'Unknown order' },
      ]);
    return order;
  }

  /** Applies an edit to operations already in the outbox (create folded, or a change appended). */
  function forwardEdit(record: DraftRecord, content: DraftContent): void {
    if (record.kind === 'cancel' || LOCAL_ONLY.has(record.state)) return;
    const plan = planEdit(
      table.ops(record.id),
      deps.inFlightOp(record.id),
      content,
      record.liveStatus,
    );
    for (const { opId, body } of plan.replace) table.setOpBody(opId, body);
    table.appendOps(record.id, plan.append);
  }

  return {
    view,
    /** Whether a draft with this id exists. */
    exists: (id: string): boolean => table.get(id) !== null,
    /** Every draft, most recently changed first. */
    list: () => table.all().map(draftSummary),
    /** A blank draft with a generated reference. */
    create: (): DraftView => insert('new', emptyDraftContent(freshReference()), null),
    /** A copy of a cached order under a new reference. */
    duplicate: (reference: string): DraftView =>
      insert('new', draftContentFromOrder(liveOrder(reference), freshReference()), null),
    /** A change of a live order, or a cancellation request once it is being picked. */
    editLive(reference: string): DraftView {
      const order = liveOrder(reference);
      const action = liveOrderAction(order.status);
      if (action === 'none') {
        throw new ValidationError(`A ${order.status} order can no longer be changed or cancelled`, [
          { field: 'reference', message: 'Final status' },
        ]);
      }
      return insert(action, draftContentFromOrder(order, order.reference), order.status ?? null);
    },
    /** Saves what the editor holds; a queued draft's edits follow what is already queued. */
    update(id: string, content: DraftContent): DraftView {
      transaction(() => {
        const record = mustGet(id);
        if (record.state === 'sent')
          throw new ValidationError('This draft was sent; edit the live order instead');
        const referenceChanged = content.reference.trim() !== record.content.reference.trim();
        if (referenceChanged && (record.state !== 'draft' || record.kind !== 'new')) {
          throw new ValidationError('The reference is fixed once the draft is queued', [
            { field: 'reference', message: 'The reference is fixed once the draft is queued' },
          ]);
        }
        table.saveContent(id, content, now());
        // A change that OGOship would refuse stays local until it is fixed.
        if (check(record, content).errors.length === 0) forwardEdit(record, content);
      });
      deps.onQueued();
      return view(id);
    },
    /** Throws a draft away: not while a request of it may be on its way. */
    remove(id: string): void {
      transaction(() => {
        const record = mustGet(id);
        const unsent = table.ops(id).every((op) => !op.wired);
        const movable = ['draft', 'sent', 'needsAttention', 'conflict'].includes(record.state);
        if (!movable && !(record.state === 'queued' && unsent)) {
          throw new ValidationError('This draft is on its way to OGOship; wait until it is sent');
        }
        table.remove(id);
      });
      deps.onQueued();
    },
    /** Checks the draft and puts it in the outbox. */
    send(id: string): DraftView {
      transaction(() => {
        const record = mustGet(id);
        if (record.state !== 'draft')
          throw new ValidationError('This draft is already in the outbox');
        const problems = check(record);
        if (problems.errors.length > 0)
          throw new ValidationError('Fix the marked fields before sending', problems.errors);
        table.appendOps(id, planSend(record.kind, record.content, record.liveStatus));
        table.patch(
          id,
          { state: 'queued', attempts: 0, nextAttemptMs: null, message: null },
          now(),
        );
      });
      deps.onQueued();
      return view(id);
    },
    /** Sends an item that needs attention (or is waiting) again, now. */
    retry(id: string): DraftView {
      transaction(() => {
        const record = mustGet(id);
        if (!['needsAttention', 'queued', 'outcomeUnknown'].includes(record.state)) {
          throw new ValidationError(
            'Only an item that is waiting or needs attention can be retried',
          );
        }
        const problems = check(record);
        if (problems.errors.length > 0)
          throw new ValidationError('Fix the marked fields before sending', problems.errors);
        const state = record.state === 'needsAttention' ? 'queued' : record.state;
        table.patch(id, { state, attempts: 0, nextAttemptMs: null, message: null }, now());
      });
      deps.onQueued();
      return view(id);
    },
    /** Settles a conflict: link to the existing order, or send under a new reference. */
    resolveConflict(
      id: string,
      resolution: { action: 'keepExisting' } | { action: 'changeReference'; reference: string },
    ): DraftView {
      transaction(() => {
        const record = mustGet(id);
        if (record.state !== 'conflict')
          throw new ValidationError('This draft has no conflict to resolve');
        if (resolution.action === 'keepExisting') {
          for (const op of table.ops(id)) table.removeOp(op.id);
          table.patch(
            id,
            { state: 'sent', orderReference: record.content.reference, message: null },
            now(),
          );
          return;
        }
        const problems = checkReference(
          resolution.reference,
          (reference) => table.referenceUsed(reference, id) || cache.orderExists(reference.trim()),
        );
        if (problems.length > 0) throw new ValidationError('Choose another reference', problems);
        const content = { ...record.content, reference: resolution.reference.trim() };
        table.saveContent(id, content, now());
        for (const op of table.ops(id)) table.removeOp(op.id);
        table.appendOps(id, planSend(record.kind, content, record.liveStatus));
        table.patch(
          id,
          { state: 'queued', attempts: 0, nextAttemptMs: null, message: null },
          now(),
        );
      });
      deps.onQueued();
      return view(id);
    },
  };
}

/** The draft service. */
export type DraftService = ReturnType<typeof createDraftService>;
