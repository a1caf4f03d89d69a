// Dispatches contract operations to their handlers. The one place that validates
// every input coming from a renderer, whatever the transport, and turns every
// failure into a plain error payload that says nothing internal.
import type { z } from 'zod';
import {
  operations,
  type OperationName,
  type OperationOutput,
  type Operations,
} from '../../shared/contract/index.js';
import {
  ValidationError,
  describeZodIssues,
  toErrorPayload,
  type ErrorPayload,
} from '../../shared/errors.js';

/** A handler receives the validated input and returns the operation's output. */
export type OperationHandlers = {
  [N in OperationName]: (input: z.output<Operations[N]['input']>) => Promise<OperationOutput<N>>;
};

/** What a transport sends back for one call. */
export type CallResult = { ok: true; value: unknown } | { ok: false; error: ErrorPayload };

/** Reports failures of handlers (for the log); must not rethrow. */
export type FailureReporter = (name: string, error: unknown) => void;

/** Validates, dispatches and wraps one call; never throws. */
export function createRouter(handlers: OperationHandlers, reportFailure: FailureReporter) {
  async function call(name: unknown, rawInput: unknown): Promise<CallResult> {
    if (typeof name !== 'string' || !Object.hasOwn(operations, name)) {
      // String() of a renderer-made object can throw (a non-callable toString); name strings only.
      const shown = typeof name === 'string' ? name.slice(0, 80) : `(a ${typeof name})`;
      return { ok: false, error: { kind: 'validation', message: `Unknown operation: ${shown}` } };
    }
    const operationName = name as OperationName;
    const spec = operations[operationName];
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const error = new ValidationError(`Invalid input for ${operationName}`, describeZodIssues(parsed.error.issues));
      return { ok: false, error: error.toPayload() };
    }
    try {
      const handler = handlers[operationName] as (input: unknown) => Promise<unknown>;
      const value = spec.output.parse(await handler(parsed.data));
      return { ok: true, value };
    } catch (error) {
      reportFailure(operationName, error);
      return { ok: false, error: toErrorPayload(error) };
    }
  }

  return { call };
}

export type Router = ReturnType<typeof createRouter>;
