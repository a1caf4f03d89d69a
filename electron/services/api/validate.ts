// Checks OGOship's answers against the shared domain schemas. Tolerant of new
// fields (the schemas are loose objects); strict about the fields the app uses.
import type { z } from 'zod';
import { unexpectedAnswer } from './errors.js';

function describe(issues: readonly z.core.$ZodIssue[]): string {
  const first = issues[0];
  if (!first) return 'unknown problem';
  const where = first.path.length > 0 ? first.path.join('.') : 'the body';
  return `${where}: ${first.message}`;
}

/** One record; throws ApiError (502) naming the field that does not fit. */
export function parseOne<S extends z.ZodType>(schema: S, body: unknown, what: string): z.output<S> {
  const result = schema.safeParse(body);
  if (!result.success) throw unexpectedAnswer(what, describe(result.error.issues));
  return result.data;
}

// LIMIT: one record that breaks the schema fails its whole page (and so a sync) with a 502
// ApiError naming the field; skipping it silently would leave a hole nobody sees.
/** A list; `null` counts as empty (OGOship answers GET /webhooks that way). */
export function parseList<S extends z.ZodType>(
  schema: S,
  body: unknown,
  what: string,
): z.output<S>[] {
  if (body === null) return [];
  if (!Array.isArray(body)) throw unexpectedAnswer(what, 'expected a list');
  return body.map((item, index) => {
    const result = schema.safeParse(item);
    if (!result.success)
      throw unexpectedAnswer(what, `item ${index + 1}, ${describe(result.error.issues)}`);
    return result.data;
  });
}
