// A detail pane keeps its row only while the list's query still matches it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { stillListed } from '../../../../renderer/src/app/selection-check.js';

const answer =
  (keys: string[], total = keys.length) =>
  async () => ({
    rows: keys.map((key) => ({ key })),
    total,
  });
const keyOf = (row: { key: string }) => row.key;

describe('selection check', () => {
  it('keeps a row that is in the first window', async () => {
    assert.equal(await stillListed('B', keyOf, answer(['A', 'B']), null), true);
  });

  it('lets go of a row the whole result does not hold', async () => {
    assert.equal(await stillListed('C', keyOf, answer(['A', 'B']), answer(['C'])), false);
  });

  it('asks the narrowed query when the result is longer than the window', async () => {
    assert.equal(await stillListed('C', keyOf, answer(['A', 'B'], 500), answer(['C'])), true);
    assert.equal(await stillListed('C', keyOf, answer(['A', 'B'], 500), answer(['CC'])), false);
    assert.equal(await stillListed('C', keyOf, answer(['A', 'B'], 500), null), false);
  });
});
