// Public face of the sync module.
export { createSyncService, type SyncDeps, type SyncService } from './sync-service.js';
