// Finds the product fields an OGOship 400 message names, so the form can show
// each problem at its field. Pure: never changes the message itself.
import { PRODUCT_FIELDS } from '../../../shared/domain/product.js';
import { ApiError, type FieldProblem } from '../../../shared/errors.js';

const FIELD_NAMES = new Set<string>(PRODUCT_FIELDS);

/** The clauses of a message that start with a product field's name, as field problems. */
export function productProblemsIn(message: string): FieldProblem[] {
  // LIMIT: OGOship does not publish its error texts; this reads the "field problem; field problem"
  // shape the sandbox uses and leaves any other message whole, at the top of the form.
  const body = message.includes(':') ? message.slice(message.indexOf(':') + 1) : message;
  const problems: FieldProblem[] = [];
  for (const clause of body.split(';')) {
    const match = /^\s*([A-Za-z]+)\s+(.+?)\.?\s*$/.exec(clause);
    if (match && FIELD_NAMES.has(match[1]!))
      problems.push({ field: match[1]!, message: match[2]! });
  }
  return problems;
}

/** The same error with field problems attached when it is a 400 that names product fields. */
export function withProductProblems(error: unknown): unknown {
  if (!(error instanceof ApiError) || error.status !== 400 || error.problems.length > 0)
    return error;
  const problems = productProblemsIn(error.message);
  return problems.length > 0 ? new ApiError(error.message, error.status, problems) : error;
}
