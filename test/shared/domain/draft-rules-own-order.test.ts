// A draft that already created its order must not be told its reference is
// taken by that very order; a draft still being edited still is.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkDraft, type DraftRuleContext } from '../../../shared/domain/draft-rules.js';
import { draftContentSchema, type DraftState } from '../../../shared/domain/draft.js';

const content = draftContentSchema.parse({
  reference: 'OD-20261204-ABCD',
  customer: { name: 'Aino', address1: 'Katu 1', city: 'Helsinki', countryCode: 'FI' },
  orderLines: [{ code: 'SOCK-1', quantity: 2 }],
});

function context(state?: DraftState): DraftRuleContext {
  return {
    kind: 'new',
    catalogue: (code) => (code === 'SOCK-1' ? 5 : undefined),
    referenceTaken: (reference) => reference === 'OD-20261204-ABCD',
    state,
  };
}

const referenceErrors = (state?: DraftState) =>
  checkDraft(content, context(state)).errors.filter((problem) => problem.field === 'reference');

describe('draft rules', () => {
  it('does not count its own live order as a clash once sent, sending, unknown or resolved', () => {
    for (const state of ['sent', 'sending', 'outcomeUnknown', 'queued', 'conflict'] as const) {
      assert.deepEqual(referenceErrors(state), [], state);
    }
  });

  it('still flags a used reference while the draft is being edited or needs attention', () => {
    for (const state of [undefined, 'draft', 'needsAttention'] as const) {
      assert.deepEqual(
        referenceErrors(state).map((problem) => problem.message),
        ['Another draft or order already uses this reference'],
      );
    }
  });
});
