// Keeps one merchant's access token fresh: refreshes ahead of expiry, one refresh
// at a time in this process (shared by every caller) and across processes (a lock
// file), saves each rotated refresh token to the vault before the new access
// token is used, and falls back to a password grant exactly once when the saved
// refresh token is dead. The access token lives in this object's memory only;
// it is never stored, logged or put in an error.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { AuthError, CancelledError } from '../../../shared/errors.js';
import { createLogger } from '../log/logger.js';
import type { MerchantCredentials, Vault } from '../vault/vault.js';
import { withFileLock, type FileLockOptions } from './refresh-lock.js';
import {
  GrantRefusedError,
  requestTokens,
  type IssuedTokens,
  type TokenEndpoint,
} from './token-endpoint.js';
import type { TokenSource } from './token-source.js';

const log = createLogger('auth');

const DEFAULT_SKEW_MS = 5 * 60_000;
const DEFAULT_TIMEOUT_MS = 30_000;

/** What a token manager is built from. */
export interface TokenManagerOptions {
  /** Origin of the token server, e.g. https://my.ogoship.com (or the sandbox URL). */
  authUrl: string;
  vault: Vault;
  merchantId: string;
  /** The app's data folder; the cross-process lock file goes under locks/. */
  dataFolder: string;
  /** Milliseconds since the epoch; injected so tests can expire tokens. */
  clock?: () => number;
  fetch?: typeof fetch;
  /** How long before expiry a token counts as expired (default 5 minutes). */
  skewMs?: number;
  timeoutMs?: number;
  lock?: FileLockOptions;
  /** Test seam: runs after new tokens arrive and before the refresh token is saved. */
  beforeSaveRefreshToken?: () => Promise<void>;
  /** Told once when OGOship stops accepting the saved credentials. */
  onCredentialsInvalid?: (message: string) => void;
}

interface CachedToken {
  token: string;
  refreshAtMs: number;
}

/** Hands out access tokens for one merchant; see the file comment for the rules. */
export class TokenManager implements TokenSource {
  readonly merchantId: string;
  #cached: CachedToken | null = null;
  #inFlight: Promise<string> | null = null;
  #invalidMessage: string | null = null;
  #closed = false;
  readonly #options: TokenManagerOptions;
  readonly #endpoint: TokenEndpoint;
  readonly #clock: () => number;
  readonly #lockPath: string;

