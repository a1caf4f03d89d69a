// handlers: the import preview compares a file with OGOship's catalogue as it is
// now, not with a cache that has not synced yet, so existing products never
// preview as new (their creates would fail with 409).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createServices } from '../../../electron/services/create-services.js';
import { createHandlers } from '../../../electron/services/handlers/index.js';
import { createRouter } from '../../../electron/services/router.js';

describe('handlers: import catalogue', () => {
  it('previews a product the cache has not seen yet, but OGOship has, as changed rather than new', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ogo-import-catalogue-'));
    const services = await createServices({
      dataDir,
      keychainService: `ogo-import-catalogue-${randomUUID().slice(0, 8)}`,
      env: {},
      logConsole: false,
      background: false,
    });
    try {
      const credentials = await services.switchToSandbox();
      await services.session().signIn(credentials);
      const [existing] = await services.api.products.list({ limit: 1, page: 1 });
      assert.ok(existing, 'the sandbox has products');
      assert.equal(services.store.products.count(), 0, 'nothing is cached yet');

      const renamed = `"${String(existing.name).replaceAll('"', '""')} (renamed)"`;
      const csv = `code,name,languageCode\n${existing.code},${renamed},en\nBRAND-NEW-1,New one,en\n`;
      const router = createRouter(createHandlers(services), () => undefined);
      const result = await router.call('import.preview', {
        source: { name: 'catalogue.csv', bytesBase64: Buffer.from(csv).toString('base64') },
      });

      assert.equal(result.ok, true, JSON.stringify(result));
      const preview = (result as { value: { counts: Record<string, number> } }).value;
      assert.equal(preview.counts.changed, 1, `the existing product is a change: ${JSON.stringify(preview.counts)}`);
      assert.equal(preview.counts.new, 1, 'only the unknown code is new');
    } finally {
      await services.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
