// "Connect live updates": runs the receiver, opens the chosen tunnel, points the
// app's OGOship webhooks at it, proves the path with a self-test, and keeps it
// up (reconnect with backoff, re-point when the URL changes), while catch-up
// syncs cover every gap. Reports connected / degraded / down with the reason,
// or polling when the user chose no tunnel.
// Never puts a key or token in a status, an event or the log.
import { WEBHOOK_TYPES, type WebhookType } from '../../../shared/domain/webhook.js';
import type { LiveSettings, LiveStatus } from '../../../shared/contract/webhooks.js';
import { AuthError, ValidationError } from '../../../shared/errors.js';
import type { EventBus } from '../event-bus.js';
import { createLogger } from '../log/logger.js';
import { createTunnel } from '../tunnels/create-tunnel.js';
import type { TunnelProvider } from '../tunnels/provider.js';
import type { AppWebhooks, RouteTarget } from './app-webhooks.js';
import type { CatchUp } from './catch-up.js';
import type { LiveSecrets } from './live-secrets.js';
import type { Receiver } from './receiver.js';
import type { SelfTest } from './self-test.js';

/** What the manager drives. */
export interface LiveDeps {
  readonly receiver: Receiver;
  /** The current settings (read at every attempt, so a change applies on the next connect). */
  readonly settings: () => LiveSettings;
  /** Remembers whether live updates should come back on at the next start. */
  readonly rememberEnabled: { get(): boolean; set(enabled: boolean): void };
  readonly secrets: LiveSecrets;
  readonly webhooks: AppWebhooks;
  readonly selfTest: SelfTest;
  readonly catchUp: CatchUp;
  readonly emit: EventBus['emit'];
  /** Builds the tunnel for the current settings; tests swap in their own. */
  readonly tunnelFor?: (settings: LiveSettings) => TunnelProvider;
  readonly backoff?: { readonly firstMs: number; readonly maxMs: number };
}

type State = Pick<LiveStatus, 'state' | 'reason' | 'publicUrl'>;

const log = createLogger('live-updates');

const POLLING = 'the app polls OGOship every minute meanwhile';

