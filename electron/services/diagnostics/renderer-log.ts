// Writes the renderer's forwarded log lines under the module name 'renderer',
// at most a burst of lines and then a steady trickle, so a renderer stuck in a
// loop (or a hostile one) cannot flood the disk. Every line passes the logger's
// redactor; this file never formats or stores a line itself.
import type { LogLevel, Logger } from '../log/logger.js';

/** One forwarded line, as the contract's log.write carries it. */
export interface RendererLine {
  level: Exclude<LogLevel, 'debug'>;
  message: string;
  context?: Record<string, unknown>;
}

/** How many lines may come at once, and how fast the allowance refills. */
export interface RateLimit {
  burst: number;
  refillPerSecond: number;
}

// LIMIT: one allowance per service graph, shared by every window that forwards lines.
const DEFAULT_LIMIT: RateLimit = { burst: 50, refillPerSecond: 1 };

/** A sink for renderer lines; `write` answers whether the line was written or dropped. */
export function createRendererLog(
  log: Logger,
  limit: RateLimit = DEFAULT_LIMIT,
  now: () => number = Date.now,
) {
  let allowance = limit.burst;
  let lastRefill = now();
  let dropped = 0;

  function refill(): void {
    const at = now();
    allowance = Math.min(
      limit.burst,
      allowance + ((at - lastRefill) / 1000) * limit.refillPerSecond,
    );
    lastRefill = at;
  }

  function write(line: RendererLine): boolean {
    refill();
    if (allowance < 1) {
      dropped += 1;
      return false;
    }
    allowance -= 1;
    // Say how much went missing, so a reader of the log knows the gap is not silence.
    if (dropped > 0) {
      log.warn(`${dropped} renderer line(s) dropped by the rate limit`);
      dropped = 0;
    }
    const args: unknown[] = [line.message];
    if (line.context !== undefined) args.push(line.context);
    log[line.level](...args);
    return true;
  }

  return { write };
}

/** The renderer log sink. */
export type RendererLog = ReturnType<typeof createRendererLog>;
