// The first-sync banner: a progress bar with counts per resource and a rough
// time left. Presentational: takes the progress as plain props.
import type { SyncProgress, SyncResourceName } from '../../../../shared/contract/sync.js';
import { formatCount } from '../../app/format.js';

/** Overall share done: finished resources count whole, the running one by its fraction. */
function overallFraction(progress: SyncProgress[], resources: number): number | null {
  if (progress.length === 0) return null;
  let sum = 0;
  for (const item of progress) sum += item.finished ? 1 : (item.fraction ?? 0);
  return Math.min(1, sum / resources);
}

function timeLeft(
  fraction: number | null,
  startedAt: number | undefined,
  now: number,
): string | null {
  if (!fraction || fraction < 0.03 || !startedAt) return null;
  const seconds = Math.round(((now - startedAt) / fraction - (now - startedAt)) / 1000);
  if (seconds < 60) return 'under a minute left';
  return `about ${Math.round(seconds / 60)} min left`;
}

/** The banner shown while the first, full sync runs. */
export function SyncProgressBanner({
  progress,
  now,
}: {
  progress: Partial<Record<SyncResourceName, SyncProgress>>;
  now: number;
}) {
  const items = Object.values(progress);
  const fraction = overallFraction(items, 3);
  const eta = timeLeft(fraction, items[0]?.startedAt, now);
  return (
    <div className="sync-banner" role="status" aria-live="polite">
      <div className="sync-banner-text">
        <strong>Fetching your data from OGOship…</strong>
        <span>
          {items
            .map((item) => `${formatCount(item.done)} ${item.resource}${item.finished ? ' ✓' : ''}`)
            .join(' · ') || 'starting'}
          {eta ? ` · ${eta}` : ''}
        </span>
      </div>
      <progress max={1} value={fraction ?? undefined} aria-label="First sync progress" />
    </div>
  );
}