  constructor(options: TokenManagerOptions) {
    this.#options = options;
    this.merchantId = options.merchantId;
    this.#clock = options.clock ?? Date.now;
    this.#endpoint = {
      authUrl: options.authUrl,
      fetch: options.fetch ?? globalThis.fetch,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    };
    const lockName = createHash('sha256').update(options.merchantId).digest('hex').slice(0, 16);
    this.#lockPath = path.join(options.dataFolder, 'locks', `refresh-${lockName}.lock`);
  }

  /** Why the saved credentials stopped working, or null while they work. */
  get credentialsInvalidMessage(): string | null {
    return this.#invalidMessage;
  }

  /** A valid access token; all concurrent callers share one refresh. */
  async accessToken(signal?: AbortSignal): Promise<string> {
    if (signal?.aborted) throw new CancelledError();
    if (this.#closed) throw new AuthError('Signed out of OGOship.');
    if (this.#invalidMessage !== null) throw new AuthError(this.#invalidMessage);

    const cached = this.#cached;
    if (cached && this.#clock() < cached.refreshAtMs) return cached.token;

    this.#inFlight ??= this.#obtain().finally(() => {
      this.#inFlight = null;
    });
    return abortable(this.#inFlight, signal);
  }

  /** Forgets the token if it is still the current one, so the next call refreshes. */
  async rejectAccessToken(token: string): Promise<void> {
    if (this.#cached?.token === token) this.#cached = null;
  }

  /** Verifies credentials with a password grant, then saves them and the refresh token. */
  async signIn(credentials: MerchantCredentials, signal?: AbortSignal): Promise<void> {
    if (credentials.merchantId !== this.merchantId) {
      throw new AuthError('Signed in as a different merchant.');
    }
    this.#closed = false;
    await this.#locked(async () => {
      const issued = await requestTokens(this.#endpoint, { kind: 'password', credentials }, signal);
      await this.#options.vault.saveCredentials(credentials);
      await this.#keep(issued);
    });
    this.#invalidMessage = null;
    log.info(`signed in as merchant ${this.merchantId}`);
  }

  /** Drops the in-memory token; later calls fail until a new sign-in. */
  close(): void {
    this.#closed = true;
    this.#cached = null;
  }

  #obtain(): Promise<string> {
    return this.#locked(() => this.#grantUnderLock());
  }

  #locked<T>(work: () => Promise<T>): Promise<T> {
    return withFileLock(this.#lockPath, this.#options.lock ?? {}, work);
  }

  // Runs holding the lock: the refresh token read here is the newest any process saved.
  async #grantUnderLock(): Promise<string> {
    const { vault } = this.#options;
    const credentials = await vault.readCredentials(this.merchantId);
    if (!credentials) {
      return this.#fail(`OGO Desk has no saved secret token for merchant ${this.merchantId}.`);
    }

    const refreshToken = await vault.readRefreshToken(this.merchantId);
    if (refreshToken !== null) {
      const refreshed = await this.#tryRefresh(refreshToken, credentials);
      if (refreshed !== null) return refreshed;
    }
    return this.#passwordGrant(credentials);
  }

  async #tryRefresh(
    refreshToken: string,
    credentials: MerchantCredentials,
  ): Promise<string | null> {
    const { clientId, clientSecret } = credentials;
    try {
      log.info('refreshing the access token');
      const issued = await requestTokens(this.#endpoint, {
        kind: 'refresh',
        refreshToken,
        clientId,
        clientSecret,
      });
      return await this.#keep(issued);
    } catch (error) {
      if (!(error instanceof GrantRefusedError)) throw error;
      if (error.oauthError !== 'invalid_grant') return this.#fail(error.message);
      // Dead (used by a crashed run, expired, revoked): earn a new one with the secret token.
      log.warn('the saved refresh token was refused; signing in again with the saved secret token');
      await this.#options.vault.deleteRefreshToken(this.merchantId);
      return null;
    }
  }

  async #passwordGrant(credentials: MerchantCredentials): Promise<string> {
    try {
      log.info('signing in with the saved secret token');
      return await this.#keep(
        await requestTokens(this.#endpoint, { kind: 'password', credentials }),
      );
    } catch (error) {
      if (error instanceof GrantRefusedError) return this.#fail(error.message);
      throw error;
    }
  }

  // The refresh token is saved (and confirmed) before the access token becomes usable.
  async #keep(issued: IssuedTokens): Promise<string> {
    const receivedAt = this.#clock();
    await this.#options.beforeSaveRefreshToken?.();
    await this.#options.vault.saveRefreshToken(this.merchantId, issued.refreshToken);

    const lifetimeMs = issued.expiresInSeconds * 1000;
    const margin = Math.min(this.#options.skewMs ?? DEFAULT_SKEW_MS, lifetimeMs / 2);
    const refreshAtMs = receivedAt + lifetimeMs - margin;
    if (!this.#closed) this.#cached = { token: issued.accessToken, refreshAtMs };
    return issued.accessToken;
  }

  #fail(reason: string): never {
    const message = `${reason} Sign in again.`;
    this.#invalidMessage = message;
    this.#cached = null;
    log.warn(`credentials no longer valid for merchant ${this.merchantId}`);
    this.#options.onCredentialsInvalid?.(message);
    throw new AuthError(message);
  }
}

// Lets one caller stop waiting without cancelling the refresh others share.
function abortable<T>(work: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new CancelledError());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
