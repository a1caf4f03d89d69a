// Opens the local SQLite file (node:sqlite, built into Node 24 and Electron 45)
// in the mode that survives a kill -9 or power cut, and runs one function in a
// transaction. Never stores a secret: only data OGOship shows the merchant.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { OgoError } from '../../../shared/errors.js';
import { migrate, type Migration } from './migrate.js';
import { isLockedError } from './sqlite-errors.js';

/** Another process kept the write lock on the database past the busy timeout. */
export class DataFolderBusyError extends OgoError {
  constructor(options?: ErrorOptions) {
    super(
      'internal',
      'Another OGO Desk window or ogo command is using this data folder; try again when it has finished.',
    );
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

/** Opens (creating when missing) the database at `path` and brings its schema up to date. */
export function openDatabase(path: string, migrations: readonly Migration[]): DatabaseSync {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path);
  try {
    // The CLI and the app may share the file; wait for the other's write instead of
    // failing. First, because even switching to WAL needs a lock the other may hold.
    db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // WAL lets the app read while a sync writes; synchronous=FULL also makes every
    // commit durable across a power cut, not only a process crash. Writes are one
    // transaction per 250-record page, so the extra fsync costs little.
    switchToWal(db);
    db.exec('PRAGMA synchronous = FULL');
    db.exec('PRAGMA foreign_keys = ON');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw asBusyError(error);
  }
}

/** Runs `work` inside BEGIN IMMEDIATE … COMMIT; any throw rolls everything back. */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch (error) {
    throw asBusyError(error);
  }
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw asBusyError(error);
  }
}

const BUSY_TIMEOUT_MS = 5000;

// While another process is creating the same fresh file, SQLite may refuse the
// switch to WAL at once, without calling the busy handler; so the switch is
// retried for as long as the busy timeout would have waited.
function switchToWal(db: DatabaseSync): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      db.exec('PRAGMA journal_mode = WAL');
      return;
    } catch (error) {
      if (!isLockedError(error) || Date.now() > deadline) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
    }
  }
}

/** A lock still held after the busy timeout becomes the typed error; anything else is unchanged. */
function asBusyError(error: unknown): unknown {
  return isLockedError(error) ? new DataFolderBusyError({ cause: error }) : error;
}

/** Epoch ms of an OGOship time; a time without an offset is UTC, as OGOship sends it. */
export function timeMs(value: string | null | undefined): number | null {
  if (!value) return null;
  const text = value.trim();
  const hasOffset = /(z|[+-]\d{2}:?\d{2})$/i.test(text) || !/\d{2}:\d{2}/.test(text);
  const ms = Date.parse(hasOffset ? text : `${text}Z`);
  return Number.isNaN(ms) ? null : ms;
}
