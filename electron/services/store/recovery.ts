// Opens the local database so a damaged file never stops OGO Desk from starting:
// checks it, and when it is garbled or truncated sets it aside, restores the last
// good copy (made with VACUUM INTO at every healthy start and clean close) or starts
// empty, and says in plain words what the user lost. Never deletes a damaged file.
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import type { StartupNotice } from '../../../shared/contract/app.js';
import { MIGRATIONS } from './migrations/index.js';
import type { Migration } from './migrate.js';
import { openStore, type Store } from './index.js';
import { isCorruptionError } from './sqlite-errors.js';

/** A store opened with recovery, and what the user must be told about it (if anything). */
export interface RecoveredStore {
  readonly store: Store;
  readonly notice: StartupNotice | null;
}

/** The last good copy kept next to the database. */
export function lastGoodPath(path: string): string {
  return path.replace(/(\.db)?$/, '.last-good.db');
}

const SIDE_FILES = ['-wal', '-shm'];

/** Opens `path`, recovering from a damaged file; keeps a fresh last good copy when healthy. */
export function openStoreWithRecovery(path: string, migrations: readonly Migration[] = MIGRATIONS): RecoveredStore {
  const healthy = tryOpen(path, migrations);
  if (healthy) {
    saveLastGood(healthy, path);
    return { store: healthy, notice: null };
  }
  const keptAt = setAside(path);
  const backup = lastGoodPath(path);
  if (existsSync(backup) && isHealthyFile(backup)) {
    const takenAt = statSync(backup).mtime;
    copyFileSync(backup, path);
    const restored = tryOpen(path, migrations);
    if (restored) return { store: restored, notice: restoredNotice(takenAt, keptAt) };
    setAside(path);
  }
  return { store: openStore(path, migrations), notice: startedCleanNotice(keptAt) };
}

// LIMIT: the copy is taken at a healthy start, a clean close and every few minutes after a
// change (keepLastGood), so a file damaged mid-session comes back without the last minutes'
// draft edits; the copy is written synchronously (about 0.1 s for a few MB of cache).
/** Writes a consistent copy of the open database beside it (atomically replaced). */
export function saveLastGood(store: Store, path: string): void {
  if (path === ':memory:' || !store.db.isOpen) return;
  const target = lastGoodPath(path);
  // Each process writes its own temp file: the app and an `ogo` command may copy at once.
  const partial = `${target}.${process.pid}-${randomBytes(4).toString('hex')}.partial`;
  try {
    // VACUUM INTO writes a compact, consistent snapshot even while WAL holds recent commits.
    store.db.prepare('VACUUM INTO ?').run(partial);
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    // Losing the rename to another process's fresh copy is fine (Windows refuses to
    // replace a file another process is renaming); anything else is a real failure.
    if (!(isRenameRace(error) && existsSync(target))) throw error;
  }
}

// LIMIT: a temp copy left by a process killed mid-copy stays beside the database until
// the data folder is cleaned; it is never read, and the next copy uses a new name.
function isRenameRace(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EPERM' || code === 'EACCES' || code === 'EBUSY';
}

/** Copies the database every `everyMs` when something changed since the last copy; returns a stop function. */
export function keepLastGood(store: Store, path: string, everyMs: number, onError: (error: unknown) => void): () => void {
  const changes = () => (store.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  let copiedAt = changes();
  const timer = setInterval(() => {
    if (!store.db.isOpen || changes() === copiedAt) return;
    try {
      saveLastGood(store, path);
      copiedAt = changes();
    } catch (error) {
      onError(error);
    }
  }, everyMs);
  // A pending copy must never keep the process alive.
  timer.unref();
  return () => clearInterval(timer);
}

// Null only for real damage; a lock, a newer schema or a failing migration is thrown
// as is, because moving a healthy file another process has open would lose its data.
function tryOpen(path: string, migrations: readonly Migration[]): Store | null {
  let store: Store;
  try {
    store = openStore(path, migrations);
  } catch (error) {
    if (isCorruptionError(error)) return null;
    throw error;
  }
  try {
    if (passesCheck(store.db)) return store;
  } catch (error) {
    if (!isCorruptionError(error)) {
      store.close();
      throw error;
    }
  }
  store.close();
  return null;
}

function passesCheck(db: DatabaseSync): boolean {
  const rows = db.prepare('PRAGMA quick_check').all() as { quick_check: string }[];
  return rows.length === 1 && rows[0]!.quick_check === 'ok';
}

function isHealthyFile(path: string): boolean {
  try {
    const db = new DatabaseSync(path, { readOnly: true });
    try {
      return passesCheck(db);
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

// Renames the damaged file (and its WAL side files) so support can still look at it.
// LIMIT: two processes starting on the same truly damaged file at the same moment are
// not coordinated; one may fail its rename and exit with an error (the next start is clean).
function setAside(path: string): string {
  const kept = `${path}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  if (existsSync(path)) renameSync(path, kept);
  for (const suffix of SIDE_FILES) {
    if (existsSync(path + suffix)) renameSync(path + suffix, kept + suffix);
  }
  return kept;
}

function restoredNotice(takenAt: Date, keptAt: string): StartupNotice {
  return {
    id: 'database-restored',
    severity: 'warning',
    title: 'The local database was damaged and has been restored',
    message:
      `OGO Desk restored the copy saved at ${takenAt.toISOString()}. Drafts and queued orders from that moment are back; ` +
      'changes made to drafts after it are lost. Orders and products refill from OGOship at the next sync. ' +
      `The damaged file was kept as ${keptAt}.`,
  };
}

function startedCleanNotice(keptAt: string): StartupNotice {
  return {
    id: 'database-reset',
    severity: 'error',
    title: 'The local database was damaged and no good copy was found',
    message:
      'OGO Desk started with an empty local database: drafts and orders waiting to be sent are lost. ' +
      'Orders and products refill from OGOship at the next sync. ' +
      `The damaged file was kept as ${keptAt}.`,
  };
}
