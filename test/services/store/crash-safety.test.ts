// A writer killed with SIGKILL in the middle of a transaction leaves a database
// that opens, passes SQLite's integrity check, and whose data matches its
// saved sync position (no half page, no page without its position).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../../electron/services/store/index.js';

const CHILD = fileURLToPath(new URL('./write-until-killed.ts', import.meta.url));
const PAGE_SIZE = 2000;

/** Starts the writer and kills it with SIGKILL once it has committed `pages` pages. */
function killAfter(path: string, pages: number): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, path, String(PAGE_SIZE)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text: string) => {
      if (text.includes(`committed ${pages}\n`)) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited by itself (${signal})`)),
    );
  });
}

describe('store crash safety', () => {
  it('keeps every page whole and in step with its position after kill -9', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ogo-crash-'));
    try {
      const path = join(dir, 'ogo.db');
      for (const pages of [2, 5]) {
        await killAfter(path, pages);

        const store = openStore(path);
        const integrity = store.db.prepare('PRAGMA integrity_check').get() as {
          integrity_check: string;
        };
        const position = store.syncState.get('orders');
        const count = store.orders.count();
        store.close();

        assert.equal(integrity.integrity_check, 'ok');
        assert.ok(
          position.nextPage > pages,
          `position ${position.nextPage} lost committed page ${pages}`,
        );
        assert.equal(count, (position.nextPage - 1) * PAGE_SIZE);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
