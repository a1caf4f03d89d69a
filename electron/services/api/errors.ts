// Turns what fetch and OGOship answer with into the app's typed errors. Never puts
// a request header, token or body into an error message.
import { ApiError, OfflineError } from '../../../shared/errors.js';
import { apiErrorBodySchema } from '../../../shared/domain/api-error.js';

/**
 * The network failed. `ambiguous` is true when the request may have reached
 * OGOship (the connection broke after sending, or the answer never came), so a
 * non-idempotent call may or may not have taken effect.
 */
export class ConnectionError extends OfflineError {
  constructor(
    message: string,
    readonly ambiguous: boolean,
  ) {
    super(message);
  }
}

// Failures that happen before a single byte of the request leaves this machine.
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string') return code;
  // Happy-eyeballs connects report one error per address in an AggregateError.
  if (Array.isArray(errors) && errors.length > 0) return errorCode(errors[0]);
  return errorCode(cause);
}

/** Classifies a fetch failure (not a cancellation) as a ConnectionError. */
export function connectionErrorFrom(error: unknown, host: string): ConnectionError {
  const code = errorCode(error);
  if (code !== undefined && NOT_SENT_CODES.has(code)) {
    return new ConnectionError(
      `Could not connect to ${host} (${code}). Check the network connection.`,
      false,
    );
  }
  const detail = code ? ` (${code})` : '';
  return new ConnectionError(
    `The connection to ${host} broke before OGOship answered${detail}.`,
    true,
  );
}

/** The request took longer than the per-request timeout. */
export function timeoutError(host: string, timeoutMs: number): ConnectionError {
  const seconds = Math.round(timeoutMs / 1000);
  return new ConnectionError(`${host} did not answer within ${seconds} s.`, true);
}

/** Builds the ApiError for an error status, with the server's own message when it sent one. */
export function apiErrorFrom(status: number, body: unknown, what: string): ApiError {
  const parsed = apiErrorBodySchema.safeParse(body);
  const serverMessage = parsed.success
    ? (parsed.data.message ?? parsed.data.statusDescription)
    : undefined;
  const message = serverMessage?.trim()
    ? serverMessage.trim()
    : `OGOship answered ${status} to ${what}.`;
  return new ApiError(message, status);
}

/** OGOship answered 2xx with something that does not match the contract. */
export function unexpectedAnswer(what: string, detail: string): ApiError {
  return new ApiError(`OGOship's answer to ${what} was not what OGO Desk expects: ${detail}`, 502);
}
