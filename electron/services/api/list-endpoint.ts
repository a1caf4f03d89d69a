// One GET list endpoint of OGOship: a single page, or a walk over all pages.
import type { z } from 'zod';
import { isoInstant, type CallOptions, type Instant, type PagingOptions } from './call-options.js';
import type { Http } from './http.js';
import { MAX_PAGE_SIZE, pages, type Page } from './paging.js';
import { parseList } from './validate.js';

/** A list endpoint's filters: strings, or an instant for `modifiedAfter`. */
export type Filters = { [key: string]: string | Instant | undefined };

/** Builds `list` (one page) and `pages` (every page from `startPage`) for `path`. */
export function listEndpoint<S extends z.ZodType, Q extends Filters>(
  http: Http,
  path: string,
  schema: S,
) {
  async function list(
    query: Q & { limit?: number; page?: number },
    options: CallOptions = {},
  ): Promise<z.output<S>[]> {
    const params: Record<string, string | number | undefined> = {};
    for (const [key, value] of Object.entries(query)) {
      params[key] =
        key === 'modifiedAfter'
          ? isoInstant(value as Instant | undefined)
          : (value as string | number | undefined);
    }
    const { body } = await http.request({ method: 'GET', path, query: params, ...options });
    return parseList(schema, body, `GET ${path}`);
  }

  function walk(
    query: Q = {} as Q,
    options: PagingOptions = {},
  ): AsyncGenerator<Page<z.output<S>>> {
    const { limit = MAX_PAGE_SIZE, startPage = 1, ...call } = options;
    return pages((page, size) => list({ ...query, page, limit: size }, call), limit, startPage);
  }

  return { list, pages: walk };
}
