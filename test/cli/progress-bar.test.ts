// The sync progress line: counts per resource, rate, and an ETA only when the
// sync can estimate how far it got.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createProgressBar, formatDuration } from '../../electron/cli/progress-bar.js';
import type { SyncProgress } from '../../shared/contract/sync.js';

const base: SyncProgress = {
  phase: 'full',
  resource: 'orders',
  done: 0,
  total: null,
  fraction: null,
  pages: 0,
  finished: false,
  startedAt: 0,
};

describe('progress bar', () => {
  it('shows counts, rate and an ETA from the slowest resource', () => {
    let now = 0;
    const bar = createProgressBar(() => now);
    now = 10_000;
    bar.update({ ...base, resource: 'orders', done: 10_000, pages: 40, fraction: 0.25 });
    bar.update({ ...base, resource: 'products', done: 300, pages: 2, fraction: 1, finished: true });

    const line = bar.render();

    assert.match(line, /^\[######\.{18}\] 25% /);
    assert.match(line, /orders 10,000 · products 300 ✓/);
    assert.match(line, /1,030\/s/);
    assert.match(line, /ETA 0:30$/);
  });

  it('leaves the bar and ETA out while the share done is unknown', () => {
    const bar = createProgressBar(() => 1000);
    bar.update({ ...base, done: 250, pages: 1 });
    assert.doesNotMatch(bar.render(), /ETA|\[/);
  });

  it('formats durations as m:ss and h:mm:ss', () => {
    assert.equal(formatDuration(59.6), '1:00');
    assert.equal(formatDuration(3725), '1:02:05');
  });
});
