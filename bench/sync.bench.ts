// Benchmark: a full and an incremental sync of a 50,000-order account, in page
// requests and time, beside a naive client (limit 50, no modifiedAfter) measured
// in the same run against the same sandbox. Latency per request is simulated
// (BENCH_LATENCY_MS, default 20 ms) because over a real network it dominates.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startSandbox } from '../electron/sandbox/index.js';
import { createApiClient } from '../electron/services/api/index.js';
import { EventBus } from '../electron/services/event-bus.js';
import { openStore, type Store } from '../electron/services/store/index.js';
import type { OrderQuery } from '../shared/contract/orders.js';
import { createSyncService } from '../electron/services/sync/index.js';
import { demoTokens, naiveWalk, requestCounter } from './sync-helpers.js';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 50_000);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 20);
const CHANGED_ORDERS = 100;
const RESOURCES = ['orders', 'products', 'stock'];

interface Measured {
  requests: number;
  seconds: number;
}

async function measure(
  count: () => Promise<number>,
  work: () => Promise<unknown>,
): Promise<Measured> {
  await count();
  const started = performance.now();
  await work();
  const seconds = (performance.now() - started) / 1000;
  return { requests: await count(), seconds };
}

async function changeSomething(url: string, references: string[]): Promise<void> {
  for (const reference of references) {
    await fetch(`${url}/__sandbox/orders/${encodeURIComponent(reference)}/ship`, {
      method: 'POST',
      body: '{}',
    });
  }
}

function row(label: string, m: Measured, base?: Measured): string {
  const ratio = base
    ? `${(m.requests / base.requests).toFixed(1)}× requests, ${(m.seconds / base.seconds).toFixed(1)}× time`
    : '';
  return `${label.padEnd(34)} ${String(m.requests).padStart(8)} ${m.seconds.toFixed(2).padStart(9)} s   ${ratio}`;
}

/** How long the orders view's queries take on the synced cache (median of 5 runs each). */
function printQueryTimes(store: Store): void {
  const queries: Array<[string, OrderQuery]> = [
    ['newest 100', {}],
    [
      'status Shipped, by customer',
      { statuses: ['Shipped'], sort: { column: 'customerName', direction: 'asc' } },
    ],
    ['search "virtanen"', { search: 'virtanen' }],
    ['search, page 50 of results', { search: 'a', offset: 5000 }],
  ];
  console.log(`orders view queries on ${store.orders.count().toLocaleString('en')} cached orders:`);
  for (const [label, query] of queries) {
    const times = Array.from({ length: 5 }, () => {
      const started = performance.now();
      store.orders.query(query);
      return performance.now() - started;
    }).sort((a, b) => a - b);
    console.log(`  ${label.padEnd(30)} ${times[2]!.toFixed(1).padStart(7)} ms`);
  }
}

const seedStarted = performance.now();
const sandbox = await startSandbox({ orders: ORDERS, latencyMs: LATENCY_MS });
const dir = await mkdtemp(join(tmpdir(), 'ogo-bench-'));
const store = openStore(join(dir, 'ogo.db'));
try {
  console.log(
    `sandbox: ${ORDERS.toLocaleString('en')} orders seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s; ${LATENCY_MS} ms latency per request`,
  );
  const tokens = await demoTokens(sandbox.url);
  const count = requestCounter(sandbox.url);
  const sync = createSyncService({
    api: createApiClient({ apiUrl: sandbox.url, tokenSource: tokens }),
    store,
    bus: new EventBus(),
  });
  const naiveAll = async (): Promise<void> => {
    for (const resource of RESOURCES) await naiveWalk(sandbox.url, tokens.token, resource);
  };

  const fullOurs = await measure(count, () => sync.run());
  const fullNaive = await measure(count, naiveAll);
  const shippable = store.orders
    .query({ statuses: ['New'], limit: CHANGED_ORDERS })
    .rows.map((r) => r.reference);
  await changeSomething(sandbox.url, shippable);
  await count();
  const incrementalOurs = await measure(count, () => sync.run());
  const incrementalNaive = await measure(count, naiveAll);

  console.log(
    `cache after sync: ${store.orders.count().toLocaleString('en')} orders, ${store.products.count()} products; ${shippable.length} orders shipped between the runs`,
  );
  console.log(`${'run'.padEnd(34)} ${'requests'.padStart(8)} ${'time'.padStart(11)}`);
  console.log(row('full sync, OGO Desk (limit 250)', fullOurs));
  console.log(row('full, naive client (limit 50)', fullNaive, fullOurs));
  console.log(row('incremental, OGO Desk', incrementalOurs));
  console.log(row('incremental, naive (everything)', incrementalNaive, incrementalOurs));
  console.log(
    'OGO Desk stores every record in SQLite as it goes; the naive client only downloads.',
  );
  printQueryTimes(store);
} finally {
  store.close();
  await sandbox.close();
  await rm(dir, { recursive: true, force: true });
}
