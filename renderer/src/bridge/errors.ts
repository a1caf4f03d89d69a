// The renderer's view of a failed call: the contract's error payload as an
// Error, whatever the transport. Never carries a stack from the main side.
import {
  errorPayloadSchema,
  type ErrorPayload,
  type FieldProblem,
} from '../../../shared/errors.js';

/** A contract call that failed; `kind` and `problems` say what the UI should show. */
export class BridgeError extends Error {
  readonly kind: ErrorPayload['kind'];
  readonly status: number | undefined;
  readonly problems: FieldProblem[];

  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.name = 'BridgeError';
    this.kind = payload.kind;
    this.status = payload.status;
    this.problems = payload.problems ?? [];
  }
}

/** Turns whatever a transport rejected with into a BridgeError. */
export function toBridgeError(reason: unknown): BridgeError {
  if (reason instanceof BridgeError) return reason;
  const parsed = errorPayloadSchema.safeParse(reason);
  if (parsed.success) return new BridgeError(parsed.data);
  return new BridgeError({
    kind: 'internal',
    message: reason instanceof Error ? reason.message : 'The call failed for an unknown reason.',
  });
}

/** A sentence for the user from any failure. */
export function errorMessage(reason: unknown): string {
  return toBridgeError(reason).message;
}
