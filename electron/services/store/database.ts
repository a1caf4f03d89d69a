// Opens the local SQLite file (node:sqlite, built into Node 24 and Electron 45)
// in the mode that survives a kill -9 or power cut, and runs one function in a
// transaction. Never stores a secret: only data OGOship shows the merchant.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { migrate, type Migration } from './migrate.js';

/** Opens (creating when missing) the database at `path` and brings its schema up to date. */
export function openDatabase(path: string, migrations: readonly Migration[]): DatabaseSync {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path);
  // WAL lets the app read while a sync writes; synchronous=FULL also makes every
  // commit durable across a power cut, not only a process crash. Writes are one
  // transaction per 250-record page, so the extra fsync costs little.
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA foreign_keys = ON');
  // The CLI and the app may share the file; wait for the other's write instead of failing.
  db.exec('PRAGMA busy_timeout = 5000');
  migrate(db, migrations);
  return db;
}

/** Runs `work` inside BEGIN IMMEDIATE … COMMIT; any throw rolls everything back. */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

/** Epoch ms of an OGOship time; a time without an offset is UTC, as OGOship sends it. */
export function timeMs(value: string | null | undefined): number | null {
  if (!value) return null;
  const text = value.trim();
  const hasOffset = /(z|[+-]\d{2}:?\d{2})$/i.test(text) || !/\d{2}:\d{2}/.test(text);
  const ms = Date.parse(hasOffset ? text : `${text}Z`);
  return Number.isNaN(ms) ? null : ms;
}
