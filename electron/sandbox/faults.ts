// Fault rules behind POST /__sandbox/faults: the next N matching requests (or, with a
// probability, a seeded random share of them) get a status, a delay, a reset
// connection, or are performed and then dropped.
// Only ever applied to the sandbox's own API and token requests.
import { z } from 'zod';

/** The body of POST /__sandbox/faults. */
export const faultInputSchema = z
  .object({
    method: z.string().min(1).optional(),
    path: z.string().min(1).optional(),
    count: z.number().int().positive(),
    status: z.number().int().min(100).max(599).optional(),
    retryAfter: z.number().int().min(0).optional(),
    delayMs: z.number().int().min(0).max(600_000).optional(),
    reset: z.boolean().optional(),
    commitThenDrop: z.boolean().optional(),
    /** Hit each matching request with this chance instead of every one (count still caps the hits). */
    probability: z.number().gt(0).max(1).optional(),
    /** Seed of the chance draws, so a run with faults can be replayed exactly. */
    seed: z.number().int().optional(),
  })
  .strict()
  .refine(
    (fault) =>
      fault.status !== undefined ||
      fault.delayMs !== undefined ||
      fault.reset ||
      fault.commitThenDrop,
    {
      message: 'a fault needs at least one of status, delayMs, reset or commitThenDrop',
    },
  )
  .refine(
    (fault) =>
      [fault.status !== undefined, fault.reset, fault.commitThenDrop].filter(Boolean).length <= 1,
    {
      message: 'status, reset and commitThenDrop exclude each other',
    },
  );
/** One fault rule as posted. */
export type FaultInput = z.infer<typeof faultInputSchema>;

/** A registered fault with its remaining count. */
interface FaultRule extends FaultInput {
  matchPath: (path: string) => boolean;
  remaining: number;
  /** Draws whether this matching request is hit; always true without a probability. */
  hits: () => boolean;
}

/** A small seeded generator (mulberry32): the same seed gives the same hits in the same order. */
function seededChance(probability: number | undefined, seed: number): () => boolean {
  if (probability === undefined) return () => true;
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296 < probability;
  };
}

/** A path rule starting with ^ is a case-insensitive regex; anything else a case-insensitive prefix. */
function pathMatcher(path: string | undefined): (path: string) => boolean {
  if (path === undefined) return () => true;
  if (path.startsWith('^')) {
    const pattern = new RegExp(path, 'i');
    return (candidate) => pattern.test(candidate);
  }
  const prefix = path.toLowerCase();
  return (candidate) => candidate.toLowerCase().startsWith(prefix);
}

/** The registered faults, consumed in the order they were added. */
export class FaultTable {
  private rules: FaultRule[] = [];

  /** Adds a rule; throws SyntaxError for a bad regex. */
  add(input: FaultInput): void {
    this.rules.push({
      ...input,
      matchPath: pathMatcher(input.path),
      remaining: input.count,
      hits: seededChance(input.probability, input.seed ?? 1),
    });
  }

  /** Takes one use of the first rule matching this request whose chance draw hits, if any. */
  take(method: string, path: string): FaultInput | undefined {
    const rule = this.rules.find(
      (candidate) =>
        (candidate.method === undefined || candidate.method.toUpperCase() === method) &&
        candidate.matchPath(path) &&
        candidate.hits(),
    );
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.rules = this.rules.filter((candidate) => candidate !== rule);
    return rule;
  }

  /** How many uses are left across all rules. */
  pending(): number {
    return this.rules.reduce((sum, rule) => sum + rule.remaining, 0);
  }

  /** Removes every rule. */
  clear(): void {
    this.rules = [];
  }
}
