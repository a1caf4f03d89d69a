// The secrets live updates use — a key per webhook type and the ngrok authtoken —
// read and written through the vault for the signed-in merchant. Never returns a
// secret to anything but the receiver, the API call that registers it, or ngrok.
import { randomBytes } from 'node:crypto';
import { AuthError } from '../../../shared/errors.js';
import type { WebhookType } from '../../../shared/domain/webhook.js';
import { registerSecret } from '../log/redact.js';
import type { Vault } from '../vault/vault.js';

/** Where webhook keys and the ngrok authtoken are kept. */
export interface LiveSecrets {
  /** The key for a webhook type, generated and kept on first use. */
  webhookKey(type: WebhookType): Promise<string>;
  forgetWebhookKeys(): Promise<void>;
  ngrokAuthtoken(): Promise<string | null>;
  saveNgrokAuthtoken(token: string | null): Promise<void>;
}

/** A new webhook key: 256 random bits, base64url, known to the log redactor from birth. */
export function generateWebhookKey(): string {
  const key = randomBytes(32).toString('base64url');
  registerSecret(key);
  return key;
}

/**
 * LiveSecrets kept in the OS keychain through the vault; pass a getter when the
 * vault changes with the session (switching environment).
 */
export function vaultSecrets(source: Vault | (() => Promise<Vault | null>)): LiveSecrets {
  const open = async (): Promise<Vault> => {
    const vault = typeof source === 'function' ? await source() : source;
    if (vault === null) throw new AuthError('Sign in to OGOship before connecting live updates');
    return vault;
  };
  const current = async (): Promise<{ vault: Vault; id: string | null }> => {
    const vault = await open();
    return { vault, id: await vault.currentMerchant() };
  };
  const merchant = async (): Promise<{ vault: Vault; id: string }> => {
    const { vault, id } = await current();
    if (id === null) throw new AuthError('Sign in to OGOship before connecting live updates');
    return { vault, id };
  };

  return {
    async webhookKey(type) {
      const { vault, id } = await merchant();
      const kept = await vault.readSecret(id, `webhookKey:${type}`);
      if (kept !== null) return kept;
      const fresh = generateWebhookKey();
      await vault.saveSecret(id, `webhookKey:${type}`, fresh);
      return fresh;
    },
    async forgetWebhookKeys() {
      const { vault, id } = await current().catch(() => ({ vault: null, id: null }));
      if (vault === null || id === null) return;
      await vault.deleteSecret(id, 'webhookKey:OrderShipped');
      await vault.deleteSecret(id, 'webhookKey:ProductStockLevelChanged');
    },
    async ngrokAuthtoken() {
      const { vault, id } = await current().catch(() => ({ vault: null, id: null }));
      return vault === null || id === null ? null : vault.readSecret(id, 'tunnelToken:ngrok');
    },
    async saveNgrokAuthtoken(token) {
      const { vault, id } = await merchant();
      if (token === null) await vault.deleteSecret(id, 'tunnelToken:ngrok');
      else await vault.saveSecret(id, 'tunnelToken:ngrok', token.trim());
    },
  };
}

/**
 * Webhook keys held in memory only, for a `webhooks listen` run that removes its
 * webhooks on exit; the ngrok authtoken still comes from `keychain` when given.
 */
export function memorySecrets(keychain: LiveSecrets | null = null): LiveSecrets {
  const keys = new Map<WebhookType, string>();
  return {
    async webhookKey(type) {
      const key = keys.get(type) ?? generateWebhookKey();
      keys.set(type, key);
      return key;
    },
    async forgetWebhookKeys() {
      keys.clear();
    },
    ngrokAuthtoken: async () => (keychain ? keychain.ngrokAuthtoken() : null),
    async saveNgrokAuthtoken(token) {
      await keychain?.saveNgrokAuthtoken(token);
    },
  };
}
