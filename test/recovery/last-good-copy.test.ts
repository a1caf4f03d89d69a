// The database's last good copy during a session: refreshed a moment after a change
// (not only at start and quit), left alone while nothing changes, and what a
// damaged file is restored from. Touches only a temp folder.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { keepLastGood, lastGoodPath, openStoreWithRecovery } from '../../electron/services/store/recovery.js';

function addDraft(db: import('node:sqlite').DatabaseSync, reference: string): void {
  db.prepare(
    `INSERT INTO drafts (id, owner, kind, state, reference, reference_key, content, revision, created_ms, updated_ms)
     VALUES (?, 'custom:m1', 'new', 'draft', ?, ?, '{}', 1, 0, 0)`,
  ).run(reference, reference, reference.toLowerCase());
}

const references = (db: import('node:sqlite').DatabaseSync) =>
  (db.prepare('SELECT reference FROM drafts ORDER BY reference').all() as { reference: string }[]).map((row) => row.reference);

describe('last good copy of the database', () => {
  it('takes a new copy after a change, so a draft typed mid-session survives a damaged file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'ogo-last-good-'));
    const path = join(folder, 'ogo.db');
    try {
      const { store } = openStoreWithRecovery(path);
      const stop = keepLastGood(store, path, 30, (error) => assert.fail(String(error)));
      const quietSince = (await stat(lastGoodPath(path))).mtimeMs;
      await sleep(120);
      assert.equal((await stat(lastGoodPath(path))).mtimeMs, quietSince, 'no copy while nothing changed');

      addDraft(store.db, 'OD-MID-SESSION');
      await sleep(120);
      stop();
      // The app dies without a clean close, and the file is then found garbled.
      store.close();
      await writeFile(path, Buffer.alloc(8192, 0x5a));

      const reopened = openStoreWithRecovery(path);
      try {
        assert.equal(reopened.notice?.id, 'database-restored');
        assert.deepEqual(references(reopened.store.db), ['OD-MID-SESSION']);
      } finally {
        reopened.store.close();
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
