// "Never miss anything": webhooks are hints and the API is the truth, so the
// incremental sync (modifiedAfter from the last successful run) runs at start,
// after every (re)connect, and on a timer while no tunnel is up. Never throws:
// a failed sync is reported and the next trigger tries again.
import { createLogger } from '../log/logger.js';

const log = createLogger('webhooks');

/** The part of the sync service catch-up uses. */
export interface CatchUpSync {
  run(): Promise<unknown>;
  status(): { lastSyncAt: number | null };
}

/** One minute: stock and shipping news at most a minute late without a tunnel. */
export const DEFAULT_POLL_INTERVAL_MS = 60_000;

/** Triggers syncs on demand and polls while asked to. */
export function createCatchUp(sync: CatchUpSync | null, pollIntervalMs = DEFAULT_POLL_INTERVAL_MS) {
  let timer: NodeJS.Timeout | null = null;
  let later: NodeJS.Timeout | null = null;

  /** Runs the incremental sync now (joining one already running). */
  async function now(why: string): Promise<void> {
    if (sync === null) return;
    try {
      await sync.run();
    } catch (error) {
      log.warn(`catch-up sync (${why}) did not finish: ${error instanceof Error ? error.message : 'unknown error'}`);
    }
  }

  /** Runs the sync once after `delayMs` (one pending at a time), e.g. after a hint could not be applied. */
  function soon(why: string, delayMs = 30_000): void {
    if (later !== null || sync === null) return;
    later = setTimeout(() => {
      later = null;
      void now(why);
    }, delayMs);
    later.unref();
  }

  /** Starts polling (idempotent). */
  function startPolling(): void {
    if (timer !== null || sync === null) return;
    timer = setInterval(() => void now('poll'), pollIntervalMs);
    timer.unref();
  }

  /** Stops polling (and a pending `soon`, when `all`). */
  function stopPolling(all = false): void {
    if (timer !== null) clearInterval(timer);
    timer = null;
    if (all && later !== null) clearTimeout(later);
    if (all) later = null;
  }

  /** When the last complete sync finished, ISO, or null. */
  function lastSyncAt(): string | null {
    const at = sync?.status().lastSyncAt ?? null;
    return at === null ? null : new Date(at).toISOString();
  }

  return { now, soon, startPolling, stopPolling, isPolling: () => timer !== null, lastSyncAt };
}

/** The catch-up trigger. */
export type CatchUp = ReturnType<typeof createCatchUp>;
