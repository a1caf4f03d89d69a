// Talks to OGOship's token endpoint (POST /OAuth/Token, form data): the password
// and refresh grants, a few retries through brief outages, and what refusals mean.
// Never puts a credential or token in an error message or a log line; every
// token it receives is registered with the log redactor before it is returned.
import { setTimeout as sleep } from 'node:timers/promises';
import {
  APP_SCOPES,
  oauthErrorBodySchema,
  tokenResponseSchema,
} from '../../../shared/domain/api-error.js';
import { ApiError, AuthError, CancelledError, OfflineError } from '../../../shared/errors.js';
import { createLogger } from '../log/logger.js';
import { registerSecret, redactText } from '../log/redact.js';
import type { MerchantCredentials } from '../vault/vault.js';

const TOKEN_PATH = '/OAuth/Token';
const MAX_ATTEMPTS = 3;
const BASE_DELAY_MS = 250;
const MAX_RETRY_AFTER_MS = 30_000;

const log = createLogger('auth');

/** Where and how token requests are sent. */
export interface TokenEndpoint {
  /** Origin of the token server, e.g. https://my.ogoship.com; /OAuth/Token is added. */
  authUrl: string;
  fetch: typeof fetch;
  timeoutMs: number;
}

/** One grant to ask for. */
export type Grant =
  | { kind: 'password'; credentials: MerchantCredentials }
  | { kind: 'refresh'; refreshToken: string; clientId: string; clientSecret: string };

/** A failure worth one more try: the server was down, busy or unreachable. */
interface TransientFailure {
  failure: ApiError | OfflineError;
  retryAfterMs: number | null;
}

/** What a successful grant returns. */
export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  expiresInSeconds: number;
}

/** The token server refused the grant itself (OAuth error such as invalid_grant). */
export class GrantRefusedError extends AuthError {
  constructor(
    message: string,
    readonly oauthError: string,
  ) {
    super(message);
  }
}

/** Asks for tokens, retrying brief outages; throws GrantRefusedError, ApiError, OfflineError or CancelledError. */
export async function requestTokens(
  endpoint: TokenEndpoint,
  grant: Grant,
  signal?: AbortSignal,
): Promise<IssuedTokens> {
  for (let attempt = 1; ; attempt += 1) {
    const outcome = await attemptOnce(endpoint, grant, signal);
    if (!('failure' in outcome)) return outcome;
    if (attempt >= MAX_ATTEMPTS) throw outcome.failure;

    // A retried refresh may find its token already spent (the lost answer had
    // rotated it); the caller then falls back to the password grant.
    const backoffMs = BASE_DELAY_MS * 2 ** (attempt - 1) * (0.5 + Math.random());
    const delayMs = outcome.retryAfterMs ?? backoffMs;
    log.warn(
      `token request failed (${outcome.failure.message}); again in ${Math.round(delayMs)} ms`,
    );
    await pause(delayMs, signal);
  }
}

async function attemptOnce(
  endpoint: TokenEndpoint,
  grant: Grant,
  signal?: AbortSignal,
): Promise<IssuedTokens | TransientFailure> {
  const timeout = AbortSignal.timeout(endpoint.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;

  let response: Response;
  let text: string;
  try {
    response = await endpoint.fetch(new URL(TOKEN_PATH, endpoint.authUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: formOf(grant),
      signal: combined,
    });
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw new CancelledError();
    const reason = timeout.aborted
      ? 'did not answer in time'
      : `could not be reached (${describeNetworkError(error)})`;
    return { failure: new OfflineError(`OGOship's sign-in server ${reason}.`), retryAfterMs: null };
  }

  if (response.ok) return parseTokens(text, response.status);
  if (response.status === 429 || response.status >= 500) {
    const failure = new ApiError(
      `OGOship's sign-in server answered with status ${response.status}.`,
      response.status,
    );
    return { failure, retryAfterMs: retryAfterMs(response.headers.get('retry-after')) };
  }
  throw refusal(grant, response.status, text);
}

function formOf(grant: Grant): URLSearchParams {
  if (grant.kind === 'refresh') {
    return new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: grant.refreshToken,
      client_id: grant.clientId,
      client_secret: grant.clientSecret,
    });
  }
  const { credentials } = grant;
  return new URLSearchParams({
    grant_type: 'password',
    client_id: credentials.clientId,
    client_secret: credentials.clientSecret,
    username: credentials.merchantId,
    password: credentials.secretToken,
    scope: APP_SCOPES.join(' '),
  });
}

function parseTokens(text: string, status: number): IssuedTokens {
  const parsed = tokenResponseSchema.safeParse(parseJson(text));
  if (!parsed.success) {
    throw new ApiError(
      "OGOship's sign-in server sent an answer OGO Desk does not understand.",
      status,
    );
  }
  registerSecret(parsed.data.access_token);
  registerSecret(parsed.data.refresh_token);
  return {
    accessToken: parsed.data.access_token,
    refreshToken: parsed.data.refresh_token,
    expiresInSeconds: parsed.data.expires_in,
  };
}

function refusal(grant: Grant, status: number, text: string): Error {
  const body = oauthErrorBodySchema.safeParse(parseJson(text));
  if (!body.success) {
    return new ApiError(`OGOship's sign-in server answered with status ${status}.`, status);
  }

  const code = body.data.error;
  if (code === 'invalid_client') {
    return new GrantRefusedError('OGOship did not accept the client ID and client secret.', code);
  }
  if (code === 'invalid_grant') {
    const message =
      grant.kind === 'password'
        ? 'OGOship did not accept the merchant ID and secret token.'
        : 'OGOship no longer accepts the saved sign-in.';
    return new GrantRefusedError(message, code);
  }
  // The description is the server's own; scrubbed in case it quotes the request.
  const detail = body.data.error_description ? `: ${redactText(body.data.error_description)}` : '';
  return new GrantRefusedError(`OGOship refused the sign-in request (${code})${detail}`, code);
}

// Retry-After is either seconds or an HTTP date; capped so a sign-in never hangs for long.
function retryAfterMs(header: string | null): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  if (Number.isNaN(ms)) return null;
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}

async function pause(ms: number, signal?: AbortSignal): Promise<void> {
  try {
    await sleep(ms, undefined, { signal });
  } catch {
    throw new CancelledError();
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  return typeof cause?.code === 'string' ? cause.code : 'network error';
}
