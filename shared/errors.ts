// Typed errors that carry what the UI needs to say, and their plain-data form for
// crossing the IPC boundary. Pure TypeScript: no Node or DOM API.
import { z } from 'zod';

/** One problem with one field (or CSV cell): where it is and what is wrong. */
export const fieldProblemSchema = z.object({
  field: z.string(),
  message: z.string(),
  row: z.number().int().optional(),
});
export type FieldProblem = z.infer<typeof fieldProblemSchema>;

/** The plain-data form of any error that reaches the renderer or a report. */
export const errorPayloadSchema = z.object({
  kind: z.enum(['validation', 'api', 'auth', 'offline', 'keychain', 'cancelled', 'internal']),
  message: z.string(),
  status: z.number().int().optional(),
  problems: z.array(fieldProblemSchema).optional(),
});
export type ErrorPayload = z.infer<typeof errorPayloadSchema>;

/** Base of the app's own errors; `toPayload` is what may leave the main side. */
export class OgoError extends Error {
  constructor(
    readonly kind: ErrorPayload['kind'],
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }

  toPayload(): ErrorPayload {
    return { kind: this.kind, message: this.message };
  }
}

/** Input that breaks a rule, with the fields (and rows) at fault. */
export class ValidationError extends OgoError {
  constructor(
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super('validation', message);
  }

  override toPayload(): ErrorPayload {
    return { kind: 'validation', message: this.message, problems: this.problems };
  }
}

/** The OGOship API answered with an error status. */
export class ApiError extends OgoError {
  /** How long the server asked callers to wait (Retry-After), when it said. */
  retryAfterMs?: number;

  constructor(
    message: string,
    readonly status: number,
    readonly problems: FieldProblem[] = [],
  ) {
    super('api', message);
  }

  override toPayload(): ErrorPayload {
    return { kind: 'api', message: this.message, status: this.status, problems: this.problems };
  }
}

/** Signing in failed or the stored credentials stopped working. */
export class AuthError extends OgoError {
  constructor(message: string) {
    super('auth', message);
  }
}

/** The network could not be reached, or the connection broke mid-request. */
export class OfflineError extends OgoError {
  constructor(message: string) {
    super('offline', message);
  }
}

/** The OS keychain is missing or refused. */
export class KeychainError extends OgoError {
  constructor(message: string) {
    super('keychain', message);
  }
}

/** Work stopped because the user (or shutdown) cancelled it. */
export class CancelledError extends OgoError {
  constructor(message = 'Cancelled') {
    super('cancelled', message);
  }
}

/** Turns any thrown value into a payload; unknown errors say nothing internal. */
export function toErrorPayload(error: unknown): ErrorPayload {
  if (error instanceof OgoError) return error.toPayload();
  return { kind: 'internal', message: 'Something went wrong inside OGO Desk; the log has details.' };
}

/** Turns zod issues into sentences a merchant understands, one per field. */
export function describeZodIssues(issues: readonly z.core.$ZodIssue[]): FieldProblem[] {
  return issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join('.') : '(input)',
    message: issue.message,
  }));
}

/** Compile-time check that a switch handled every member of a union. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unhandled ${what}: ${String(value)}`);
}
