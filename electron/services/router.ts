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
  async function dispatch(operationName: OperationName, rawInput: unknown): Promise<CallResult> {
    const spec = operations[operationName];
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const error = new ValidationError(`Invalid input for ${operationName}`, describeZodIssues(parsed.error.issues));
      return { ok: false, error: error.toPayload() };
    }
    const handler = handlers[operationName] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: spec.output.parse(await handler(parsed.data)) };
  }

  async function call(name: unknown, rawInput: unknown): Promise<CallResult> {
    if (typeof name !== 'string' || !Object.hasOwn(operations, name)) {
      // String() of a renderer-made object can throw (a non-callable toString); name strings only.
      const shown = typeof name === 'string' ? name.slice(0, 80) : `(a ${typeof name})`;
      return { ok: false, error: { kind: 'validation', message: `Unknown operation: ${shown}` } };
    }
    // Validation sits inside the guard too: hostile input (a throwing getter, a structure that
    // still overflows the stack) must become a payload, never an exception in main.
    try {
      return await dispatch(name as OperationName, rawInput);
    } catch (error) {
      try {
        reportFailure(name, error);
      } catch {
        // A failing reporter must not turn a handled failure into a thrown one.
      }
      return { ok: false, error: toErrorPayload(error) };
    }
  }

  return { call };
}

export type Router = ReturnType<typeof createRouter>;
