// Building blocks of the IPC contract: an operation is a named call with an input
// and an output schema; an event is a named push with a payload schema.
// Pure TypeScript: no Node or DOM API, so both sides can import it.
import type { z } from 'zod';

/** One request/response operation of the contract. */
export interface OperationSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly summary: string;
}

/** Declares an operation; the summary is shown in docs and validation errors. */
export function operation<I extends z.ZodType, O extends z.ZodType>(
  summary: string,
  input: I,
  output: O,
): OperationSpec<I, O> {
  return { summary, input, output };
}

/** One main → renderer push. */
export interface EventSpec<P extends z.ZodType = z.ZodType> {
  readonly payload: P;
  readonly summary: string;
}

/** Declares an event. */
export function event<P extends z.ZodType>(summary: string, payload: P): EventSpec<P> {
  return { summary, payload };
}
