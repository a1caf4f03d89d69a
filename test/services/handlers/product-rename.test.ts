// handlers: renaming a product (products.update with a new code) leaves only the
// new code in the cache, also after the next sync, as the merchant sees in Products.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createServices } from '../../../electron/services/create-services.js';
import { createHandlers } from '../../../electron/services/handlers/index.js';
import { createRouter } from '../../../electron/services/router.js';

type Page = { total: number; rows: Array<{ code: string }> };

describe('handlers: product rename', () => {
  it('removes the old code from the cache when a rename succeeds, and sync does not bring it back', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ogo-product-rename-'));
    const services = await createServices({
      dataDir,
      keychainService: `ogo-product-rename-${randomUUID().slice(0, 8)}`,
      env: {},
      logConsole: false,
      background: false,
    });
    try {
      const credentials = await services.switchToSandbox();
      await services.session().signIn(credentials);
      const router = createRouter(createHandlers(services), () => undefined);
      const synced = await router.call('sync.run', undefined);
      assert.equal(synced.ok, true, JSON.stringify(synced));
      const before = (await router.call('products.list', {})) as { ok: true; value: Page };
      const old = before.value.rows[0];
      assert.ok(old, 'the sandbox catalogue is cached');
      const product = await router.call('products.get', { code: old.code });
      const full = (product as { value: Record<string, unknown> }).value;
      const newCode = `RENAMED-${randomUUID().slice(0, 8)}`;

      const renamed = await router.call('products.update', {
        code: old.code,
        product: { code: newCode, name: String(full.name ?? 'Renamed product'), languageCode: 'en' },
      });
      assert.equal(renamed.ok, true, JSON.stringify(renamed));

      for (const moment of ['after the rename', 'after Sync now']) {
        const oldRow = await router.call('products.get', { code: old.code });
        assert.deepEqual(oldRow, { ok: true, value: null }, `old code is gone ${moment}`);
        const newRow = (await router.call('products.get', { code: newCode })) as {
          value: { code: string } | null;
        };
        assert.equal(newRow.value?.code, newCode, `new code is cached ${moment}`);
        const page = (await router.call('products.list', { search: old.code })) as { value: Page };
        assert.ok(!page.value.rows.some((row) => row.code === old.code), `Products lists no ${old.code} ${moment}`);
        await router.call('sync.run', undefined);
      }
    } finally {
      await services.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
