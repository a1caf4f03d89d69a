// The account's webhook registrations and the per-product low-stock
// thresholds. Keys travel only renderer → main on create/edit and are never
// kept here: the list shows them as "set" / "not set".
import { create } from 'zustand';
import type { StockThreshold, WebhookView } from '../../../../shared/contract/webhooks.js';
import type { WebhookType } from '../../../../shared/domain/webhook.js';
import type { FieldProblem } from '../../../../shared/errors.js';
import { call, errorMessage } from '../../bridge/index.js';
import { toBridgeError } from '../../bridge/errors.js';

/** What the webhook form sends; `key` null keeps the current key on edit. */
export interface WebhookDraft {
  id: string | null;
  url: string;
  type: WebhookType;
  key: string | null;
}

interface WebhooksState {
  webhooks: WebhookView[];
  thresholds: StockThreshold[];
  loading: boolean;
  error: string | null;
  problems: FieldProblem[];
  load(): Promise<void>;
  save(draft: WebhookDraft): Promise<boolean>;
  remove(id: string): Promise<void>;
  setThreshold(productCode: string, threshold: number | null): Promise<void>;
}

/** The webhooks-and-thresholds store. */
export const useWebhooksStore = create<WebhooksState>((set) => {
  function fail(error: unknown): void {
    const failure = toBridgeError(error);
    set({ error: failure.message, problems: failure.problems });
  }

  async function reloadList(): Promise<void> {
    set({ webhooks: await call((api) => api['webhooks.list']({})) });
  }

  return {
    webhooks: [],
    thresholds: [],
    loading: false,
    error: null,
    problems: [],

    load: async () => {
      set({ loading: true, error: null });
      try {
        const [webhooks, thresholds] = await Promise.all([
          call((api) => api['webhooks.list']({})),
          call((api) => api['webhooks.thresholds.list']({})),
        ]);
        set({ webhooks, thresholds });
      } catch (error) {
        set({ error: errorMessage(error) });
      } finally {
        set({ loading: false });
      }
    },
    save: async ({ id, url, type, key }) => {
      set({ error: null, problems: [] });
      try {
        if (id === null) {
          await call((api) => api['webhooks.create']({ url, type, key: key ?? '' }));
        } else {
          await call((api) => api['webhooks.update']({ id, url, type, key }));
        }
        await reloadList();
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    remove: async (id) => {
      set({ error: null, problems: [] });
      try {
        await call((api) => api['webhooks.delete']({ id }));
        await reloadList();
      } catch (error) {
        fail(error);
      }
    },
    setThreshold: async (productCode, threshold) => {
      set({ error: null, problems: [] });
      try {
        const thresholds = await call((api) =>
          api['webhooks.thresholds.set']({ productCode, threshold }),
        );
        set({ thresholds });
      } catch (error) {
        fail(error);
      }
    },
  };
});
