// Benchmark: 2,000 signed deliveries at concurrency 50 over loopback into the
// real receiver (verify, inbox row in SQLite, hint queued and applied), beside a
// bare node:http server that only computes and compares the same HMAC. Reports
// throughput and latency percentiles, and fails when a delivery is lost.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EventBus } from '../electron/services/event-bus.js';
import { openStore } from '../electron/services/store/index.js';
import type { RecordSource } from '../electron/services/webhooks/apply-hint.js';
import { createDeliveryProcessor } from '../electron/services/webhooks/delivery-processor.js';
import { createInbox } from '../electron/services/webhooks/inbox.js';
import { createPreferences } from '../electron/services/webhooks/preferences.js';
import { startReceiver } from '../electron/services/webhooks/receiver.js';
import type { Order } from '../shared/domain/order.js';

const DELIVERIES = Number(process.env.BENCH_DELIVERIES ?? 2_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const KEY = 'bench-webhook-key-0123456789abcdef';

interface Result {
  ok: number;
  failed: number;
  seconds: number;
  latenciesMs: number[];
}

function bodies(): Buffer[] {
  return Array.from({ length: DELIVERIES }, (_, i) =>
    Buffer.from(JSON.stringify({ type: 'OrderShipped', reference: `B-${i}`, trackingNumber: `JJFI${i}`, timestamp: new Date(0).toISOString() })),
  );
}

async function fire(url: string, payloads: Buffer[]): Promise<Result> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latenciesMs: number[] = [];
  let next = 0;
  let ok = 0;
  let failed = 0;
  const one = (body: Buffer): Promise<number> =>
    new Promise((resolve) => {
      const headers = { 'Content-Type': 'application/json', 'X-OGOship-Hmac-SHA256': createHmac('sha256', KEY).update(body).digest('base64') };
      const outgoing = request(url, { method: 'POST', agent, headers }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      });
      outgoing.on('error', () => resolve(0));
      outgoing.end(body);
    });
  const worker = async (): Promise<void> => {
    while (next < payloads.length) {
      const body = payloads[next++]!;
      const started = performance.now();
      const status = await one(body);
      latenciesMs.push(performance.now() - started);
      if (status === 200) ok += 1;
      else failed += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { ok, failed, seconds, latenciesMs };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function row(label: string, r: Result): string {
  const rate = (r.ok / r.seconds).toFixed(0);
  return `${label.padEnd(40)} ${rate.padStart(7)}/s  p50 ${percentile(r.latenciesMs, 50).toFixed(2).padStart(6)} ms  p99 ${percentile(r.latenciesMs, 99).toFixed(2).padStart(6)} ms  ok ${r.ok}  lost ${r.failed}`;
}

async function bareHmacServer(): Promise<Server> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const given = Buffer.from(String(req.headers['x-ogoship-hmac-sha256'] ?? ''), 'base64');
      const expected = createHmac('sha256', KEY).update(Buffer.concat(chunks)).digest();
      res.statusCode = given.length === expected.length && timingSafeEqual(given, expected) ? 200 : 401;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

// The API is not what is measured here: the hint's fetch answers at once from memory.
function instantRecords(): RecordSource {
  const cache = new Map<string, Order>();
  const customer = { name: 'Bench', address1: 'Katu 1', city: 'Helsinki', countryCode: 'FI' };
  return {
    fetchOrder: async (reference) => ({ reference, status: 'Shipped', customer }),
    fetchProduct: async () => null,
    cachedOrder: (reference) => cache.get(reference) ?? null,
    cachedProduct: () => null,
    saveOrder: (order) => void cache.set(order.reference, order),
    saveProduct: () => undefined,
  };
}

const dir = await mkdtemp(join(tmpdir(), 'ogo-bench-webhooks-'));
const store = openStore(join(dir, 'ogo.db'));
const bare = await bareHmacServer();
const inbox = createInbox(store.db);
const bus = new EventBus();
const processor = createDeliveryProcessor({
  inbox, preferences: createPreferences(store.db), records: instantRecords(), emit: bus.emit.bind(bus), now: () => new Date(),
});
const receiver = await startReceiver({ onDelivery: processor.accept });
try {
  const route = receiver.register('OrderShipped', KEY);
  const payloads = bodies();
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;
  console.log(`${DELIVERIES} signed deliveries, concurrency ${CONCURRENCY}, loopback; receiver writes each to the SQLite inbox (WAL, synchronous=FULL)`);

  // Warm both paths (JIT, sockets) with bodies the measured run does not reuse, so dedupe stays out of it.
  const warmUp = bodies().slice(0, 200).map((body) => Buffer.from(body.toString().replace('"B-', '"W-')));
  await fire(bareUrl, warmUp);
  await fire(receiver.localUrl + route.path, warmUp);
  await processor.idle();

  const baseline = await fire(bareUrl, payloads);
  const ours = await fire(receiver.localUrl + route.path, payloads);
  await processor.idle();

  const count = (outcome: string): number =>
    (store.db.prepare("SELECT count(*) AS n FROM webhook_inbox WHERE outcome = ? AND subject LIKE 'B-%'").get(outcome) as { n: number }).n;
  const applied = count('applied');
  console.log(row('bare node:http + HMAC only', baseline));
  console.log(row('OGO Desk receiver (verify, inbox, apply)', ours));
  console.log(`receiver: ${applied}/${DELIVERIES} applied after the queue drained, ${count('duplicate')} taken for duplicates`);
  console.log('The receiver answers 200 only after the inbox row is durable (OGOship does not resend after a 200);');
  console.log('deliveries arriving together share one commit. Numbers swing with machine load: compare the two rows of one run.');
  if (ours.failed > 0 || baseline.failed > 0 || applied !== DELIVERIES) {
    console.error('LOST deliveries: the receiver must answer and apply every one');
    process.exitCode = 1;
  }
} finally {
  await receiver.close();
  await new Promise<void>((resolve) => bare.close(() => resolve()));
  store.close();
  await rm(dir, { recursive: true, force: true });
}
