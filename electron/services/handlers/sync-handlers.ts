// Contract handlers of sync.*: run (or join) a sync, cancel it, read its status.
// Thin: the sync service does the work.
import type { SyncService } from '../sync/index.js';
import type { OperationHandlers } from '../router.js';

type SyncOperationName = Extract<keyof OperationHandlers, `sync.${string}`>;

/** Handlers for every sync.* operation. */
export function createSyncHandlers(sync: SyncService): Pick<OperationHandlers, SyncOperationName> {
  return {
    'sync.run': () => sync.run(),
    'sync.cancel': async () => sync.cancel(),
    'sync.status': async () => sync.status(),
  };
}
