// Turns request bodies into validated data or a 400 whose message names every
// field at fault, in words a merchant understands. Never echoes a field's value
// (it could be a webhook key).
import type { z } from 'zod';
import { fail } from './reply.js';
import { mediaType, type SandboxRequest } from './sandbox-request.js';

/** One problem with one field: `orderLines[2].code`, "is required". */
export interface FieldIssue {
  field: string;
  message: string;
}

/** Formats a zod path the way the messages name fields: `orderLines[2].code`. */
export function fieldName(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(body)' : out;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.message.endsWith('received undefined')
        ? 'is required'
        : `must be ${article(issue.expected)}`;
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? 'must not be empty'
          : `must be at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `must have at least ${issue.minimum} item(s)`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string')
        return issue.exact
          ? `must be exactly ${issue.maximum} characters`
          : `must be at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `must have at most ${issue.maximum} items`;
      return `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    default:
      return issue.message;
  }
}

function article(expected: string): string {
  if (expected === 'int') return 'a whole number';
  if (expected === 'array') return 'a list';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** Answers 400 naming every field issue, or returns when there are none. */
export function rejectIssues(what: string, issues: readonly FieldIssue[]): void {
  if (issues.length === 0) return;
  const listed = issues.slice(0, 20).map((issue) => `${issue.field} ${issue.message}`);
  const more = issues.length > 20 ? ` (and ${issues.length - 20} more)` : '';
  fail(400, `The ${what} is not valid: ${listed.join('; ')}${more}.`);
}

/** Parses with a zod schema; a failure is a 400 naming the fields. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  body: unknown,
  what: string,
): z.output<S> {
  const result = schema.safeParse(body);
  if (!result.success) {
    rejectIssues(
      what,
      result.error.issues.map((issue) => ({
        field: fieldName(issue.path),
        message: describeIssue(issue),
      })),
    );
  }
  return result.data as z.output<S>;
}

/** The JSON body of an API write: JSON only (415 otherwise), an object (400 otherwise). */
export function readJsonBody(request: SandboxRequest): Record<string, unknown> {
  if (mediaType(request) !== 'application/json') {
    fail(415, 'The request body must be JSON (Content-Type: application/json).');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(request.body.toString('utf8'));
  } catch {
    fail(400, 'The request body is not valid JSON.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    fail(400, 'The request body must be a JSON object.');
  }
  return parsed as Record<string, unknown>;
}
