// The built-in OGOship sandbox: one loopback HTTP server that serves both the
// token endpoint and /api/v1, seeded with a demo account. Used by the app's
// demo mode, `ogo sandbox` and every test. Never binds anything but 127.0.0.1.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSandboxClock } from './clock.js';
import { DEMO_CREDENTIALS, type SandboxCredentials } from './credentials.js';
import { handleControl } from './control-api.js';
import { FaultTable } from './faults.js';
import { orderWriteRoutes } from './order-writes.js';
import { orderReadRoutes } from './orders-api.js';
import { productWriteRoutes } from './product-writes.js';
import { productReadRoutes } from './products-api.js';
import { RequestLog } from './request-log.js';
import { SandboxState } from './sandbox-state.js';
import { seedAccount } from './seed/index.js';
import { handleHttp, type SandboxCore } from './server.js';
import { stockUpdateRoutes } from './stock-updates-api.js';
import { TokenStore } from './tokens.js';
import { webhookRoutes } from './webhooks-api.js';
import { WebhookDispatcher } from './webhook-delivery.js';

/** The demo account's credentials; see credentials.ts. */
export { DEMO_CREDENTIALS, type SandboxCredentials } from './credentials.js';

/** How to start a sandbox; every field has a default. */
export interface SandboxOptions {
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Seeded orders (default 2,000). */
  orders?: number;
  /** Seeded products (default 300). */
  products?: number;
  /** Seed of the demo data (default 1); same seed and clock, same data. */
  seed?: number;
  /** Milliseconds added to every API and token call, for benchmarks. */
  latencyMs?: number;
  /** Access token lifetime (default 5,400 s). */
  accessTokenSeconds?: number;
  /** Refresh token lifetime (default 14 days). */
  refreshTokenSeconds?: number;
  /** The sandbox's clock base in epoch ms (default Date.now); /__sandbox/clock adds to it. */
  now?: () => number;
  /** The credentials it accepts (default DEMO_CREDENTIALS); tests use distinctive ones. */
  credentials?: SandboxCredentials;
}

/** A running sandbox. */
export interface SandboxHandle {
  /** http://127.0.0.1:PORT — serves both /OAuth/Token and /api/v1/... */
  url: string;
  /** Stops listening, drops open connections and pending webhook retries. */
  close(): Promise<void>;
}

/** Starts a seeded sandbox on 127.0.0.1. */
export async function startSandbox(options: SandboxOptions = {}): Promise<SandboxHandle> {
  const clock = createSandboxClock(options.now ?? Date.now);
  const closing = new AbortController();
  let state: SandboxState | undefined;
  const dispatcher = new WebhookDispatcher(() => state?.webhooks.values() ?? [], clock);
  state = new SandboxState(clock, dispatcher);
  seedAccount(state, {
    orders: options.orders ?? 2000,
    products: options.products ?? 300,
    seed: options.seed ?? 1,
  });

  const core: SandboxCore = {
    state,
    tokens: new TokenStore(clock, {
      accessTokenSeconds: options.accessTokenSeconds ?? 5400,
      refreshTokenSeconds: options.refreshTokenSeconds ?? 14 * 86_400,
    }),
    credentials: options.credentials ?? DEMO_CREDENTIALS,
    log: new RequestLog(),
    faults: new FaultTable(),
    clock,
    routes: [
      ...orderReadRoutes,
      ...orderWriteRoutes,
      ...productReadRoutes,
      ...productWriteRoutes,
      ...stockUpdateRoutes,
      ...webhookRoutes,
    ],
    deliveries: dispatcher,
    latencyMs: options.latencyMs ?? 0,
    offline: false,
    closing: closing.signal,
    control: (request) => handleControl(core, request),
  };
  const server = createServer((request, response) => void handleHttp(core, request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      closing.abort();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await Promise.all([closed, dispatcher.close()]);
    },
  };
}
