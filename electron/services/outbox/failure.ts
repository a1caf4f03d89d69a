// Sorts a failed outbox request into what the outbox does next. Pure: no I/O.
// The one rule that keeps orders exactly-once lives here: a create that may
// have reached OGOship is never resent before the order is looked up.
import { ApiError, AuthError, CancelledError, OfflineError } from '../../../shared/errors.js';
import type { OpKind } from '../drafts/draft-table.js';

/**
 * `ambiguous`: the request may have taken effect, look before resending.
 * `notSent`: nothing reached OGOship (no network); wait and retry.
 * `transient`: OGOship is busy or broken; wait and retry.
 * `auth`: the session cannot send; pause until it can.
 * `rejected`: OGOship refused the content; the merchant must act.
 * `cancelled`: the app is shutting down.
 */
export type FailureKind = 'ambiguous' | 'notSent' | 'transient' | 'auth' | 'rejected' | 'cancelled';

/** A classified failure with the message to show and any wait OGOship asked for. */
export interface Failure {
  kind: FailureKind;
  message: string;
  /** OGOship's status, when it answered. */
  status?: number;
  retryAfterMs?: number;
}

function ambiguousFlag(error: OfflineError): boolean {
  const flag = (error as OfflineError & { ambiguous?: unknown }).ambiguous;
  // An offline error that does not say is treated as possibly delivered: the safe side.
  return flag !== false;
}

function classifyApiError(error: ApiError, op: OpKind): Failure {
  const { status, message } = error;
  if (status === 401) return { kind: 'auth', message, status };
  if (status === 429)
    return { kind: 'transient', message, status, retryAfterMs: error.retryAfterMs };
  // A 5xx or 408 after the body went out may still have created the order.
  if (status >= 500 || status === 408)
    return { kind: op === 'create' ? 'ambiguous' : 'transient', message, status };
  return { kind: 'rejected', message, status };
}

/** Classifies what a send (or a lookup) threw. */
export function classifyFailure(error: unknown, op: OpKind): Failure {
  if (error instanceof CancelledError) return { kind: 'cancelled', message: error.message };
  if (error instanceof AuthError) return { kind: 'auth', message: error.message };
  if (error instanceof ApiError) return classifyApiError(error, op);
  if (error instanceof OfflineError) {
    if (!ambiguousFlag(error)) return { kind: 'notSent', message: error.message };
    return { kind: op === 'create' ? 'ambiguous' : 'transient', message: error.message };
  }
  // Anything unforeseen is treated like a broken connection: never assume a create failed.
  const message = 'OGO Desk could not tell whether OGOship received this; it will check.';
  return { kind: op === 'create' ? 'ambiguous' : 'transient', message };
}
