// Where the next sync request starts: forward through change times when OGOship
// answers oldest first, by page number otherwise, never skipping a tie.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nextPosition } from '../../../electron/services/sync/next-position.js';
import type { SyncPosition } from '../../../electron/services/store/index.js';

const START: SyncPosition = {
  cursor: null,
  nextPage: 1,
  highWater: null,
  runStartedAt: 1,
  lastSuccessAt: null,
};
const t = (second: number): string => new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString();

describe('sync next position', () => {
  it('moves the cursor to just before the last time, so records tied with it are asked for again', () => {
    const next = nextPosition(START, [t(1), t(2), t(3), t(3)], false, 99);
    assert.equal(next.cursor, t(2));
    assert.equal(next.nextPage, 1);
    assert.equal(next.highWater, t(3));
  });

  it('falls back to page numbers when the answer is not in change order', () => {
    const next = nextPosition({ ...START, cursor: t(0) }, [t(5), t(2), t(9)], false, 99);
    assert.equal(next.cursor, t(0));
    assert.equal(next.nextPage, 2);
    assert.equal(next.highWater, t(9));
  });

  it('pages through a page that is one single tie instead of looping on it', () => {
    const next = nextPosition({ ...START, cursor: t(0) }, [t(4), t(4), t(4)], false, 99);
    assert.equal(next.cursor, t(0));
    assert.equal(next.nextPage, 2);
  });

  it('finishes at the newest time seen in the whole run', () => {
    const midway = { ...START, cursor: t(2), highWater: t(7) };
    const done = nextPosition(midway, [t(3), t(5)], true, 1234);
    assert.deepEqual(done, {
      cursor: t(7),
      nextPage: 1,
      highWater: null,
      runStartedAt: null,
      lastSuccessAt: 1234,
    });
  });

  it('keeps the old cursor when nothing changed', () => {
    const done = nextPosition({ ...START, cursor: t(8), lastSuccessAt: 5 }, [], true, 6);
    assert.equal(done.cursor, t(8));
    assert.equal(done.lastSuccessAt, 6);
  });
});
