// Contract: every operation's input is validated by the router before any
// handler runs; malformed input comes back as a validation error that names the
// operation and the field at fault.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { z } from 'zod';
import { OPERATION_NAMES, operations } from '../../shared/contract/index.js';
import { createRouter, type OperationHandlers } from '../../electron/services/router.js';

const called: string[] = [];
const handlers = new Proxy({} as OperationHandlers, {
  get: (_target, name) => async () => {
    called.push(String(name));
    return null;
  },
});
const router = createRouter(handlers, () => undefined);

/** Values of the wrong kind for most fields; the test picks one the field's schema refuses. */
const WRONG_VALUES: unknown[] = [
  { nested: { object: true } },
  'not-what-was-asked',
  -12.5,
  [[1]],
  true,
];

function objectShape(schema: z.ZodType): Record<string, z.ZodType> {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  return shape ?? {};
}

describe('contract input validation', () => {
  for (const name of OPERATION_NAMES) {
    it(`${name}: refuses input that is not an object, before its handler runs`, async () => {
      const result = await router.call(name, 42);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.equal(result.error.kind, 'validation');
      assert.equal(result.error.message, `Invalid input for ${name}`);
      assert.ok((result.error.problems ?? []).length > 0);
      assert.equal(called.includes(name), false);
    });

    const shape = objectShape(operations[name].input);
    for (const [field, fieldSchema] of Object.entries(shape)) {
      const wrong = WRONG_VALUES.find((value) => !fieldSchema.safeParse(value).success);
      if (wrong === undefined) continue;
      it(`${name}: names the field when ${field} has the wrong kind of value`, async () => {
        const result = await router.call(name, { [field]: wrong });
        assert.equal(result.ok, false);
        if (result.ok) return;
        assert.equal(result.error.kind, 'validation');
        const fields = (result.error.problems ?? []).map((problem) => problem.field);
        assert.ok(
          fields.some((item) => item === field || item.startsWith(`${field}.`)),
          `${field} not among ${fields.join(', ')}`,
        );
        assert.equal(called.includes(name), false);
      });
    }
  }

  it('refuses an operation that is not in the contract', async () => {
    const result = await router.call('fs.readFile', { path: '/etc/passwd' });
    assert.deepEqual(result, {
      ok: false,
      error: { kind: 'validation', message: 'Unknown operation: fs.readFile' },
    });
  });
});
