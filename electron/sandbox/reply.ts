// The value every sandbox handler returns instead of writing to the socket, so
// the dispatcher can answer it, delay it or drop it ("commit then drop").
// Builders here never put a secret into a body.

/** A finished answer: status, optional JSON (null is a real body), extra headers. */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** Present (even as null) means a JSON body; absent means an empty body. */
  json?: unknown;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The reason phrase for a status, for ApiError bodies. */
export function statusText(status: number): string {
  return STATUS_TEXT[status] ?? (status >= 500 ? 'Server Error' : 'Error');
}

/** A 200 (or other) JSON answer. */
export function jsonReply(json: unknown, status = 200): Reply {
  return { status, json };
}

/** An OGOship REST error body: `{ statusCode, statusDescription, message }`. */
export function apiErrorReply(
  status: number,
  message: string,
  headers?: Record<string, string>,
): Reply {
  return {
    status,
    headers,
    json: { statusCode: status, statusDescription: statusText(status), message },
  };
}

/** An OAuth 2 error body, always status 400 unless told (401 for client errors). */
export function oauthErrorReply(error: string, description: string, status = 400): Reply {
  return { status, json: { error, error_description: description } };
}

/** Thrown by helpers deep inside a handler to answer with an error at once. */
export class ReplyError extends Error {
  constructor(readonly reply: Reply) {
    super(`sandbox reply ${reply.status}`);
  }
}

/** Throws an ApiError reply; used where returning would need many checks. */
export function fail(status: number, message: string): never {
  throw new ReplyError(apiErrorReply(status, message));
}
