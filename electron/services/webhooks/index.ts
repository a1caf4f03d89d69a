// Assembles live updates from the app's services: inbox, preferences, processor,
// receiver, catch-up, app webhooks, self-test and the live manager. The one
// place that wires them; never reads a secret itself (the vault does).
import type { LiveSettings } from '../../../shared/contract/webhooks.js';
import type { ApiClient } from '../api/index.js';
import type { EventBus } from '../event-bus.js';
import type { Store } from '../store/index.js';
import type { TunnelProvider } from '../tunnels/provider.js';
import { createAppWebhooks } from './app-webhooks.js';
import { createCatchUp, type CatchUpSync } from './catch-up.js';
import { createDeliveryProcessor } from './delivery-processor.js';
import { createInbox } from './inbox.js';
import type { LiveSecrets } from './live-secrets.js';
import { createLiveUpdates } from './live-updates.js';
import { createWebhookManagement } from './management.js';
import { createPreferences } from './preferences.js';
import { apiRecordSource } from './records-adapter.js';
import { startReceiver } from './receiver.js';
import { createSelfTest } from './self-test.js';

/** What live updates need from the rest of the app. */
export interface WebhookServiceDeps {
  readonly store: Store;
  readonly api: ApiClient;
  readonly secrets: LiveSecrets;
  readonly sync: CatchUpSync | null;
  readonly bus: EventBus;
  readonly now?: () => Date;
  readonly pollIntervalMs?: number;
  /** How long after a failed hint the catch-up sync runs (default 30 s). */
  readonly retrySyncAfterMs?: number;
  readonly tunnelFor?: (settings: LiveSettings) => TunnelProvider;
  readonly backoff?: { readonly firstMs: number; readonly maxMs: number };
}

const DAY_MS = 86_400_000;

/** Starts the receiver and builds the service; call `live.start()` to sync and reconnect. */
export async function startWebhookService(deps: WebhookServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const emit = deps.bus.emit.bind(deps.bus);
  const preferences = createPreferences(deps.store.db);
  const inbox = createInbox(deps.store.db);
  const selfTest = createSelfTest();
  const catchUp = createCatchUp(deps.sync, deps.pollIntervalMs);
  const processor = createDeliveryProcessor({
    inbox, preferences, emit, now, records: apiRecordSource(deps.api, deps.store), onSelfTest: selfTest.heard,
    onApplyFailed: () => catchUp.soon('a delivery could not be applied', deps.retrySyncAfterMs),
  });
  // LIMIT: the receiver's port is read once here; a changed port applies at the next start.
  const receiver = await startReceiver({ port: preferences.settings().port, onDelivery: processor.accept });

  const live = createLiveUpdates({
    receiver, selfTest, emit,
    settings: () => preferences.settings(),
    rememberEnabled: { get: preferences.liveEnabled, set: preferences.setLiveEnabled },
    secrets: deps.secrets,
    webhooks: createAppWebhooks(deps.api.webhooks, preferences.appWebhookIds),
    catchUp,
    ...(deps.tunnelFor ? { tunnelFor: deps.tunnelFor } : {}),
    ...(deps.backoff ? { backoff: deps.backoff } : {}),
  });
  const unsubscribe = deps.bus.on('webhooks.delivery', (entry) => live.noteDelivery(entry.receivedAt));

  const expire = (): number => {
    const days = preferences.settings().inboxRetentionDays;
    return inbox.expireBefore(new Date(now().getTime() - days * DAY_MS).toISOString());
  };
  expire();
  const expiry = setInterval(expire, DAY_MS / 4);
  expiry.unref();

  return {
    live, processor, inbox, preferences, receiver, expire,
    management: createWebhookManagement(deps.api.webhooks, preferences.appWebhookIds, deps.secrets),
    /** Call before the session signs out (the API is still needed): removes the app's webhooks, forgets their keys and the merchant's inbox and thresholds. */
    async signOut(): Promise<void> {
      await live.signOut();
      inbox.clear();
      preferences.clearMerchantData();
    },
    /** Closes the tunnel, timers and receiver (webhooks stay registered for the next start). */
    async close(): Promise<void> {
      clearInterval(expiry);
      unsubscribe();
      await live.stop();
      await receiver.close();
      await processor.idle();
    },
  };
}

/** The running live-updates service. */
export type WebhookService = Awaited<ReturnType<typeof startWebhookService>>;
export { vaultSecrets, memorySecrets, type LiveSecrets } from './live-secrets.js';
