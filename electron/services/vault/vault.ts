// The one place secrets are kept: merchant credentials, the rotating refresh
// token, webhook keys and tunnel tokens, per merchant, in the OS keychain.
// On Linux it insists on a Secret Service; the only alternatives are an explicit
// "this session only" memory store or read-only credentials from the environment.
// Never writes a secret to disk itself, never logs one, never caches one (other
// processes may change the keychain at any time).
import { KeychainError, ValidationError } from '../../../shared/errors.js';
import { registerSecret } from '../log/redact.js';
import { createLogger } from '../log/logger.js';
import { credentialsFromEnv, type MerchantCredentials } from './env-credentials.js';
import { keychainStore, memoryStore, type SecretStore } from './secret-store.js';
import { needsSecretService, probeSecretService } from './secret-service.js';

export type { MerchantCredentials } from './env-credentials.js';

const log = createLogger('vault');

/** Secrets other services keep per merchant: webhook keys and tunnel tokens. */
export type ExtraSecretName = `webhookKey:${string}` | `tunnelToken:${string}`;

type StoredName = 'secretToken' | 'clientId' | 'clientSecret' | 'refreshToken' | ExtraSecretName;

const CURRENT_MERCHANT = 'current-merchant';

/** How to open the vault. */
export interface VaultOptions {
  /** Keychain service name; tests use a unique one each. */
  serviceName: string;
  /** The user chose to keep secrets in memory for this session only. */
  sessionOnly?: boolean;
  /** Where OGO_MERCHANT_ID and friends are read from (default process.env). */
  env?: NodeJS.ProcessEnv;
}

/** Opens the vault, or throws KeychainError when no safe store is available. */
export async function openVault(options: VaultOptions): Promise<Vault> {
  const envCredentials = credentialsFromEnv(options.env ?? process.env);
  if (options.sessionOnly) return new Vault(memoryStore(), envCredentials);
  if (!needsSecretService()) return new Vault(keychainStore(options.serviceName), envCredentials);

  const probe = await probeSecretService();
  if (probe.reachable) return new Vault(keychainStore(options.serviceName), envCredentials);

  // Credentials in the environment are the caller's explicit headless choice:
  // only the refresh token would be kept, and that can be re-earned next run.
  if (envCredentials) {
    log.warn(
      `no system keychain (${probe.reason}); keeping tokens in memory for this headless run`,
    );
    return new Vault(memoryStore(), envCredentials);
  }
  throw new KeychainError(
    `OGO Desk keeps your OGOship secrets in the system keychain, but ${probe.reason}. ` +
      'Start a keyring such as gnome-keyring and try again, or choose to keep the sign-in for this session only.',
  );
}

/** Per-merchant secrets over a SecretStore; each secret read or written is registered for redaction. */
export class Vault {
  /** 'memory' means everything is forgotten when the process ends. */
  readonly persistence: SecretStore['persistence'];

  constructor(
    private readonly store: SecretStore,
    private readonly envCredentials: MerchantCredentials | null = null,
  ) {
    this.persistence = store.persistence;
    if (envCredentials) registerCredentials(envCredentials);
  }

  /** True when the merchant credentials come from environment variables (read-only). */
  get credentialsFromEnvironment(): boolean {
    return this.envCredentials !== null;
  }

  /** The merchant the app is signed in as, or null. */
  async currentMerchant(): Promise<string | null> {
    if (this.envCredentials) return this.envCredentials.merchantId;
    return this.store.get(CURRENT_MERCHANT);
  }

  /** The merchant's full credentials, or null when any part is missing. */
  async readCredentials(merchantId: string): Promise<MerchantCredentials | null> {
    if (this.envCredentials?.merchantId === merchantId) return this.envCredentials;

    const secretToken = await this.read(merchantId, 'secretToken');
    const clientId = await this.read(merchantId, 'clientId');
    const clientSecret = await this.read(merchantId, 'clientSecret');
    if (secretToken === null || clientId === null || clientSecret === null) return null;
    return { merchantId, secretToken, clientId, clientSecret };
  }

  /** Stores credentials (each write confirmed) and makes the merchant current. */
  async saveCredentials(credentials: MerchantCredentials): Promise<void> {
    if (this.envCredentials) {
      throw new ValidationError(
        'The OGOship credentials come from OGO_MERCHANT_ID and OGO_SECRET_TOKEN; unset them to sign in another way.',
      );
    }
    const { merchantId } = credentials;
    await this.write(merchantId, 'secretToken', credentials.secretToken);
    await this.write(merchantId, 'clientId', credentials.clientId);
    await this.write(merchantId, 'clientSecret', credentials.clientSecret);
    await this.store.set(CURRENT_MERCHANT, merchantId);
  }

  /** The newest refresh token, read from the store every time. */
  readRefreshToken(merchantId: string): Promise<string | null> {
    return this.read(merchantId, 'refreshToken');
  }

  /** Saves a rotated refresh token; resolves only once the store confirmed it. */
  saveRefreshToken(merchantId: string, refreshToken: string): Promise<void> {
    return this.write(merchantId, 'refreshToken', refreshToken);
  }

  /** Drops the refresh token (it was found dead). */
  deleteRefreshToken(merchantId: string): Promise<void> {
    return this.store.delete(accountOf(merchantId, 'refreshToken'));
  }

  /** Reads a webhook key or tunnel token. */
  readSecret(merchantId: string, name: ExtraSecretName): Promise<string | null> {
    return this.read(merchantId, name);
  }

  /** Saves a webhook key or tunnel token, confirmed. */
  saveSecret(merchantId: string, name: ExtraSecretName, value: string): Promise<void> {
    return this.write(merchantId, name, value);
  }

  /** Deletes a webhook key or tunnel token. */
  deleteSecret(merchantId: string, name: ExtraSecretName): Promise<void> {
    return this.store.delete(accountOf(merchantId, name));
  }

  /** Deletes every secret of the merchant, and the "current merchant" mark if it is theirs. */
  async forgetMerchant(merchantId: string): Promise<void> {
    const prefix = accountOf(merchantId, '');
    const accounts = await this.store.accounts();
    for (const account of accounts.filter((name) => name.startsWith(prefix))) {
      await this.store.delete(account);
    }
    const current = await this.store.get(CURRENT_MERCHANT);
    if (current === merchantId) await this.store.delete(CURRENT_MERCHANT);
  }

  private async read(merchantId: string, name: StoredName): Promise<string | null> {
    const value = await this.store.get(accountOf(merchantId, name));
    if (value !== null && isSecret(name)) registerSecret(value);
    return value;
  }

  private async write(merchantId: string, name: StoredName, value: string): Promise<void> {
    if (isSecret(name)) registerSecret(value);
    await this.store.set(accountOf(merchantId, name), value);
  }
}

// The merchant ID is encoded so that no ID can be a prefix of another's accounts.
function accountOf(merchantId: string, name: StoredName | ''): string {
  return `merchant/${encodeURIComponent(merchantId)}/${name}`;
}

// Identifiers (merchant ID, client ID) stay readable in the log; only secrets are redacted.
function isSecret(name: StoredName): boolean {
  return name !== 'clientId';
}

function registerCredentials(credentials: MerchantCredentials): void {
  registerSecret(credentials.secretToken);
  registerSecret(credentials.clientSecret);
}
