// import.preview takes a file's bytes, never a path: a compromised renderer must
// not be able to make the main side read a local file it names. Checked at the
// router, the one place every transport's input is validated.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EventBus } from '../../electron/services/event-bus.js';
import { createImportHandlers } from '../../electron/services/import/handlers.js';
import { createRouter, type OperationHandlers } from '../../electron/services/router.js';

describe('import.preview source', () => {
  let dataDir: string;
  let secretFile: string;
  let router: ReturnType<typeof createRouter>;

  before(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ogo-import-source-'));
    secretFile = path.join(dataDir, 'private.csv');
    await writeFile(secretFile, 'code;name\nPRIVATE-1;Private row\n');
    const handlers = createImportHandlers({
      dataDir,
      bus: new EventBus(),
      loadCatalogue: async () => new Map(),
      createSender: () => {
        throw new Error('a preview sends nothing');
      },
      useWorker: false,
    });
    router = createRouter(handlers as unknown as OperationHandlers, () => undefined);
  });

  after(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses a file path, alone or beside bytes, without reading the file', async () => {
    const bytes = Buffer.from('code;name\nA-1;A\n').toString('base64');
    for (const source of [
      { filePath: secretFile },
      { name: 'x.csv', bytesBase64: bytes, filePath: secretFile },
      { name: secretFile },
    ]) {
      const result = await router.call('import.preview', { source });
      assert.equal(result.ok, false, JSON.stringify(source));
      if (!result.ok) {
        assert.equal(result.error.kind, 'validation');
        assert.doesNotMatch(JSON.stringify(result.error), /PRIVATE-1/);
      }
    }
  });

  it('previews a file sent as bytes', async () => {
    const bytes = Buffer.from('code;name\nA-1;Alpha\n').toString('base64');
    const result = await router.call('import.preview', {
      source: { name: 'a.csv', bytesBase64: bytes },
    });
    assert.equal(result.ok, true);
    if (result.ok) assert.equal((result.value as { counts: { rows: number } }).counts.rows, 1);
  });
});
