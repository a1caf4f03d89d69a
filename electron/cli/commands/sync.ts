// `ogo sync`: brings the local cache up to date (the first run copies the whole
// account, later runs only what changed), with a progress bar on a terminal.
import type { CommandSpec } from '../command.js';
import { createProgressBar, formatDuration } from '../progress-bar.js';

const n = (count: number): string => count.toLocaleString('en');

/** The sync command. */
export const commands: CommandSpec[] = [
  {
    name: 'sync',
    summary: 'Sync the local cache with OGOship (first everything, then only changes)',
    async run({ out, services, global, signal }) {
      const ready = await services();
      const bar = createProgressBar();
      let lastDraw = 0;
      const stop = ready.events.on('sync.progress', (progress) => {
        bar.update(progress);
        if (!out.interactive || Date.now() - lastDraw < 100) return;
        lastDraw = Date.now();
        out.status(bar.render());
      });
      const started = Date.now();
      try {
        const result = await ready.sync.run({ signal });
        if (out.interactive) out.status(`${bar.render()}\n`);
        if (global.json) return out.json(result);
        const { orders, products, stock } = result.fetched;
        const took = formatDuration((Date.now() - started) / 1000);
        out.line(
          `Synced in ${took}: fetched ${n(orders)} orders, ${n(products)} products, ${n(stock)} stock levels in ${result.pages} pages.`,
        );
        out.line(
          `Cache now holds ${n(ready.store.orders.count())} orders and ${n(ready.store.products.count())} products.`,
        );
      } finally {
        stop();
      }
    },
  },
];
