// Contract handlers for live updates, the inbox, webhook management and stock
// thresholds, for the integrator to spread into the router's handler map.
// Every answer is already free of keys and tokens; these must never add one.
import type { OperationHandlers } from '../router.js';
import type { webhookOperations } from '../../../shared/contract/webhooks.js';
import { ValidationError } from '../../../shared/errors.js';
import type { WebhookService } from './index.js';

type WebhookHandlers = Pick<OperationHandlers, keyof typeof webhookOperations>;

/** Handlers for every operation in shared/contract/webhooks.ts. */
export function createWebhookHandlers(deps: { webhooks: WebhookService }): WebhookHandlers {
  const { live, inbox, processor, management, preferences } = deps.webhooks;

  return {
    'live.status': async () => live.status(),
    'live.connect': () => live.connect(),
    'live.disconnect': () => live.disconnect(),
    'live.settings.get': async () => preferences.settings(),
    'live.settings.set': async (patch) => {
      const next = preferences.update(patch);
      if (patch.inboxRetentionDays !== undefined) deps.webhooks.expire();
      return next;
    },
    'live.ngrokAuthtoken.set': ({ authtoken }) => live.setNgrokAuthtoken(authtoken),

    'webhooks.inbox.search': async (query) => inbox.search(query),
    'webhooks.inbox.replay': ({ id }) => processor.replay(id),

    'webhooks.list': () => management.list(),
    'webhooks.create': (input) => management.create(input),
    'webhooks.update': (input) => management.update(input),
    'webhooks.delete': async ({ id }) => {
      await management.remove(id);
      return {};
    },

    'webhooks.thresholds.list': async () => preferences.thresholds(),
    'webhooks.thresholds.set': async ({ productCode, threshold }) => {
      if (productCode.trim() === '') throw new ValidationError('Enter a product code', [{ field: 'productCode', message: 'Required' }]);
      preferences.setThreshold(productCode, threshold);
      return preferences.thresholds();
    },
  };
}
