// Contract: bringing the offline cache up to date with OGOship (a full first
// sync, then only what changed) and telling the views how far it got.
// Pure TypeScript: no Node or DOM API.
import { z } from 'zod';
import { event, operation } from './define.js';

/** What a sync walks, in the order it reports them. */
export const SYNC_RESOURCES = ['orders', 'products', 'stock'] as const;
/** One resource a sync walks. */
export const syncResourceSchema = z.enum(SYNC_RESOURCES);
export type SyncResourceName = z.infer<typeof syncResourceSchema>;

/** Progress of one resource within a run. */
export const syncProgressSchema = z.object({
  /** `full`: nothing synced before (or resuming the first sync); `incremental`: only changes. */
  phase: z.enum(['full', 'incremental']),
  resource: syncResourceSchema,
  /** Records stored so far in this run. */
  done: z.number().int().min(0),
  /** Records expected, when known (OGOship gives no totals, so usually null). */
  total: z.number().int().min(0).nullable(),
  /** Estimated share done (0–1), from how far the run moved through change times; null when unknown. */
  fraction: z.number().min(0).max(1).nullable(),
  /** Pages fetched so far in this run. */
  pages: z.number().int().min(0),
  /** True once this resource has reached its last page. */
  finished: z.boolean(),
  /** When the run started, epoch ms. */
  startedAt: z.number(),
});
export type SyncProgress = z.infer<typeof syncProgressSchema>;

/** Whether a sync runs, when the last one finished, and whether OGOship was reachable. */
export const syncStatusSchema = z.object({
  running: z.boolean(),
  online: z.boolean(),
  /** When the last complete sync finished, epoch ms; null before the first. */
  lastSyncAt: z.number().nullable(),
  /** Why the last run stopped early, in words for the merchant; null when it did not. */
  lastError: z.string().nullable(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

/** The outcome of one run, per resource. */
export const syncResultSchema = z.object({
  status: syncStatusSchema,
  fetched: z.record(syncResourceSchema, z.number().int().min(0)),
  pages: z.number().int().min(0),
});
export type SyncResult = z.infer<typeof syncResultSchema>;

/** Sync operations the renderer may call. */
export const syncOperations = {
  'sync.run': operation(
    'Sync the cache with OGOship now (joins a run already going)',
    z.object({}),
    syncResultSchema,
  ),
  'sync.cancel': operation(
    'Stop a running sync; the next run resumes where it stopped',
    z.object({}),
    syncStatusSchema,
  ),
  'sync.status': operation(
    'Read whether a sync runs and when the last one finished',
    z.object({}),
    syncStatusSchema,
  ),
};

/** Sync events pushed to the renderer. */
export const syncEvents = {
  'sync.progress': event('A sync stored another page', syncProgressSchema),
  'sync.status': event('A sync started or stopped', syncStatusSchema),
};
