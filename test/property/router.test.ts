// Property-based test of every IPC operation through the real router and handlers
// over a real service graph signed in to the built-in sandbox on loopback: random
// JSON in, a clear validation error or a normal result out, never an exception in
// main. Never opens a tunnel (live.connect only ever gets input it must refuse).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { z } from 'zod';
import { OPERATION_NAMES, operations, type OperationName } from '../../shared/contract/index.js';
import { OgoError } from '../../shared/errors.js';
import { createServices, type Services } from '../../electron/services/create-services.js';
import { createHandlers } from '../../electron/services/handlers/index.js';
import { createRouter, type Router } from '../../electron/services/router.js';
import { propertyOptions } from './options.js';

// live.connect would reach a public tunnel service; anything it accepts is never sent.
const REFUSED_ONLY: ReadonlySet<OperationName> = new Set(['live.connect']);

function fieldNames(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/** Random JSON, and objects using the operation's own field names with random values. */
function inputFor(name: OperationName): fc.Arbitrary<unknown> {
  const fields = fieldNames(operations[name].input);
  const value = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom('', ' ', 'SKU-1', '../../etc/passwd', 'x'.repeat(600), '1e309', '<script>', 'ORD-1'),
    fc.integer({ min: -2, max: 3_000_000_000 }),
  );
  const shaped = fields.length === 0
    ? fc.dictionary(fc.string({ maxLength: 6 }), value, { maxKeys: 3 })
    : fc.record(Object.fromEntries(fields.map((field) => [field, value])), { requiredKeys: [] });
  return fc.oneof(fc.jsonValue({ maxDepth: 3 }), shaped, fc.constant(undefined));
}

describe('router (properties)', () => {
  let dataDir = '';
  let services: Services;
  let router: Router;
  const unexpected: { name: string; error: unknown }[] = [];

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ogo-property-router-'));
    services = await createServices({ dataDir, keychainService: `ogo-property-${randomUUID()}`, env: {}, logConsole: false });
    const demo = await services.switchToSandbox();
    await services.session().signIn(demo);
    router = createRouter(createHandlers(services), (name, error) => {
      // A typed failure (not found, refused by OGOship, signed out) is a normal answer.
      if (!(error instanceof OgoError) || error.kind === 'internal') unexpected.push({ name, error });
    });
  });

  after(async () => {
    await services.session().signOut().catch(() => undefined);
    await services.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  for (const name of OPERATION_NAMES) {
    it(`${name}: answers random input with a validation error or a normal result`, async () => {
      const spec = operations[name];
      const input = REFUSED_ONLY.has(name) ? inputFor(name).filter((raw) => !spec.input.safeParse(raw ?? {}).success) : inputFor(name);
      await fc.assert(
        fc.asyncProperty(input, async (raw) => {
          unexpected.length = 0;
          const result = await router.call(name, raw);
          if (!spec.input.safeParse(raw ?? {}).success) {
            assert.equal(result.ok, false, 'invalid input was accepted');
            if (result.ok) return;
            assert.equal(result.error.kind, 'validation');
            assert.ok((result.error.problems ?? []).length > 0, 'a validation error without problems');
            return;
          }
          if (!result.ok) assert.notEqual(result.error.kind, 'internal', `internal error: ${result.error.message}`);
          assert.deepEqual(unexpected.map((item) => `${item.name}: ${String(item.error)}`), []);
        }),
        propertyOptions(REFUSED_ONLY.has(name) ? 10 : 15),
      );
    });
  }

  it('answers an unknown or non-string operation name with a validation error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 1 }), fc.jsonValue({ maxDepth: 1 }), async (name, raw) => {
        fc.pre(typeof name !== 'string' || !Object.hasOwn(operations, name));
        const result = await router.call(name, raw);
        assert.equal(result.ok, false);
        if (!result.ok) assert.equal(result.error.kind, 'validation');
      }),
      propertyOptions(100),
    );
  });
});
