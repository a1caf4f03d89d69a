// Which field errors the draft editor shows: none on an untouched new draft,
// a field's own once it was left, all of them after Send.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  gateProblems,
  problemsOf,
  showsAllProblems,
} from '../../../../../renderer/src/features/drafts/draft-problems.js';
import type { DraftView } from '../../../../../shared/contract/drafts.js';
import { emptyDraftContent } from '../../../../../shared/domain/draft.js';

const empty: DraftView = {
  id: 'd1',
  kind: 'new',
  state: 'draft',
  content: emptyDraftContent('OD-20261204-ABCD'),
  liveStatus: null,
  message: null,
  orderReference: null,
  revision: 1,
  createdAt: '2026-12-04T10:00:00Z',
  updatedAt: '2026-12-04T10:00:00Z',
  errors: [],
  warnings: [],
};

describe('draft problems', () => {
  it('shows no error on a brand-new draft nobody touched', () => {
    const all = showsAllProblems('draft', false, []);
    const map = gateProblems(problemsOf(empty, []), () => all);
    assert.equal(all, false);
    assert.equal(map.error('customer.name'), undefined);
    assert.equal(map.error('customer.city'), undefined);
  });

  it("shows a touched field's error and keeps the others quiet", () => {
    const touched = new Set(['customer.name']);
    const map = gateProblems(problemsOf(empty, []), (field) => touched.has(field));
    assert.equal(map.error('customer.name'), "Enter the customer's name");
    assert.equal(map.error('customer.city'), undefined);
  });

  it('shows every error after Send or once the draft left the editor', () => {
    assert.equal(showsAllProblems('draft', true, []), true);
    assert.equal(showsAllProblems('needsAttention', false, []), true);
    const map = gateProblems(problemsOf(empty, []), () => showsAllProblems('draft', true, []));
    assert.equal(map.error('customer.city'), 'Enter the city');
  });
});
