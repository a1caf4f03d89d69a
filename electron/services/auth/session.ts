// Who is signed in: sign in (verified by a password grant before anything is
// stored), sign out (every secret of the merchant deleted), restore at start,
// and the SessionState the renderer may see, announced as 'session.changed'.
// Never puts a secret in the state, an event, an error or the log.
import { isDeepStrictEqual } from 'node:util';
import {
  signInInputSchema,
  type SessionState,
  type SignInInput,
} from '../../../shared/contract/session.js';
import {
  AuthError,
  KeychainError,
  ValidationError,
  describeZodIssues,
} from '../../../shared/errors.js';
import type { EventBus } from '../event-bus.js';
import { createLogger } from '../log/logger.js';
import { openVault, type Vault, type VaultOptions } from '../vault/vault.js';
import { TokenManager, type TokenManagerOptions } from './token-manager.js';
import type { TokenSource } from './token-source.js';

const log = createLogger('auth');

/** What a session is built from. */
export interface SessionOptions {
  /** Origin of the token server (production, sandbox or custom). */
  authUrl: string;
  environment: SessionState['environment'];
  /** How to open the vault; `sessionOnly` is the user's later choice (keepForThisSessionOnly). */
  vault: Omit<VaultOptions, 'sessionOnly'>;
  bus: EventBus;
  /** The app's data folder (the refresh lock lives there). */
  dataFolder: string;
  clock?: () => number;
  fetch?: typeof fetch;
  /** Extra token manager settings (skew, timeouts, lock timing, test seams). */
  tokens?: Partial<Omit<TokenManagerOptions, 'authUrl' | 'vault' | 'merchantId' | 'dataFolder'>>;
}

/** The signed-in session of one app process. */
export class Session {
  #state: SessionState;
  #vault: Vault | null = null;
  #tokens: TokenManager | null = null;
  readonly #options: SessionOptions;

  /** What the API client is given: always current, fails with AuthError while signed out. */
  readonly tokenSource: TokenSource = {
    accessToken: async (signal) => this.#requireTokens().accessToken(signal),
    rejectAccessToken: async (token) => this.#tokens?.rejectAccessToken(token),
  };

  constructor(options: SessionOptions) {
    this.#options = options;
    this.#state = {
      status: 'signedOut',
      merchantId: null,
      environment: options.environment,
      message: null,
    };
  }

  /** The current state; never holds a secret. */
  state(): SessionState {
    return { ...this.#state };
  }

  /** At start: signs back in from saved (or environment) credentials without asking anyone. */
  async restore(): Promise<SessionState> {
    const vault = await this.#openVault(false);
    if (!vault) return this.state();

    try {
      const merchantId = await vault.currentMerchant();
      const credentials = merchantId === null ? null : await vault.readCredentials(merchantId);
      if (!credentials) return this.#set('signedOut', null, null);

      this.#tokens = this.#managerFor(vault, credentials.merchantId);
      return this.#set('signedIn', credentials.merchantId, null);
    } catch (error) {
      return this.#keychainProblem(error);
    }
  }

  /** The user chose to keep secrets in memory until the app quits (no Secret Service). */
  async keepForThisSessionOnly(): Promise<SessionState> {
    await this.#openVault(true);
    return this.#set('signedOut', null, 'Signed-in state will be forgotten when OGO Desk quits.');
  }

  /** Verifies the credentials with OGOship, then stores them; throws AuthError when refused. */
  async signIn(input: SignInInput, signal?: AbortSignal): Promise<SessionState> {
    const parsed = signInInputSchema.safeParse(input);
    if (!parsed.success) {
      const problems = describeZodIssues(parsed.error.issues);
      throw new ValidationError('Check the sign-in details.', problems);
    }
    const vault = await this.#vaultForSignIn();

    const credentials = parsed.data;
    const manager = this.#managerFor(vault, credentials.merchantId);
    await manager.signIn(credentials, signal);

    const previous = this.#tokens;
    this.#tokens = manager;
    // One merchant at a time: signing in as someone else removes the last one's secrets.
    if (previous?.merchantId === credentials.merchantId) previous.close();
    else if (previous) await this.#forget(vault, previous);
    return this.#set('signedIn', credentials.merchantId, null);
  }

  /** Signs out and deletes every secret of the merchant from the keychain. */
  async signOut(): Promise<SessionState> {
    const vault = this.#vault;
    const manager = this.#tokens;
    this.#tokens = null;
    if (vault && manager) await this.#forget(vault, manager);
    const message = vault?.credentialsFromEnvironment
      ? 'The credentials in OGO_MERCHANT_ID and OGO_SECRET_TOKEN will sign in again at the next start.'
      : null;
    return this.#set('signedOut', null, message);
  }

  async #vaultForSignIn(): Promise<Vault> {
    const vault = this.#vault ?? (await this.#openVault(false));
    if (!vault) {
      throw new KeychainError(this.#state.message ?? 'The system keychain is not available.');
    }
    if (vault.credentialsFromEnvironment) {
      throw new ValidationError(
        'Signed in from OGO_MERCHANT_ID and OGO_SECRET_TOKEN; unset them to sign in another way.',
      );
    }
    return vault;
  }

  async #forget(vault: Vault, manager: TokenManager): Promise<void> {
    manager.close();
    await vault.forgetMerchant(manager.merchantId);
    log.info(`signed out merchant ${manager.merchantId}`);
  }

  #requireTokens(): TokenManager {
    if (!this.#tokens) throw new AuthError('Not signed in to OGOship.');
    return this.#tokens;
  }

  #managerFor(vault: Vault, merchantId: string): TokenManager {
    const { authUrl, dataFolder, clock, fetch, tokens } = this.#options;
    return new TokenManager({
      ...tokens,
      authUrl,
      vault,
      merchantId,
      dataFolder,
      clock,
      fetch,
      onCredentialsInvalid: (message) => {
        if (this.#tokens?.merchantId !== merchantId) return;
        this.#set('credentialsInvalid', merchantId, message);
      },
    });
  }

  async #openVault(sessionOnly: boolean): Promise<Vault | null> {
    try {
      this.#vault = await openVault({ ...this.#options.vault, sessionOnly });
      return this.#vault;
    } catch (error) {
      this.#keychainProblem(error);
      return null;
    }
  }

  #keychainProblem(error: unknown): SessionState {
    if (!(error instanceof KeychainError)) throw error;
    return this.#set('keychainUnavailable', null, error.message);
  }

  #set(
    status: SessionState['status'],
    merchantId: string | null,
    message: string | null,
  ): SessionState {
    const next: SessionState = {
      status,
      merchantId,
      environment: this.#options.environment,
      message,
    };
    if (!isDeepStrictEqual(next, this.#state)) {
      this.#state = next;
      this.#options.bus.emit('session.changed', this.state());
    }
    return this.state();
  }
}
