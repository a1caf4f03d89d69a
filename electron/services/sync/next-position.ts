// Decides where the next page request of a sync starts, from the page just read.
// Pure: no I/O. When OGOship returns records oldest change first (as observed),
// the cursor moves forward through time ("keyset" paging), so records changed
// while the sync runs cannot shift pages and be skipped; otherwise it falls back
// to page numbers under a fixed modifiedAfter.
import { timeMs, type SyncPosition } from '../store/index.js';

/** The position after storing `times` (the change times of one page, in answer order). */
export function nextPosition(
  position: SyncPosition,
  times: ReadonlyArray<string | null | undefined>,
  lastPage: boolean,
  now: number,
): SyncPosition {
  const highWater = newest(position.highWater, times);
  if (lastPage) {
    // Every record after the cursor has now been seen, ties included.
    return {
      cursor: highWater ?? position.cursor,
      nextPage: 1,
      highWater: null,
      runStartedAt: null,
      lastSuccessAt: now,
    };
  }
  const boundary = ascending(position.cursor, times) ? lastTimeBeforeFinalTie(times) : null;
  if (boundary !== null) {
    // Records tied with the page's last time may continue on the next page: ask from just before them.
    return { ...position, cursor: new Date(boundary).toISOString(), nextPage: 1, highWater };
  }
  // LIMIT: by page number a record changed mid-run can shift pages and be missed until it
  // changes again; only used when OGOship's answer is not in change order.
  return { ...position, nextPage: position.nextPage + 1, highWater };
}

/** The newer of `current` and every time in `times`, kept in OGOship's own spelling. */
function newest(
  current: string | null,
  times: ReadonlyArray<string | null | undefined>,
): string | null {
  let best = current;
  let bestMs = timeMs(current) ?? -Infinity;
  for (const time of times) {
    const ms = timeMs(time);
    if (ms !== null && ms > bestMs) {
      best = time!;
      bestMs = ms;
    }
  }
  return best;
}

/** True when every time is known, after the cursor, and never goes backwards. */
function ascending(
  cursor: string | null,
  times: ReadonlyArray<string | null | undefined>,
): boolean {
  let previous = timeMs(cursor) ?? -Infinity;
  let first = true;
  for (const time of times) {
    const ms = timeMs(time);
    if (ms === null || ms < previous || (first && ms === previous)) return false;
    previous = ms;
    first = false;
  }
  return true;
}

/** Largest time strictly before the last one, in ms; null when the whole page is one tie. */
function lastTimeBeforeFinalTie(times: ReadonlyArray<string | null | undefined>): number | null {
  const last = timeMs(times[times.length - 1]);
  if (last === null) return null;
  for (let index = times.length - 2; index >= 0; index--) {
    const ms = timeMs(times[index])!;
    if (ms < last) return ms;
  }
  return null;
}

/** Rough share of the run done, from how far the cursor moved between the first change and now. */
export function timeFraction(
  firstMs: number | null,
  highWater: string | null,
  now: number,
): number | null {
  const reached = timeMs(highWater);
  if (firstMs === null || reached === null || now <= firstMs) return null;
  return Math.min(1, Math.max(0, (reached - firstMs) / (now - firstMs)));
}
