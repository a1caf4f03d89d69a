// Shared fast-check settings for the property tests: modest run counts (CI machines
// have two cores) and a seed that is printed on failure and can be pinned to replay.
// Never hides a failure: fast-check's own report (seed, path, counterexample) is kept.
import type { Parameters } from 'fast-check';

/** Options for fc.assert: `runs` cases, seeded by OGO_PROPERTY_SEED when set. */
export function propertyOptions<T>(runs: number): Parameters<T> {
  const pinned = process.env['OGO_PROPERTY_SEED'];
  return {
    numRuns: runs,
    // The failure report names the seed and path; OGO_PROPERTY_SEED=<seed> replays it.
    ...(pinned ? { seed: Number(pinned) } : {}),
    verbose: 1,
  };
}