/** Builds the live-updates manager over a running receiver. */
export function createLiveUpdates(deps: LiveDeps) {
  const backoff = deps.backoff ?? { firstMs: 2_000, maxMs: 5 * 60_000 };
  let current: State = { state: 'down', reason: `Live updates are off; ${POLLING}`, publicUrl: null };
  let tunnel: TunnelProvider | null = null;
  let tunnelUrl: string | null = null;
  let routes: Record<WebhookType, RouteTarget & { token: string }> | null = null;
  let pointedUrl: string | null = null;
  let generation = 0;
  let failures = 0;
  let retryTimer: NodeJS.Timeout | null = null;
  let attempt: Promise<void> | null = null;
  let lastDeliveryAt: string | null = null;
  let ngrokTokenSet = false;

  const kind = () => deps.settings().tunnel;

  function snapshot(): LiveStatus {
    return {
      ...current,
      tunnel: kind(),
      localUrl: deps.receiver.localUrl,
      lastDeliveryAt,
      lastSyncAt: deps.catchUp.lastSyncAt(),
      ngrokAuthtoken: ngrokTokenSet ? 'set' : 'not set',
    };
  }

  function setState(next: State): void {
    if (next.state !== current.state || next.reason !== current.reason) log.info(`${next.state}: ${next.reason}`);
    current = next;
    if (next.state === 'connected') deps.catchUp.stopPolling();
    else deps.catchUp.startPolling();
    deps.emit('live.status', snapshot());
  }

  async function ensureRoutes(): Promise<Record<WebhookType, RouteTarget & { token: string }>> {
    if (routes !== null) return routes;
    const made: Partial<Record<WebhookType, RouteTarget & { token: string }>> = {};
    for (const type of WEBHOOK_TYPES) {
      const key = await deps.secrets.webhookKey(type);
      const route = deps.receiver.register(type, key);
      made[type] = { path: route.path, key, token: route.token };
    }
    routes = made as Record<WebhookType, RouteTarget & { token: string }>;
    pointedUrl = null;
    return routes;
  }

  function dropRoutes(): void {
    for (const route of Object.values(routes ?? {})) deps.receiver.unregister(route.token);
    routes = null;
    pointedUrl = null;
  }

  function scheduleRetry(): void {
    if (retryTimer !== null) return;
    const delay = Math.min(backoff.firstMs * 2 ** failures, backoff.maxMs);
    failures += 1;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void connectOnce();
    }, delay);
    retryTimer.unref();
  }

  function onDrop(dropped: TunnelProvider, reason: string): void {
    if (dropped !== tunnel) return;
    tunnel = null;
    tunnelUrl = null;
    // A provider that may heal itself (ngrok) must not live on beside the replacement.
    void dropped.stop().catch(() => undefined);
    setState({ state: 'degraded', reason: `${reason}; reconnecting, and ${POLLING}`, publicUrl: null });
    void deps.catchUp.now('tunnel dropped');
    scheduleRetry();
  }

  async function openTunnel(mine: number): Promise<string | null> {
    let provider: TunnelProvider | null = null;
    try {
      provider = (deps.tunnelFor ?? ((s) => createTunnel(s, deps.secrets.ngrokAuthtoken)))(deps.settings());
      const { publicUrl } = await provider.start(deps.receiver.port);
      if (mine !== generation) {
        await provider.stop();
        return null;
      }
      const opened = provider;
      tunnel = opened;
      tunnelUrl = publicUrl;
      opened.on('error', () => undefined);
      opened.once('close', (reason: string) => onDrop(opened, reason));
      return publicUrl;
    } catch (error) {
      await provider?.stop().catch(() => undefined);
      // Retrying cannot fix a setting or a refused authtoken; the user has to.
      const retry = !(error instanceof ValidationError || error instanceof AuthError);
      if (mine === generation) fail('down', `The tunnel did not open: ${messageOf(error)}`, null, retry);
      return null;
    }
  }

  function fail(state: 'down' | 'degraded', reason: string, publicUrl: string | null = null, retry = true): void {
    setState({ state, reason: `${reason}; ${POLLING}`, publicUrl });
    if (retry) scheduleRetry();
  }

  async function attemptConnect(mine: number): Promise<void> {
    // Polling is what the user chose here, so it is a state of its own, not a failure.
    if (kind() === 'none') {
      return setState({ state: 'polling', reason: 'Polling every minute (no tunnel chosen)', publicUrl: null });
    }
    setState({ state: 'connecting', reason: 'Opening the tunnel', publicUrl: null });
    const publicUrl = tunnel === null ? await openTunnel(mine) : tunnelUrl;
    if (publicUrl === null || mine !== generation) return;

    try {
      const targets = await ensureRoutes();
      if (pointedUrl !== publicUrl) await deps.webhooks.point(publicUrl, targets);
      pointedUrl = publicUrl;
    } catch (error) {
      if (mine === generation) fail('degraded', `The tunnel is open but the webhooks could not be registered: ${messageOf(error)}`, publicUrl);
      return;
    }

    try {
      await deps.selfTest.run(deps.receiver, publicUrl);
    } catch (error) {
      if (mine === generation) fail('degraded', `Webhooks point at ${publicUrl}, but the self-test did not come through: ${messageOf(error)}`, publicUrl);
      return;
    }
    if (mine !== generation) return;
    failures = 0;
    setState({ state: 'connected', reason: `Deliveries arrive through ${publicUrl}`, publicUrl });
    await deps.catchUp.now('connected');
  }

  function connectOnce(): Promise<void> {
    attempt ??= attemptConnect(generation).finally(() => (attempt = null));
    return attempt;
  }

  async function stopTunnel(): Promise<void> {
    generation += 1;
    if (retryTimer !== null) clearTimeout(retryTimer);
    retryTimer = null;
    failures = 0;
    const open = tunnel;
    tunnel = null;
    tunnelUrl = null;
    await open?.stop();
  }

  /** Stops the tunnel and removes the app's webhooks; the state says whether the removal worked. */
  async function takeDown(): Promise<void> {
    await stopTunnel();
    let reason = `Live updates are off; ${POLLING}`;
    try {
      await deps.webhooks.remove();
    } catch (error) {
      reason = `Live updates are off, but removing the webhooks failed (${messageOf(error)}); ${POLLING}`;
    }
    dropRoutes();
    setState({ state: 'down', reason, publicUrl: null });
  }

  return {
    /** Current status. */
    status: snapshot,

    /** Refreshes what the status knows of the keychain, then syncs and reconnects if the user left live updates on. */
    async start(): Promise<LiveStatus> {
      ngrokTokenSet = (await deps.secrets.ngrokAuthtoken().catch(() => null)) !== null;
      setState(current);
      void deps.catchUp.now('start');
      if (deps.rememberEnabled.get()) await connectOnce();
      return snapshot();
    },

    /** Connects (or reconnects with the current settings) and waits for the first attempt. */
    async connect(): Promise<LiveStatus> {
      await stopTunnel();
      deps.rememberEnabled.set(true);
      await connectOnce();
      return snapshot();
    },

    /** Stops the tunnel and removes the app's webhooks at OGOship. */
    async disconnect(): Promise<LiveStatus> {
      await stopTunnel();
      deps.rememberEnabled.set(false);
      await takeDown();
      return snapshot();
    },

    /** On sign-out (API still usable): disconnect, forget the webhook keys and the last delivery; the on/off choice stays for the next start. */
    async signOut(): Promise<void> {
      lastDeliveryAt = null;
      await takeDown();
      await deps.secrets.forgetWebhookKeys();
    },

    /** Keeps or forgets the ngrok authtoken. */
    async setNgrokAuthtoken(token: string | null): Promise<LiveStatus> {
      await deps.secrets.saveNgrokAuthtoken(token);
      ngrokTokenSet = token !== null;
      deps.emit('live.status', snapshot());
      return snapshot();
    },

    /** Notes a delivery for the status line. */
    noteDelivery(at: string): void {
      lastDeliveryAt = at;
    },

    /** App quit: closes the tunnel and timers; webhooks stay to be re-pointed next start. */
    async stop(): Promise<void> {
      await stopTunnel();
      deps.catchUp.stopPolling(true);
      await attempt?.catch(() => undefined);
    },
  };
}

/** The live-updates manager. */
export type LiveUpdates = ReturnType<typeof createLiveUpdates>;

function messageOf(error: unknown): string {
  // Typed errors (ApiError, OfflineError, AuthError...) carry user-facing sentences without secrets.
  if (error instanceof Error && ('toPayload' in error || error.constructor === Error)) return error.message;
  return 'unexpected error (see the log)';
}
