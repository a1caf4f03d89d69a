// Contract: the router never throws, whatever a renderer sends: input that is
// too deep to validate safely, or that throws while being read, comes back as a
// plain error payload, and no handler runs for it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRouter, type OperationHandlers } from '../../electron/services/router.js';

const written: unknown[] = [];
const handlers = {
  'log.write': async (line: unknown) => {
    written.push(line);
    return { written: true };
  },
} as unknown as OperationHandlers;

/** A value nested `depth` objects deep, built without recursion. */
function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: 1 };
  for (let level = 0; level < depth; level += 1) value = { a: value };
  return value;
}

describe('router', () => {
  it('refuses a log context nested 10,000 levels deep as a validation error', async () => {
    const router = createRouter(handlers, () => undefined);
    const result = await router.call('log.write', {
      level: 'info',
      message: 'deep',
      context: nested(10_000),
    });
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(result.error.kind, 'validation');
    const fields = (result.error.problems ?? []).map((problem) => problem.field);
    assert.ok(fields.some((field) => field.startsWith('context')), fields.join(', '));
    assert.equal(written.length, 0);
  });

  it('refuses a log context with too many values as a validation error', async () => {
    const router = createRouter(handlers, () => undefined);
    const wide = { list: Array.from({ length: 100_000 }, (_, index) => index) };
    const result = await router.call('log.write', { level: 'info', message: 'wide', context: wide });
    assert.equal(result.ok, false);
    if (!result.ok) assert.equal(result.error.kind, 'validation');
    assert.equal(written.length, 0);
  });

  it('still accepts an ordinary nested log context', async () => {
    const router = createRouter(handlers, () => undefined);
    const context = { order: { id: 'A-1', lines: [{ sku: 'X', qty: 2 }] }, flag: null };
    const result = await router.call('log.write', { level: 'warn', message: 'ok', context });
    assert.deepEqual(result, { ok: true, value: { written: true } });
    assert.deepEqual(written.pop(), { level: 'warn', message: 'ok', context });
  });

  it('answers an error payload, never a throw, when reading the input throws', async () => {
    const reported: string[] = [];
    const router = createRouter(handlers, (name) => reported.push(name));
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('getter exploded');
        },
        ownKeys: () => {
          throw new Error('keys exploded');
        },
      },
    );
    const result = await router.call('log.write', hostile);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.doesNotMatch(result.error.message, /exploded/);
    assert.deepEqual(reported, ['log.write']);
    assert.equal(written.length, 0);
  });
});
