// Builds the whole main-side service graph from one config: event bus, logger,
// settings, local store, session (vault + tokens), API client, sync, drafts and
// outbox. The Electron main, the preview host, the `ogo` command and the tests all
// build it here. Never reads or logs a secret itself: those stay in vault and auth.
import { join } from 'node:path';
import type { StartupNotice } from '../../shared/contract/app.js';
import type { SignInInput } from '../../shared/contract/session.js';
import { startSandbox, DEMO_CREDENTIALS, type SandboxHandle } from '../sandbox/index.js';
import { createApiClient, type ApiClient, type TokenSource } from './api/index.js';
import { createConnectivity, type Connectivity } from './connectivity.js';
import { Session } from './auth/session.js';
import { createDraftsFeature, type DraftsFeature } from './drafts/drafts-feature.js';
import { EventBus } from './event-bus.js';
import { configureLogging, createLogger, type LogLevel, type Logger } from './log/logger.js';
import {
  openSettingsWithRecovery,
  resolveEndpoints,
  type Endpoints,
  type Environment,
  type SettingsStore,
} from './settings/index.js';
import type { Store } from './store/index.js';
import { keepLastGood, openStoreWithRecovery, saveLastGood } from './store/recovery.js';
import { createSyncService, type SyncService } from './sync/index.js';
import { openVault } from './vault/vault.js';
import { startWebhookService, vaultSecrets, type WebhookService } from './webhooks/index.js';

/** What the graph is built from; only the data folder is required. */
export interface ServicesConfig {
  /** Folder for settings, the local database, locks and (unless logDir) logs. */
  dataDir: string;
  /** Keychain service name secrets are filed under (default "ogo-desk"). */
  keychainService?: string;
  /** Token server origin (default https://my.ogoship.com). */
  authUrl?: string;
  /** API origin (default https://api.ogoship.com). */
  apiUrl?: string;
  /** Defaults to production, or custom when URLs are given. */
  environment?: Environment;
  /** Epoch-ms clock for token expiry and sync times; tests move it. */
  clock?: () => number;
  /** Where OGO_MERCHANT_ID and friends are read from (default process.env). */
  env?: NodeJS.ProcessEnv;
  logDir?: string;
  /** Lowest level echoed to the console, or false (the CLI keeps stderr for its own errors). */
  logConsole?: LogLevel | false;
  /** Start background work (sending the outbox); the CLI's one-shot commands say false. */
  background?: boolean;
}

/** The running graph. `session()` and the API target change when switching to the sandbox. */
export interface Services {
  readonly config: ServicesConfig;
  readonly events: EventBus;
  readonly log: Logger;
  readonly settings: SettingsStore;
  readonly store: Store;
  /** Always talks to the current environment's API with the current session's tokens. */
  readonly api: ApiClient;
  readonly sync: SyncService;
  readonly drafts: DraftsFeature;
  /** Live updates (webhook receiver, tunnel, catch-up polling); null when background work is off. */
  readonly webhooks: WebhookService | null;
  /** What the user must be told about this start: a damaged settings file or database restored or reset. */
  notices(): StartupNotice[];
  /** The session of the current environment. */
  session(): Session;
  /** The environment and origins in use now. */
  endpoints(): Endpoints;
  /** Starts the built-in sandbox in this process, points auth and API at it, returns its demo sign-in. */
  switchToSandbox(): Promise<SignInInput>;
  /** Stops background work, closes the store and any sandbox this graph started. */
  close(): Promise<void>;
}

// Each environment keeps its own keychain entries: signing in to the sandbox must never
// replace (and so delete) a real merchant's secrets.
function vaultServiceName(base: string, environment: Environment): string {
  return environment === 'production' ? base : `${base}.${environment}`;
}

function buildSession(
  config: ServicesConfig,
  events: EventBus,
  target: Endpoints,
  connectivity: Connectivity,
): Session {
  return new Session({
    fetch: connectivity.fetch,
    authUrl: target.authUrl,
    environment: target.environment,
    vault: {
      serviceName: vaultServiceName(config.keychainService ?? 'ogo-desk', target.environment),
      env: config.env,
    },
    bus: events,
    dataFolder: config.dataDir,
    clock: config.clock,
  });
}

/** A token source that always asks the session of the moment (it changes on switching to the sandbox). */
function followSession(current: () => Session): TokenSource {
  return {
    accessToken: (signal) => current().tokenSource.accessToken(signal),
    rejectAccessToken: (token) => current().tokenSource.rejectAccessToken(token),
  };
}

