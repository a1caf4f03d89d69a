// Where the vault's secrets physically live: the OS keychain (through
// @napi-rs/keyring's keytar API) or, only when the user chose it, process memory.
// Never writes a secret to disk by itself and never puts one in an error message.
import keytar from '@napi-rs/keyring/keytar.js';
import { KeychainError } from '../../../shared/errors.js';
import { createLogger } from '../log/logger.js';

const log = createLogger('vault');

/** A flat account → secret map; writes are confirmed by reading back. */
export interface SecretStore {
  /** 'keychain' survives restarts; 'memory' is gone when the process ends. */
  readonly persistence: 'keychain' | 'memory';
  get(account: string): Promise<string | null>;
  set(account: string, value: string): Promise<void>;
  delete(account: string): Promise<void>;
  accounts(): Promise<string[]>;
}

/** The OS keychain under one service name; every failure becomes a KeychainError. */
export function keychainStore(serviceName: string): SecretStore {
  return {
    persistence: 'keychain',
    get: (account) => guarded('read', () => keytar.getPassword(serviceName, account)),
    set: async (account, value) => {
      await guarded('write', () => keytar.setPassword(serviceName, account, value));
      const stored = await guarded('read back', () => keytar.getPassword(serviceName, account));
      if (stored !== value) {
        throw new KeychainError(
          'The system keychain did not keep a secret OGO Desk saved; nothing was changed.',
        );
      }
    },
    delete: async (account) => {
      await guarded('delete', () => keytar.deletePassword(serviceName, account));
    },
    accounts: async () => {
      const found = await guarded('list', () => keytar.findCredentials(serviceName));
      return found.map((credential) => credential.account);
    },
  };
}

/** Secrets kept in this process only, for the "this session only" choice and headless runs. */
export function memoryStore(): SecretStore {
  const secrets = new Map<string, string>();
  return {
    persistence: 'memory',
    get: async (account) => secrets.get(account) ?? null,
    set: async (account, value) => {
      secrets.set(account, value);
    },
    delete: async (account) => {
      secrets.delete(account);
    },
    accounts: async () => [...secrets.keys()],
  };
}

async function guarded<T>(action: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // The library's message names the platform problem, never the secret.
    log.error(`keychain ${action} failed`, error);
    throw new KeychainError(
      `The system keychain refused to ${action} a secret. Check that it is unlocked.`,
    );
  }
}
