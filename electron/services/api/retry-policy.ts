// Decides whether a failed request may be sent again, and how long to wait first.
// Pure functions: no I/O, no timers; the caller sleeps through an injected sleep.

/**
 * `safe`: retry what cannot do harm twice (every failure of GET/PUT/DELETE; for
 * POST only 429 and connections that never sent the request). `never`: no
 * retries at all, for callers (the outbox) that settle the outcome themselves.
 */
export type RetryMode = 'safe' | 'never';

/** Tunables of the backoff, all in milliseconds. */
export interface BackoffSettings {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited out: the error goes to the caller. */
  maxRetryAfterMs: number;
}

/** Defaults: 5 attempts, 0.5 s doubling to at most 20 s, Retry-After up to 2 minutes. */
export const DEFAULT_BACKOFF: BackoffSettings = {
  maxAttempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 120_000,
};

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

/** Whether a response status may be retried for this method in this mode. */
export function mayRetryStatus(method: string, status: number, mode: RetryMode): boolean {
  if (mode === 'never') return false;
  if (status === 429) return true;
  return status >= 500 && IDEMPOTENT.has(method.toUpperCase());
}

/** Whether a network failure may be retried: ambiguous ones only for idempotent methods. */
export function mayRetryConnection(method: string, ambiguous: boolean, mode: RetryMode): boolean {
  if (mode === 'never') return false;
  return !ambiguous || IDEMPOTENT.has(method.toUpperCase());
}

/** Exponential backoff with "equal jitter": half fixed, half random, so waits never collapse to 0. */
export function backoffDelay(
  attempt: number,
  settings: BackoffSettings,
  random: () => number,
): number {
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Parses Retry-After (delta seconds or an HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const text = header.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
