// `ogo webhooks listen`: a receiver (and tunnel) for merchants wiring their own
// systems. Registers its own webhooks of both types with in-memory keys, reports
// one line per delivery, forwards verified deliveries when asked, and removes
// its webhooks when closed. Never prints or forwards a key or signature.
import type { InboxEntry, LiveSettings, LiveStatus } from '../../../shared/contract/webhooks.js';
import type { ApiClient } from '../api/index.js';
import type { EventBus } from '../event-bus.js';
import type { Store } from '../store/index.js';
import { ForwardedProvider } from '../tunnels/forwarded-provider.js';
import { createTunnel } from '../tunnels/create-tunnel.js';
import { createAppWebhooks, memoryIdStore } from './app-webhooks.js';
import { createCatchUp } from './catch-up.js';
import { createDeliveryProcessor } from './delivery-processor.js';
import { createInbox } from './inbox.js';
import { memorySecrets, type LiveSecrets } from './live-secrets.js';
import { createLiveUpdates } from './live-updates.js';
import { DEFAULT_LIVE_SETTINGS, createPreferences } from './preferences.js';
import { apiRecordSource } from './records-adapter.js';
import { startReceiver, type IncomingDelivery } from './receiver.js';
import { createSelfTest } from './self-test.js';

/** How to listen. */
export interface ListenOptions {
  readonly tunnel: 'localtunnel' | 'ngrok' | 'none';
  readonly port: number;
  readonly forwardTo: string | null;
  readonly localtunnelHost: string | null;
  readonly ngrokDomain: string | null;
}

/** What listening needs from the service graph. */
export interface ListenDeps {
  readonly api: ApiClient;
  readonly store: Store;
  readonly bus: EventBus;
  /** Where the ngrok authtoken is kept; webhook keys of a listen run stay in memory. */
  readonly keychain: LiveSecrets | null;
  readonly onDelivery: (entry: InboxEntry, forwarded: string | null) => void;
  readonly onStatus: (status: LiveStatus) => void;
}

/** Starts listening; resolves once the webhooks point at the URL (or with the reason they do not). */
export async function startListenSession(deps: ListenDeps, options: ListenOptions) {
  const emit = deps.bus.emit.bind(deps.bus);
  const selfTest = createSelfTest();
  const processor = createDeliveryProcessor({
    inbox: createInbox(deps.store.db),
    preferences: createPreferences(deps.store.db),
    records: apiRecordSource(deps.api, deps.store),
    emit, now: () => new Date(), onSelfTest: selfTest.heard,
  });

  const onDelivery = async (delivery: IncomingDelivery) => {
    const reply = await processor.accept(delivery);
    if (reply.entry && reply.entry.outcome !== 'selfTest') {
      const forwarded = reply.entry.outcome === 'pending' && options.forwardTo ? await forward(options.forwardTo, delivery) : null;
      deps.onDelivery(reply.entry, forwarded);
    }
    return reply;
  };
  const receiver = await startReceiver({ port: options.port, onDelivery });

  // With no tunnel, OGOship (or the sandbox) is told the local URL itself.
  const settings: LiveSettings = {
    ...DEFAULT_LIVE_SETTINGS,
    tunnel: options.tunnel === 'none' ? 'forwarded' : options.tunnel,
    localtunnelHost: options.localtunnelHost,
    ngrokDomain: options.ngrokDomain,
    forwardedUrl: receiver.localUrl,
  };
  const secrets = memorySecrets(deps.keychain);
  const live = createLiveUpdates({
    receiver, selfTest, emit, secrets,
    settings: () => settings,
    rememberEnabled: { get: () => false, set: () => undefined },
    webhooks: createAppWebhooks(deps.api.webhooks, memoryIdStore()),
    catchUp: createCatchUp(null),
    tunnelFor: (chosen) =>
      chosen.tunnel === 'forwarded' ? new ForwardedProvider(receiver.localUrl) : createTunnel(chosen, secrets.ngrokAuthtoken),
  });
  const unsubscribe = deps.bus.on('live.status', deps.onStatus);
  // LIMIT: a run killed outright (SIGKILL, power loss) cannot remove its webhooks; they stay
  // listed as made by OGO Desk in `ogo webhooks list` until deleted there.
  const status = await live.connect();

  return {
    status,
    /** Removes the webhooks, closes the tunnel and the receiver. */
    async close(): Promise<void> {
      await live.disconnect();
      unsubscribe();
      await receiver.close();
      await processor.idle();
    },
  };
}

/** A running `webhooks listen` session. */
export type ListenSession = Awaited<ReturnType<typeof startListenSession>>;

// The merchant's own endpoint gets the exact bytes and type; our key and signature stay here.
async function forward(url: string, delivery: IncomingDelivery): Promise<string> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': delivery.contentType ?? 'application/json', 'X-OGO-Desk-Webhook-Type': delivery.label },
      body: new Uint8Array(delivery.rawBody ?? Buffer.alloc(0)),
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer().catch(() => undefined);
    return `forwarded: ${response.status}`;
  } catch {
    return 'forward failed: no answer';
  }
}
