// Composes every feature's contract handlers over one service graph: the one
// complete handler map the router dispatches to, in Electron and the preview
// alike. Never adds logic of its own beyond wiring.
import { webhookOperations } from '../../../shared/contract/webhooks.js';
import { OgoError } from '../../../shared/errors.js';
import type { Services } from '../create-services.js';
import { createImportHandlers } from '../import/handlers.js';
import type { OperationHandlers } from '../router.js';
import { createWebhookHandlers } from '../webhooks/handlers.js';
import { createCatalogueHandlers } from './catalogue-handlers.js';
import { catalogueFromStore, importSender } from './feature-deps.js';
import { createSessionHandlers } from './session-handlers.js';
import { createSyncHandlers } from './sync-handlers.js';

// LIMIT: live updates' service is not part of the service graph yet; until it is, its operations say so.
function webhookHandlers(services: Services) {
  const webhooks = (services as Services & { webhooks?: Parameters<typeof createWebhookHandlers>[0]['webhooks'] }).webhooks;
  if (webhooks) return createWebhookHandlers({ webhooks });
  const unavailable = async (): Promise<never> => {
    throw new OgoError('internal', 'Live updates are not available in this build of OGO Desk.');
  };
  return Object.fromEntries(Object.keys(webhookOperations).map((name) => [name, unavailable])) as unknown as ReturnType<typeof createWebhookHandlers>;
}

/** Every operation's handler, built over the services. */
export function createHandlers(services: Services): OperationHandlers {
  return {
    ...createSessionHandlers({
      session: () => services.session(),
      switchToSandbox: () => services.switchToSandbox(),
      syncInBackground: () => {
        services.sync.run().catch((error: unknown) => services.log.warn('background sync stopped', error));
      },
      clearCache: () => services.store.clearCache(),
    }),
    ...createCatalogueHandlers({ store: services.store, api: () => services.api }),
    ...createSyncHandlers(services.sync),
    ...services.drafts.handlers,
    ...webhookHandlers(services),
    ...createImportHandlers({
      dataDir: services.config.dataDir,
      bus: services.events,
      loadCatalogue: () => catalogueFromStore(services),
      createSender: (onThrottle) => importSender(services, onThrottle),
      onRunFailure: (importId, error) => services.log.error(`import ${importId} failed`, error),
    }),
  };
}
