// The OGOship webhooks this app registers for itself (one per type): created or
// re-pointed at the current public URL, and removed on disconnect or sign-out.
// Keys are passed straight to the API call; never logged or kept here.
import { WEBHOOK_TYPES, type WebhookType } from '../../../shared/domain/webhook.js';
import { ApiError } from '../../../shared/errors.js';
import type { ApiClient } from '../api/index.js';

/** Where the ids of the app's own webhooks are remembered. */
export interface WebhookIdStore {
  get(): Partial<Record<WebhookType, string>>;
  set(ids: Partial<Record<WebhookType, string>>): void;
}

/** The receiver path and key a webhook type should deliver to. */
export interface RouteTarget {
  readonly path: string;
  readonly key: string;
}

/** Points (creating when missing) and removes the app's webhooks. */
export function createAppWebhooks(api: ApiClient['webhooks'], ids: WebhookIdStore) {
  /** Makes one webhook per type deliver to `baseUrl + path`, signed with its key. */
  async function point(baseUrl: string, targets: Record<WebhookType, RouteTarget>): Promise<void> {
    const existing = new Set((await api.list()).map((webhook) => webhook.id));
    const next = { ...ids.get() };

    for (const type of WEBHOOK_TYPES) {
      const input = { url: joinUrl(baseUrl, targets[type].path), key: targets[type].key, type };
      const id = next[type];
      if (id !== undefined && existing.has(id)) {
        await api.update(id, input);
      } else {
        next[type] = (await api.create(input)).id;
      }
      // Saved after each step so a failure halfway leaves nothing orphaned.
      ids.set(next);
    }
  }

  /** Deletes the app's webhooks; one already gone at OGOship is not an error. */
  async function remove(): Promise<void> {
    const remaining = { ...ids.get() };
    for (const type of WEBHOOK_TYPES) {
      const id = remaining[type];
      if (id === undefined) continue;
      try {
        await api.remove(id);
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 404)) throw error;
      }
      delete remaining[type];
      ids.set(remaining);
    }
  }

  /** The ids currently registered by the app. */
  function registered(): string[] {
    return Object.values(ids.get());
  }

  return { point, remove, registered };
}

/** The app-webhooks handle. */
export type AppWebhooks = ReturnType<typeof createAppWebhooks>;

/** An id store that forgets on exit, for a `webhooks listen` run. */
export function memoryIdStore(): WebhookIdStore {
  let ids: Partial<Record<WebhookType, string>> = {};
  return { get: () => ids, set: (next) => void (ids = { ...next }) };
}

function joinUrl(base: string, path: string): string {
  return base.replace(/\/+$/, '') + path;
}
