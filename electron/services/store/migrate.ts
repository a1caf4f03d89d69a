// A small schema migration runner on SQLite's user_version. Migrations are an
// ordered list; the database remembers how many of them it has applied.
import type { DatabaseSync } from 'node:sqlite';

/** One schema step. `up` runs inside a transaction together with the version bump. */
export interface Migration {
  /** Short name for errors, e.g. "cache: orders and products". */
  readonly name: string;
  readonly up: (db: DatabaseSync) => void;
}

/** Applies every migration the database has not seen yet, each in its own transaction. */
export function migrate(db: DatabaseSync, migrations: readonly Migration[]): void {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  const applied = row.user_version;
  if (applied > migrations.length) {
    throw new Error(
      `The local database was written by a newer OGO Desk (schema ${applied}, this one knows ${migrations.length}).`,
    );
  }
  for (let index = applied; index < migrations.length; index++) {
    const migration = migrations[index]!;
    db.exec('BEGIN IMMEDIATE');
    try {
      migration.up(db);
      // PRAGMA takes no bound parameters; index is a number we computed.
      db.exec(`PRAGMA user_version = ${index + 1}`);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw new Error(
        `Migration ${index + 1} (${migration.name}) failed: ${(error as Error).message}`,
      );
    }
  }
}
