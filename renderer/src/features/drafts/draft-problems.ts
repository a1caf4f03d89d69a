// Which problems the editor shows at which field: the shared rules run here at
// once for what needs no data, and the main side's answer adds what needs the
// cache (unknown codes, used references, stock). Pure functions.
import type { DraftView } from '../../../../shared/contract/drafts.js';
import { checkDraft } from '../../../../shared/domain/draft-rules.js';
import type { FieldProblem } from '../../../../shared/errors.js';

/** Errors and warnings by field path, e.g. `customer.city` or `orderLines.2.quantity`. */
export interface ProblemMap {
  error(field: string): string | undefined;
  warning(field: string): string | undefined;
  count: number;
}

const NEEDS_CACHE = /^(reference|orderLines\.\d+\.code)$/;

/** Merges local rule results, the main side's checks and a failed action's problems. */
export function problemsOf(draft: DraftView, actionProblems: FieldProblem[]): ProblemMap {
  const local = checkDraft(draft.content, {
    kind: draft.kind,
    catalogue: null,
    referenceTaken: () => false,
  });
  const errors = new Map<string, string>();
  for (const problem of [
    ...draft.errors.filter((p) => NEEDS_CACHE.test(p.field)),
    ...local.errors,
    ...actionProblems,
  ]) {
    if (!errors.has(problem.field)) errors.set(problem.field, problem.message);
  }
  const warnings = new Map(draft.warnings.map((problem) => [problem.field, problem.message]));
  return {
    error: (field) => errors.get(field),
    warning: (field) => warnings.get(field),
    count: errors.size,
  };
}

/**
 * Hides errors of fields the merchant has not reached yet, so an empty new
 * draft is not a wall of red; warnings and the count stay whole.
 */
export function gateProblems(map: ProblemMap, shown: (field: string) => boolean): ProblemMap {
  return {
    error: (field) => (shown(field) ? map.error(field) : undefined),
    warning: map.warning,
    count: map.count,
  };
}

/** Whether every error shows at once: after Send, or once the draft left the editing state. */
export function showsAllProblems(
  state: DraftView['state'],
  sendPressed: boolean,
  actionProblems: FieldProblem[],
): boolean {
  return sendPressed || state !== 'draft' || actionProblems.length > 0;
}
