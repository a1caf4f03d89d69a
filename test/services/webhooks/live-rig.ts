// Test rig for live updates end to end on loopback: the real sandbox (API and
// signed deliveries), the real store, API client, sync, vault over the test
// keyring, the localtunnel fixture, and the webhook service wired as the app does.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEMO_CREDENTIALS, startSandbox, type SandboxHandle } from '../../../electron/sandbox/index.js';
import { createApiClient, type ApiClient } from '../../../electron/services/api/index.js';
import { EventBus } from '../../../electron/services/event-bus.js';
import { openStore, type Store } from '../../../electron/services/store/index.js';
import { createSyncService } from '../../../electron/services/sync/index.js';
import { openVault, type Vault } from '../../../electron/services/vault/vault.js';
import { startWebhookService, vaultSecrets, type WebhookService } from '../../../electron/services/webhooks/index.js';
import type { EventName } from '../../../shared/contract/index.js';
import { startLocaltunnelServer, type LocaltunnelFixture } from '../../fixtures/localtunnel-server/index.js';
import { demoTokenSource } from '../api/sandbox-helpers.js';

/** Everything a live-updates test touches. */
export interface LiveRig {
  readonly sandbox: SandboxHandle;
  readonly fixture: LocaltunnelFixture;
  readonly store: Store;
  readonly api: ApiClient;
  readonly bus: EventBus;
  readonly vault: Vault;
  readonly service: WebhookService;
  /** The sync live updates drive (counting its runs). */
  readonly sync: { run(): Promise<unknown> };
  /** How many times live updates asked the sync to run. */
  syncRuns(): number;
  /** Every event emitted, in order, as [name, payload]. */
  readonly events: [EventName, unknown][];
  close(): Promise<void>;
}

/** Builds the rig; `close()` tears everything down. */
export async function startLiveRig(options: { orders?: number; products?: number; pollIntervalMs?: number } = {}): Promise<LiveRig> {
  const sandbox = await startSandbox({ orders: options.orders ?? 40, products: options.products ?? 20 });
  const fixture = await startLocaltunnelServer();
  const folder = await mkdtemp(path.join(os.tmpdir(), 'ogo-live-'));
  const store = openStore(path.join(folder, 'store.db'));
  const api = createApiClient({ apiUrl: sandbox.url, tokenSource: demoTokenSource(sandbox.url) });
  const bus = new EventBus();
  const events: [EventName, unknown][] = [];
  bus.onAny((name, payload) => events.push([name, payload]));

  const vault = await openVault({ serviceName: `ogo-desk-test-${randomUUID()}` });
  await vault.saveCredentials(DEMO_CREDENTIALS);
  const realSync = createSyncService({ api, store, bus });
  let syncRuns = 0;
  const sync = { run: () => ((syncRuns += 1), realSync.run()), status: () => realSync.status() };
  const service = await startWebhookService({
    store, api, bus, sync,
    ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
    retrySyncAfterMs: 50,
    secrets: vaultSecrets(vault),
    backoff: { firstMs: 100, maxMs: 1_000 },
  });
  // The app's own tunnel factory builds the localtunnel client, pointed at the fixture as a self-hosted server.
  service.preferences.update({ tunnel: 'localtunnel', localtunnelHost: fixture.url });

  return {
    sandbox, fixture, store, api, bus, vault, service, events, sync,
    syncRuns: () => syncRuns,
    async close() {
      await service.close();
      await vault.forgetMerchant(DEMO_CREDENTIALS.merchantId);
      store.close();
      await fixture.close();
      await sandbox.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/** Asks the sandbox's warehouse to do something (ship an order, set stock). */
export async function warehouse(rig: LiveRig, pathAndQuery: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${rig.sandbox.url}/__sandbox${pathAndQuery}`, { method: 'POST', body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`sandbox refused ${pathAndQuery}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}
