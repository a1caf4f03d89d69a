// The parsed form of one incoming request that every sandbox handler reads.
// Holds the raw body bytes; handlers decide how to parse them.
import type { IncomingHttpHeaders } from 'node:http';
import type { Query } from './query.js';

/** One request, read to the end. */
export interface SandboxRequest {
  method: string;
  /** The path without query, exactly as sent (still percent-encoded). */
  rawPath: string;
  query: Query;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** The media type of the request without parameters, lower-cased. */
export function mediaType(request: SandboxRequest): string {
  return (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}
