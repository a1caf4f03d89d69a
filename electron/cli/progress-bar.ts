// Renders sync progress on one terminal line: counts per resource, the rate, and
// an ETA when the sync can estimate how far it got. Pure formatting plus a throttle.
import type { SyncProgress, SyncResourceName } from '../../shared/contract/sync.js';

const WIDTH = 24;

/** Formats seconds as m:ss or h:mm:ss. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const parts = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const [h, m, sec] = parts as [number, number, number];
  return h > 0
    ? `${h}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}`
    : `${m}:${String(sec).padStart(2, '0')}`;
}

/** Keeps the latest progress of each resource and renders one line. */
export function createProgressBar(now: () => number = Date.now) {
  const latest = new Map<SyncResourceName, SyncProgress>();
  const startedAt = now();

  function update(progress: SyncProgress): void {
    latest.set(progress.resource, progress);
  }

  function render(): string {
    const all = [...latest.values()];
    const done = all.reduce((sum, p) => sum + p.done, 0);
    const elapsed = Math.max(0.001, (now() - startedAt) / 1000);
    // The slowest resource decides when the run ends.
    const fractions = all.map((p) => (p.finished ? 1 : p.fraction));
    const fraction =
      fractions.length > 0 && fractions.every((f) => f !== null)
        ? Math.min(...(fractions as number[]))
        : null;
    const filled = fraction === null ? 0 : Math.round(fraction * WIDTH);
    const bar =
      fraction === null
        ? ''
        : `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${Math.floor(fraction * 100)}% `;
    const counts = all
      .map((p) => `${p.resource} ${p.done.toLocaleString('en')}${p.finished ? ' ✓' : ''}`)
      .join(' · ');
    const eta =
      fraction !== null && fraction > 0.02 && fraction < 1
        ? ` · ETA ${formatDuration(elapsed / fraction - elapsed)}`
        : '';
    return `${bar}${counts} · ${Math.round(done / elapsed).toLocaleString('en')}/s${eta}`;
  }

  return { update, render };
}
