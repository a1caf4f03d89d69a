// Builds the whole main-side service graph from one config: event bus, logger,
// settings, local store, session (vault + tokens), API client, sync, drafts and
// outbox. The Electron main, the preview host, the `ogo` command and the tests all
// build it here. Never reads or logs a secret itself: those stay in vault and auth.
import { join } from 'node:path';
import type { SignInInput } from '../../shared/contract/session.js';
import { startSandbox, DEMO_CREDENTIALS, type SandboxHandle } from '../sandbox/index.js';
import { createApiClient, type ApiClient, type TokenSource } from './api/index.js';
import { Session } from './auth/session.js';
import { createDraftsFeature, type DraftsFeature } from './drafts/drafts-feature.js';
import { EventBus } from './event-bus.js';
import { configureLogging, createLogger, type LogLevel, type Logger } from './log/logger.js';
import {
  createConfSettings,
  resolveEndpoints,
  type Endpoints,
  type Environment,
  type SettingsStore,
} from './settings/index.js';
import { openStore, type Store } from './store/index.js';
import { createSyncService, type SyncService } from './sync/index.js';

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
  /** The session of the current environment. */
  session(): Session;
  /** The environment and origins in use now. */
  endpoints(): Endpoints;
  /** Starts the built-in sandbox in this process, points auth and API at it, returns its demo sign-in. */
  switchToSandbox(): Promise<SignInInput>;
  /** Stops background work, closes the store and any sandbox this graph started. */
  close(): Promise<void>;
}

/** Builds the graph, restores the saved sign-in (no prompt), and starts background work. */
export async function createServices(config: ServicesConfig): Promise<Services> {
  configureLogging({
    folder: config.logDir ?? join(config.dataDir, 'logs'),
    console: config.logConsole ?? 'warn',
  });
  const log = createLogger('services');
  const events = new EventBus();
  const now = config.clock ?? Date.now;
  const keychainService = config.keychainService ?? 'ogo-desk';
  let endpoints = resolveEndpoints(config);
  let sandbox: SandboxHandle | null = null;

  const newSession = (target: Endpoints): Session =>
    new Session({
      authUrl: target.authUrl,
      environment: target.environment,
      // Each environment keeps its own keychain entries: signing in to the sandbox must never replace a real merchant.
      vault: {
        serviceName:
          target.environment === 'production'
            ? keychainService
            : `${keychainService}.${target.environment}`,
        env: config.env,
      },
      bus: events,
      dataFolder: config.dataDir,
      clock: config.clock,
    });
  let session = newSession(endpoints);

  const tokenSource: TokenSource = {
    accessToken: (signal) => session.tokenSource.accessToken(signal),
    rejectAccessToken: (token) => session.tokenSource.rejectAccessToken(token),
  };
  const settings = createConfSettings(config.dataDir);
  const store = openStore(join(config.dataDir, 'ogo.db'));
  const api = createApiClient({
    apiUrl: () => endpoints.apiUrl,
    tokenSource,
    onRetry: (retry) =>
      log.info(`retrying ${retry.method} ${retry.path} in ${retry.delayMs} ms (${retry.reason})`),
  });
  const sync = createSyncService({ api, store, bus: events, now });
  const drafts = createDraftsFeature({ store, api, bus: events, now });

  // The cache shows one merchant of one environment; anyone else starts from empty.
  const stopOwnerWatch = events.on('session.changed', (state) => {
    if (state.status !== 'signedIn' || state.merchantId === null) return;
    if (store.claimCache(`${state.environment}:${state.merchantId}`))
      log.info('cache emptied for a new owner');
  });

  await session.restore();
  if (config.background !== false) await drafts.start();

  async function switchToSandbox(): Promise<SignInInput> {
    sync.cancel();
    sandbox ??= await startSandbox();
    endpoints = { environment: 'sandbox', authUrl: sandbox.url, apiUrl: sandbox.url };
    session = newSession(endpoints);
    log.info(`switched to the built-in sandbox at ${sandbox.url}`);
    return { ...DEMO_CREDENTIALS };
  }

  async function close(): Promise<void> {
    stopOwnerWatch();
    sync.cancel();
    await sync.idle();
    await drafts.stop();
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
    session: () => session,
    endpoints: () => ({ ...endpoints }),
    switchToSandbox,
    close,
  };
}
