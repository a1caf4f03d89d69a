// Managing every webhook of the account, including ones other systems made:
// list, create, edit, delete. Keys go to OGOship and nowhere else: the renderer
// only ever learns "set" or "not set".
import type { z } from 'zod';
import type { Webhook } from '../../../shared/domain/webhook.js';
import type { WebhookView, webhookCreateSchema, webhookUpdateSchema } from '../../../shared/contract/webhooks.js';
import { ValidationError } from '../../../shared/errors.js';
import type { ApiClient } from '../api/index.js';
import type { WebhookIdStore } from './app-webhooks.js';
import type { LiveSecrets } from './live-secrets.js';
import { RECEIVER_PATH_PREFIX } from './receiver.js';

/** Webhook management over the API, knowing which webhooks are the app's own. */
export function createWebhookManagement(api: ApiClient['webhooks'], appIds: WebhookIdStore, secrets: LiveSecrets) {
  // The app's own webhooks have their keys in the keychain; others' keys only OGOship knows.
  const keptKey = async (id: string): Promise<string | null> => {
    const own = Object.entries(appIds.get()).find(([, appId]) => appId === id);
    return own ? secrets.webhookKey(own[0] as keyof ReturnType<WebhookIdStore['get']>) : null;
  };

  const view = (webhook: Webhook): WebhookView => ({
    id: webhook.id,
    url: webhook.url,
    type: webhook.type,
    // LIMIT: OGOship (like the sandbox) may never answer a key back, so "not set" is shown only
    // when it explicitly answers an empty one; it requires a key on every webhook anyway.
    key: webhook.key === '' || webhook.key === null ? 'not set' : 'set',
    customHeaderNames: Object.keys(webhook.customHeaders ?? {}),
    madeByThisApp: Object.values(appIds.get()).includes(webhook.id) || webhook.url.includes(RECEIVER_PATH_PREFIX),
  });

  return {
    /** Every webhook of the account. */
    async list(): Promise<WebhookView[]> {
      return (await api.list()).map(view);
    },

    /** Creates a webhook with the merchant's key. */
    async create(input: z.output<typeof webhookCreateSchema>): Promise<WebhookView> {
      const created = await api.create({ url: input.url, type: input.type, key: input.key, customHeaders: input.customHeaders });
      return view({ ...created, key: created.key ?? input.key });
    },

    /** Edits a webhook; without a new key, the one OGOship holds is sent back to it. */
    async update(input: z.output<typeof webhookUpdateSchema>): Promise<WebhookView> {
      const key = input.key ?? (await keptKey(input.id)) ?? (await api.get(input.id)).key ?? null;
      if (!key) {
        throw new ValidationError('OGOship needs the key again to save this webhook', [
          { field: 'key', message: 'Enter the webhook key' },
        ]);
      }
      const body = { url: input.url, type: input.type, key, customHeaders: input.customHeaders };
      const updated = await api.update(input.id, body);
      return view(updated ?? { ...body, id: input.id });
    },

    /** Deletes a webhook; if it was the app's own, the app forgets it too. */
    async remove(id: string): Promise<void> {
      await api.remove(id);
      const ids = { ...appIds.get() };
      for (const [type, appId] of Object.entries(ids)) {
        if (appId === id) delete ids[type as keyof typeof ids];
      }
      appIds.set(ids);
    },
  };
}

/** Webhook management for one account. */
export type WebhookManagement = ReturnType<typeof createWebhookManagement>;
