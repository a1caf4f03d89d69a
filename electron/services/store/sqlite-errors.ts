// Sorts node:sqlite errors into the few kinds the store reacts to differently: a lock
// another process holds (wait, then say so), and a damaged file (set it aside). Never
// treats anything else as damage: a healthy file must never be moved away.
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_CORRUPT = 11;
const SQLITE_NOTADB = 26;

/** The primary SQLite result code of `error` or of an error it wraps, if any. */
export function sqliteCode(error: unknown): number | null {
  for (let current = error; current instanceof Error; current = current.cause) {
    const code = (current as { errcode?: unknown }).errcode;
    // Extended codes (e.g. SQLITE_BUSY_RECOVERY) keep the primary code in the low byte.
    if (typeof code === 'number') return code & 0xff;
  }
  return null;
}

/** True when another connection held the lock past the busy timeout. */
export function isLockedError(error: unknown): boolean {
  const code = sqliteCode(error);
  return code === SQLITE_BUSY || code === SQLITE_LOCKED;
}

/** True when SQLite says the file itself is damaged or not a database at all. */
export function isCorruptionError(error: unknown): boolean {
  const code = sqliteCode(error);
  return code === SQLITE_CORRUPT || code === SQLITE_NOTADB;
}
