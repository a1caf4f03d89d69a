// Where each resource's sync stands: the modifiedAfter cursor of the next request,
// the page within it, and the newest change seen by the run in progress.
import type { DatabaseSync } from 'node:sqlite';

/** The resources the sync keeps a cursor for. */
export type SyncResource = 'orders' | 'products' | 'stock';

/** One resource's saved position. */
export interface SyncPosition {
  /** modifiedAfter of the next request; null means from the very beginning. */
  cursor: string | null;
  /** Page of the next request under `cursor` (1 unless a run was interrupted). */
  nextPage: number;
  /** Newest change time seen by the unfinished run, or null between runs. */
  highWater: string | null;
  /** When the unfinished run started (epoch ms), or null between runs. */
  runStartedAt: number | null;
  /** When the last complete run finished (epoch ms), or null before the first. */
  lastSuccessAt: number | null;
}

const EMPTY: SyncPosition = {
  cursor: null,
  nextPage: 1,
  highWater: null,
  runStartedAt: null,
  lastSuccessAt: null,
};

/** Reads and writes sync positions; writes belong in the same transaction as the page they follow. */
export function syncStateTable(db: DatabaseSync) {
  const select = db.prepare(`SELECT cursor, next_page AS nextPage, high_water AS highWater,
    run_started_at AS runStartedAt, last_success_at AS lastSuccessAt FROM sync_state WHERE resource = ?`);
  const upsert = db.prepare(`
    INSERT INTO sync_state (resource, cursor, next_page, high_water, run_started_at, last_success_at)
    VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (resource) DO UPDATE SET cursor = excluded.cursor, next_page = excluded.next_page,
      high_water = excluded.high_water, run_started_at = excluded.run_started_at,
      last_success_at = excluded.last_success_at`);

  /** The saved position of `resource` (the beginning when never synced). */
  function get(resource: SyncResource): SyncPosition {
    const row = select.get(resource) as SyncPosition | undefined;
    return row ? { ...row } : { ...EMPTY };
  }

  /** Saves the position of `resource`. */
  function save(resource: SyncResource, position: SyncPosition): void {
    upsert.run(
      resource,
      position.cursor,
      position.nextPage,
      position.highWater,
      position.runStartedAt,
      position.lastSuccessAt,
    );
  }

  return { get, save };
}

/** Sync positions of one store. */
export type SyncStateTable = ReturnType<typeof syncStateTable>;
