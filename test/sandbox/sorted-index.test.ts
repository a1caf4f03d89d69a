// Property test of the edit-time index behind every sandbox listing: after any
// mix of inserts and removals, pages equal a plain sort of what is left.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { SortedIndex } from '../../electron/sandbox/sorted-index.js';

type Op = { kind: 'insert'; time: number; key: string } | { kind: 'remove'; pick: number };

const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    time: fc.integer({ min: 0, max: 20 }),
    key: fc.string({ maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
);

describe('sandbox sorted index', () => {
  it('pages like a plain sort by (time, key) after any inserts and removals', () => {
    fc.assert(
      fc.property(
        fc.array(opArbitrary, { maxLength: 60 }),
        fc.integer({ min: -1, max: 21 }),
        fc.integer({ min: 1, max: 7 }),
        (ops, after, limit) => {
          const index = new SortedIndex<string>();
          const live = new Map<string, { time: number; key: string }>();
          for (const op of ops) {
            if (op.kind === 'insert' && !live.has(op.key)) {
              index.insert(op.time, op.key, op.key);
              live.set(op.key, op);
            } else if (op.kind === 'remove' && live.size > 0) {
              const victim = [...live.values()][op.pick % live.size]!;
              assert.equal(index.remove(victim.time, victim.key), true);
              live.delete(victim.key);
            }
          }
          const expected = [...live.values()]
            .filter((row) => after < 0 || row.time > after)
            .sort((a, b) => a.time - b.time || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
            .map((row) => row.key);
          const paged: string[] = [];
          for (let page = 1; ; page++) {
            const batch = index.page(after < 0 ? undefined : after, limit, page);
            paged.push(...batch);
            if (batch.length < limit) break;
          }
          assert.deepEqual(paged, expected);
        },
      ),
    );
  });
});