/** Live updates over the graph; the keys live in the current environment's keychain entries. */
async function startLiveUpdates(
  config: ServicesConfig,
  parts: { store: Store; api: ApiClient; sync: SyncService; events: EventBus },
  environment: () => Environment,
): Promise<WebhookService> {
  const openCurrentVault = () =>
    openVault({
      serviceName: vaultServiceName(config.keychainService ?? 'ogo-desk', environment()),
      env: config.env,
    }).catch(() => null);
  const webhooks = await startWebhookService({
    ...parts,
    bus: parts.events,
    secrets: vaultSecrets(openCurrentVault),
  });
  await webhooks.live.start();
  return webhooks;
}

const LAST_GOOD_EVERY_MS = 5 * 60_000;

/** Builds the graph, restores the saved sign-in (no prompt), and starts background work. */
export async function createServices(config: ServicesConfig): Promise<Services> {
  configureLogging({
    folder: config.logDir ?? join(config.dataDir, 'logs'),
    console: config.logConsole ?? 'warn',
  });
  const log = createLogger('services');
  const events = new EventBus();
  const connectivity = createConnectivity(() => events.emit('sync.status', sync.status()));
  let endpoints = resolveEndpoints(config);
  let session = buildSession(config, events, endpoints, connectivity);
  let sandbox: SandboxHandle | null = null;

  // A garbled settings file or database is set aside and restored (or reset), never fatal.
  const { settings, notice: settingsNotice } = openSettingsWithRecovery(config.dataDir);
  const storePath = join(config.dataDir, 'ogo.db');
  const { store, notice: storeNotice } = openStoreWithRecovery(storePath);
  const notices = [settingsNotice, storeNotice].filter((notice) => notice !== null);
  for (const notice of notices) log.warn(`${notice.title}: ${notice.message}`);
  const api = createApiClient({
    apiUrl: () => endpoints.apiUrl,
    tokenSource: followSession(() => session),
    fetch: connectivity.fetch,
    onRetry: (retry) =>
      log.info(`retrying ${retry.method} ${retry.path} in ${retry.delayMs} ms (${retry.reason})`),
  });
  const sync = createSyncService({
    api,
    store,
    bus: events,
    now: config.clock,
    isOnline: connectivity.isOnline,
  });
  const drafts = createDraftsFeature({ store, api, bus: events, now: config.clock });

  // The cache shows one merchant of one environment; anyone else starts from empty.
  const stopOwnerWatch = events.on('session.changed', (state) => {
    if (state.status !== 'signedIn' || state.merchantId === null) return;
    if (store.claimCache(`${state.environment}:${state.merchantId}`)) {
      log.info('cache emptied for a new owner');
    }
  });

  await session.restore();
  const background = config.background !== false;
  if (background) await drafts.start();
  // Drafts typed during a long session get into the last good copy within minutes, not only at quit.
  const stopCopies = background
    ? keepLastGood(store, storePath, LAST_GOOD_EVERY_MS, (error) => log.warn('could not copy the local database', error))
    : () => undefined;
  const webhooks = background
    ? await startLiveUpdates(config, { store, api, sync, events }, () => endpoints.environment)
    : null;

  async function switchToSandbox(): Promise<SignInInput> {
    sync.cancel();
    sandbox ??= await startSandbox();
    endpoints = { environment: 'sandbox', authUrl: sandbox.url, apiUrl: sandbox.url };
    session = buildSession(config, events, endpoints, connectivity);
    // The sandbox's demo credentials are public, so without a keychain they may
    // live in memory: trying the app must not depend on a desktop session.
    const restored = await session.restore();
    if (restored.status === 'keychainUnavailable') await session.keepForThisSessionOnly();
    log.info(`switched to the built-in sandbox at ${sandbox.url}`);
    return { ...DEMO_CREDENTIALS };
  }

  async function close(): Promise<void> {
    stopOwnerWatch();
    stopCopies();
    sync.cancel();
    await webhooks?.close();
    await sync.idle();
    await drafts.stop();
    try {
      saveLastGood(store, storePath);
    } catch (error) {
      log.warn('could not save the last good copy of the local database', error);
    }
    store.close();
    await sandbox?.close();
  }

  return {
    config,
    events,
    log,
    settings,
    store,
    api,
    sync,
    drafts,
    webhooks,
    notices: () => [...notices],
    session: () => session,
    endpoints: () => ({ ...endpoints }),
    switchToSandbox,
    close,
  };
}
