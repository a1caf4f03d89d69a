// The sandbox's own clock: a base clock plus an offset that tests move forward
// through /__sandbox/clock. Never reads the wall clock except through the base.

/** Time as the sandbox sees it, in epoch milliseconds. */
export interface SandboxClock {
  now(): number;
  advance(seconds: number): void;
}

/** Builds a clock on top of `base` (normally Date.now). */
export function createSandboxClock(base: () => number): SandboxClock {
  let offsetMs = 0;
  return {
    now: () => base() + offsetMs,
    advance: (seconds) => {
      offsetMs += seconds * 1000;
    },
  };
}

/** Formats epoch milliseconds the way the sandbox's JSON carries times. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}
