// A small schema migration runner on SQLite's user_version. Migrations are an
// ordered list; the database remembers how many of them it has applied. Safe when
// two processes open a new file at once: never applies a migration twice.
import type { DatabaseSync } from 'node:sqlite';

/** One schema step. `up` runs inside a transaction together with the version bump. */
export interface Migration {
  /** Short name for errors, e.g. "cache: orders and products". */
  readonly name: string;
  readonly up: (db: DatabaseSync) => void;
}

/** Applies every migration the database has not seen yet, each in its own transaction. */
export function migrate(db: DatabaseSync, migrations: readonly Migration[]): void {
  // Up to date needs no write lock, so a command can open the file while the app writes.
  if (checkedVersion(db, migrations) === migrations.length) return;
  for (;;) {
    db.exec('BEGIN IMMEDIATE');
    try {
      // Read again under the lock: another process may have migrated while we waited.
      const applied = checkedVersion(db, migrations);
      if (applied === migrations.length) {
        db.exec('COMMIT');
        return;
      }
      applyOne(db, migrations[applied]!, applied + 1);
      db.exec('COMMIT');
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw error;
    }
  }
}

function checkedVersion(db: DatabaseSync, migrations: readonly Migration[]): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  if (row.user_version > migrations.length) {
    throw new Error(
      `The local database was written by a newer OGO Desk (schema ${row.user_version}, this one knows ${migrations.length}).`,
    );
  }
  return row.user_version;
}

function applyOne(db: DatabaseSync, migration: Migration, version: number): void {
  try {
    migration.up(db);
    // PRAGMA takes no bound parameters; version is a number we computed.
    db.exec(`PRAGMA user_version = ${version}`);
  } catch (error) {
    // The cause keeps SQLite's code, so a damaged file still reads as damage.
    throw new Error(`Migration ${version} (${migration.name}) failed: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
