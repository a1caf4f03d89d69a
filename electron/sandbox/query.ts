// Parses the query parameters every list endpoint shares (limit, page,
// modifiedAfter) with OGOship's rules, answering 400 with the parameter's name.
import { fail } from './reply.js';

/** Query parameters with lower-cased names (ASP.NET binds them ignoring case); first value wins. */
export type Query = ReadonlyMap<string, string>;

/** Builds a Query from a URL's search part. */
export function toQuery(search: URLSearchParams): Query {
  const query = new Map<string, string>();
  for (const [key, value] of search) {
    if (!query.has(key.toLowerCase())) query.set(key.toLowerCase(), value);
  }
  return query;
}

/** One page request, validated. */
export interface Paging {
  limit: number;
  page: number;
}

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 250;

function parseWholeNumber(raw: string): number | undefined {
  return /^\d{1,9}$/.test(raw) ? Number(raw) : undefined;
}

/** `limit` 1–250 (default 50) and `page` from 1 (default 1); anything else is a 400. */
export function parsePaging(query: Query): Paging {
  const rawLimit = query.get('limit') ?? null;
  const rawPage = query.get('page') ?? null;
  const limit = rawLimit === null ? DEFAULT_LIMIT : parseWholeNumber(rawLimit);
  const page = rawPage === null ? 1 : parseWholeNumber(rawPage);
  if (limit === undefined || limit < 1 || limit > MAX_LIMIT) {
    fail(
      400,
      `Query parameter 'limit' must be a whole number from 1 to ${MAX_LIMIT}; got '${short(rawLimit)}'.`,
    );
  }
  if (page === undefined || page < 1) {
    fail(400, `Query parameter 'page' must be a whole number from 1 up; got '${short(rawPage)}'.`);
  }
  return { limit, page };
}

const ISO_8601 =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Parses an ISO 8601 date or date-time; a time without an offset is read as UTC. */
export function parseIsoTime(raw: string): number | undefined {
  const match = ISO_8601.exec(raw.trim());
  if (!match || !isRealDate(raw.trim())) return undefined;
  const hasTime = /[T ]/i.test(raw.trim());
  const offset = match[1];
  let text = raw.trim().replace(' ', 'T');
  if (hasTime && !offset) text += 'Z';
  if (offset && /^[+-]\d{4}$/.test(offset)) text = `${text.slice(0, -2)}:${text.slice(-2)}`;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

// Date.parse rolls 2026-02-31 over into March; a real API refuses it.
function isRealDate(text: string): boolean {
  const [year, month, day] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `modifiedAfter` as epoch ms, or undefined when absent; invalid is a 400. */
export function parseModifiedAfter(query: Query): number | undefined {
  const raw = query.get('modifiedafter');
  if (raw === undefined) return undefined;
  const ms = parseIsoTime(raw);
  if (ms === undefined) {
    fail(
      400,
      `Query parameter 'modifiedAfter' must be an ISO 8601 date-time such as 2026-01-31T12:00:00Z (encode '+' as %2B); got '${short(raw)}'.`,
    );
  }
  return ms;
}

function short(value: string | null): string {
  if (value === null) return '';
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
