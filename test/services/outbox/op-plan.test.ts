// How drafts become requests: OGOship's Draft → change → New sequence, the
// cancellation request, and how a later edit folds into what is still waiting.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { planEdit, planSend } from '../../../electron/services/outbox/op-plan.js';
import type { OutboxOp } from '../../../electron/services/drafts/draft-table.js';
import { emptyDraftContent } from '../../../shared/domain/draft.js';

const v1 = { ...emptyDraftContent('R-1'), comments: 'v1' };
const v2 = { ...emptyDraftContent('R-1'), comments: 'v2' };
const op = (id: number, kind: OutboxOp['kind'], wired = false, status?: string): OutboxOp => ({
  id,
  draftId: 'd',
  kind,
  wired,
  body: { reference: 'R-1', comments: 'v1', ...(status ? { status: status as never } : {}) },
});

describe('op plan', () => {
  it('turns a change of a New order into Draft, change, New, each carrying the whole order', () => {
    const plan = planSend('edit', v1, 'New');
    assert.deepEqual(
      plan.map((step) => [step.kind, step.body.status, step.body.comments]),
      [
        ['status', 'Draft', 'v1'],
        ['update', undefined, 'v1'],
        ['status', 'New', 'v1'],
      ],
    );
  });

  it('changes an order already in Draft without releasing it', () => {
    assert.deepEqual(
      planSend('edit', v1, 'Draft').map((step) => step.kind),
      ['update'],
    );
  });

  it('sends a cancellation request as PUT status Cancelled', () => {
    assert.deepEqual(
      planSend('cancel', v1, 'Collecting').map((step) => [step.kind, step.body.status]),
      [['status', 'Cancelled']],
    );
  });

  it('folds an edit into a create that never reached the wire', () => {
    const plan = planEdit([op(1, 'create')], null, v2, null);
    assert.deepEqual(plan, { replace: [{ opId: 1, body: plan.replace[0]!.body }], append: [] });
    assert.equal(plan.replace[0]!.body.comments, 'v2');
  });

  it('never touches a create that may exist at OGOship, and follows it with an edit sequence', () => {
    const plan = planEdit([op(1, 'create', true)], null, v2, null);
    assert.deepEqual(plan.replace, []);
    assert.deepEqual(
      plan.append.map((step) => [step.kind, step.body.status, step.body.comments]),
      [
        ['status', 'Draft', 'v2'],
        ['update', undefined, 'v2'],
        ['status', 'New', 'v2'],
      ],
    );
  });

  it('updates every waiting step of a queued sequence, keeping each status', () => {
    const ops = [
      op(1, 'create', true),
      op(2, 'status', false, 'Draft'),
      op(3, 'update'),
      op(4, 'status', false, 'New'),
    ];
    const plan = planEdit(ops, null, v2, null);
    assert.deepEqual(plan.append, []);
    assert.deepEqual(
      plan.replace.map((step) => [step.opId, step.body.status, step.body.comments]),
      [
        [2, 'Draft', 'v2'],
        [3, undefined, 'v2'],
        [4, 'New', 'v2'],
      ],
    );
  });

  it('appends a fresh sequence when the last change is the one on the wire', () => {
    const plan = planEdit([op(3, 'update', true), op(4, 'status', false, 'New')], 3, v2, 'New');
    assert.deepEqual(
      plan.append.map((step) => step.kind),
      ['status', 'update', 'status'],
    );
  });
});
