// Sends one OGOship REST request with the bearer token, a timeout, cancellation,
// bounded retries and the 401 → refresh → retry-once rule. The only code that
// calls fetch for the REST API. Never logs or throws a token, header or body.
import { CancelledError } from '../../../shared/errors.js';
import { apiErrorFrom, connectionErrorFrom, timeoutError, type ConnectionError } from './errors.js';
import {
  DEFAULT_BACKOFF,
  backoffDelay,
  mayRetryConnection,
  mayRetryStatus,
  parseRetryAfter,
  type BackoffSettings,
  type RetryMode,
} from './retry-policy.js';

/** Where access tokens come from; the auth service implements it. */
export interface TokenSource {
  accessToken(signal?: AbortSignal): Promise<string>;
  rejectAccessToken(token: string): Promise<void>;
}

/** Waits `ms`, or rejects when `signal` aborts. Injected so tests need not wait. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** What the transport needs; everything but the URL and token source has a default. */
export interface HttpSettings {
  /** Base URL of the API host, e.g. https://api.ogoship.com (the /api/v1 prefix is added); a function when it can change. */
  apiUrl: string | (() => string);
  tokenSource: TokenSource;
  fetch?: typeof fetch;
  sleep?: Sleep;
  now?: () => number;
  random?: () => number;
  timeoutMs?: number;
  backoff?: Partial<BackoffSettings>;
  /** Told about each retry (for the log): never given a token. */
  onRetry?: (info: {
    method: string;
    path: string;
    attempt: number;
    delayMs: number;
    reason: string;
  }) => void;
}

/** One call: method, path under /api/v1, query, JSON body and per-call options. */
export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  query?: Record<string, string | number | boolean | null | undefined>;
  body?: unknown;
  retry?: RetryMode;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** A successful answer: status and parsed JSON (null for an empty body). */
export interface HttpResponse {
  status: number;
  body: unknown;
}

type Attempt =
  | { kind: 'answer'; status: number; body: unknown; retryAfter: string | null }
  | { kind: 'failed'; error: ConnectionError };

/** The default sleep: a timer that an AbortSignal can cut short. */
export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new CancelledError());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new CancelledError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** Builds the request function bound to one API host and token source. */
export function createHttp(settings: HttpSettings) {
  const baseUrl = (): string =>
    (typeof settings.apiUrl === 'string' ? settings.apiUrl : settings.apiUrl()).replace(/\/+$/, '');
  const doFetch = settings.fetch ?? globalThis.fetch;
  const sleep = settings.sleep ?? realSleep;
  const now = settings.now ?? Date.now;
  const random = settings.random ?? Math.random;
  const backoff: BackoffSettings = { ...DEFAULT_BACKOFF, ...settings.backoff };
  const defaultTimeout = settings.timeoutMs ?? 30_000;

  function urlFor(request: HttpRequest): string {
    const url = new URL(`${baseUrl()}/api/v1${request.path}`);
    for (const [key, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
    }
    return url.toString();
  }

  async function attempt(request: HttpRequest, token: string): Promise<Attempt> {
    const url = urlFor(request);
    const host = new URL(url).host;
    const timeoutMs = request.timeoutMs ?? defaultTimeout;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
    const headers: Record<string, string> = {
      authorization: `Bearer ${token}`,
      accept: 'application/json',
    };
    if (request.body !== undefined) headers['content-type'] = 'application/json';
    try {
      const response = await doFetch(url, {
        method: request.method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal,
      });
      const text = await response.text();
      const body = parseJson(text);
      return {
        kind: 'answer',
        status: response.status,
        body,
        retryAfter: response.headers.get('retry-after'),
      };
    } catch (error) {
      if (request.signal?.aborted) throw new CancelledError();
      if (timeout.aborted) return { kind: 'failed', error: timeoutError(host, timeoutMs) };
      return { kind: 'failed', error: connectionErrorFrom(error, host) };
    }
  }

  /** Sends the request, retrying as the policy allows; throws ApiError, ConnectionError or CancelledError. */
  async function request(request: HttpRequest): Promise<HttpResponse> {
    const mode = request.retry ?? 'safe';
    const what = `${request.method} ${request.path}`;
    let refreshed = false;
    for (let attemptNo = 1; ; attemptNo++) {
      if (request.signal?.aborted) throw new CancelledError();
      const token = await settings.tokenSource.accessToken(request.signal);
      const result = await attempt(request, token);
      const lastTry = attemptNo >= backoff.maxAttempts;

      if (result.kind === 'failed') {
        if (lastTry || !mayRetryConnection(request.method, result.error.ambiguous, mode))
          throw result.error;
        await wait(
          request,
          attemptNo,
          backoffDelay(attemptNo, backoff, random),
          result.error.message,
        );
        continue;
      }
      if (result.status === 401 && !refreshed) {
        // A 401 means nothing was processed, so one retry with a fresh token is safe for any method.
        refreshed = true;
        await settings.tokenSource.rejectAccessToken(token);
        attemptNo--;
        continue;
      }
      if (result.status < 400) return { status: result.status, body: result.body };

      const error = apiErrorFrom(result.status, result.body, what);
      error.retryAfterMs = parseRetryAfter(result.retryAfter, now()) ?? undefined;
      if (lastTry || !mayRetryStatus(request.method, result.status, mode)) throw error;
      const delayMs = retryDelay(result.retryAfter, attemptNo);
      if (delayMs > backoff.maxRetryAfterMs) throw error;
      await wait(request, attemptNo, delayMs, `status ${result.status}`);
    }
  }

  function retryDelay(retryAfter: string | null, attemptNo: number): number {
    return parseRetryAfter(retryAfter, now()) ?? backoffDelay(attemptNo, backoff, random);
  }

  async function wait(
    request: HttpRequest,
    attemptNo: number,
    delayMs: number,
    reason: string,
  ): Promise<void> {
    settings.onRetry?.({
      method: request.method,
      path: request.path,
      attempt: attemptNo,
      delayMs,
      reason,
    });
    await sleep(delayMs, request.signal);
  }

  return { request };
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    // An HTML error page from a proxy: keep the text out of messages, report "no body".
    return undefined;
  }
}

/** The transport the endpoint modules share. */
export type Http = ReturnType<typeof createHttp>;
