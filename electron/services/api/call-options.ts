// Options every API call accepts, and helpers the endpoint modules share.
import type { RetryMode } from './retry-policy.js';

/** Per-call options: cancellation, retry mode and timeout. */
export interface CallOptions {
  signal?: AbortSignal;
  retry?: RetryMode;
  timeoutMs?: number;
}

/** Options of a paged walk: page size (max 250) and the page to start at. */
export interface PagingOptions extends CallOptions {
  limit?: number;
  startPage?: number;
}

/** A point in time as OGOship's `modifiedAfter` wants it: ISO 8601 with milliseconds. */
export type Instant = string | number | Date;

/** Formats an instant for a query string; undefined stays undefined. */
export function isoInstant(value: Instant | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  return new Date(value).toISOString();
}

/** Encodes a path segment: a product code may hold `/`, `#`, `%` or spaces. */
export function base64urlCode(code: string): string {
  return Buffer.from(code, 'utf8').toString('base64url');
}
