// Composes every feature's contract handlers over one service graph: the one
// complete handler map the router dispatches to, in Electron and the preview
// alike. Never adds logic of its own beyond wiring.
import { webhookOperations } from '../../../shared/contract/webhooks.js';
import { OgoError } from '../../../shared/errors.js';
import type { Services } from '../create-services.js';
import { createDiagnosticsHandlers, type DiagnosticsHost } from '../diagnostics/handlers.js';
import { createImportHandlers } from '../import/handlers.js';
import type { OperationHandlers } from '../router.js';
import { createWebhookHandlers } from '../webhooks/handlers.js';
import { createCatalogueHandlers } from './catalogue-handlers.js';
import { freshCatalogue, importSender } from './feature-deps.js';
import { createSessionHandlers } from './session-handlers.js';
import { createSyncHandlers } from './sync-handlers.js';

/** Live updates' handlers; without the service (one-shot runs) each says it is not running. */
function webhookHandlers(services: Services): ReturnType<typeof createWebhookHandlers> {
  if (services.webhooks) return createWebhookHandlers({ webhooks: services.webhooks });
  const notRunning = async (): Promise<never> => {
    throw new OgoError('internal', 'Live updates are not running in this OGO Desk process.');
  };
  const names = Object.keys(webhookOperations);
  return Object.fromEntries(names.map((name) => [name, notRunning])) as unknown as ReturnType<
    typeof createWebhookHandlers
  >;
}

/** Every operation's handler, built over the services; `host` adds what only the desktop shell has. */
export function createHandlers(services: Services, host: DiagnosticsHost = {}): OperationHandlers {
  return {
    'app.notices': async () => services.notices(),
    ...createSessionHandlers({
      session: () => services.session(),
      switchToSandbox: () => services.switchToSandbox(),
      syncInBackground: () => {
        services.sync
          .run()
          .catch((error: unknown) => services.log.warn('background sync stopped', error));
      },
      clearCache: () => services.store.clearCache(),
      // Signing out must still work when OGOship or the keychain is away; the failure is in the log.
      beforeSignOut: async () => {
        await services.webhooks
          ?.signOut()
          .catch((error: unknown) => services.log.warn('live updates did not sign out cleanly', error));
      },
      afterSignIn: () => {
        services.webhooks?.live
          .start()
          .catch((error: unknown) => services.log.warn('live updates did not restart', error));
      },
    }),
    ...createCatalogueHandlers({ store: services.store, api: () => services.api }),
    ...createSyncHandlers(services.sync),
    ...services.drafts.handlers,
    ...webhookHandlers(services),
    ...createImportHandlers({
      dataDir: services.config.dataDir,
      bus: services.events,
      loadCatalogue: () => freshCatalogue(services),
      createSender: (onThrottle) => importSender(services, onThrottle),
      onRunFailure: (importId, error) => services.log.error(`import ${importId} failed`, error),
    }),
    ...createDiagnosticsHandlers(services, host),
  };
}
