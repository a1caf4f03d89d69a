// The import's contract handlers through the real router: preview on a worker thread,
// start, progress events, results, failed rows and mapping profiles, against a sandbox.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { EventBus } from '../../../electron/services/event-bus.js';
import { createImportHandlers } from '../../../electron/services/import/handlers.js';
import { createRouter, type OperationHandlers } from '../../../electron/services/router.js';
import type { EventPayload } from '../../../shared/contract/index.js';
import { fixture } from './helpers.js';
import { startImportBench, type ImportBench } from './sandbox-import.js';

describe('import handlers', () => {
  let bench: ImportBench;
  let bus: EventBus;
  let call: (name: string, input: unknown) => Promise<any>;

  before(async () => {
    bench = await startImportBench();
    bus = new EventBus();
    const handlers = createImportHandlers({ dataDir: bench.dataDir, bus, loadCatalogue: () => bench.catalogue(), createSender: bench.deps.createSender });
    const router = createRouter(handlers as unknown as OperationHandlers, () => undefined);
    call = async (name, input) => {
      const result = await router.call(name, input);
      if (!result.ok) throw Object.assign(new Error(result.error.message), { payload: result.error });
      return result.value;
    };
  });
  after(() => bench.close());

  it('previews uploaded Windows-1252 bytes on a worker, imports them, and reports progress until finished', async () => {
    const bytes = await readFile(fixture('windows-1252.csv'));
    const preview = await call('import.preview', { source: { name: 'windows-1252.csv', bytesBase64: bytes.toString('base64') } });
    assert.equal(preview.encoding.encoding, 'windows-1252');
    assert.equal(preview.fileName, 'windows-1252.csv');
    assert.equal(preview.counts.new, 3);

    const states: EventPayload<'import.progress'>[] = [];
    const finished = new Promise<void>((resolve) =>
      bus.on('import.progress', (progress) => {
        states.push(progress);
        if (progress.state === 'finished') resolve();
      }),
    );
    const { importId } = await call('import.start', { previewId: preview.previewId, erase: [] });
    await finished;

    assert.deepEqual(states.at(-1), { importId, done: 3, failed: 0, total: 3, ratePerSecond: states.at(-1)!.ratePerSecond, etaSeconds: 0, state: 'finished' });
    const result = await call('import.result', { importId });
    assert.deepEqual(result.results.map((row: { code: string; outcome: string }) => [row.code, row.outcome]).sort(), [
      ['JÄÄ-03', 'created'],
      ['KÄSI-01', 'created'],
      ['ÅRE-02', 'created'],
    ]);
    assert.equal((await bench.api.products.list({ code: 'KÄSI-01' }))[0]?.name, 'Käsipyyhe öljyvärikuvalla');
    const failed = await call('import.failedCsv', { importId });
    assert.equal(failed.fileName, 'windows-1252-failed.csv');
    assert.equal(failed.csv, '\uFEFFTuotekoodi;Nimi;EAN;Myyntihinta;Kieli;Import problem\r\n');
  });

  it('refuses to start an import whose preview found duplicate codes', async () => {
    const bytes = await readFile(fixture('duplicate-codes.csv'));
    const preview = await call('import.preview', { source: { name: 'duplicate-codes.csv', bytesBase64: bytes.toString('base64') } });
    assert.match(preview.blocked, /appear on more than one line/);
    await assert.rejects(call('import.start', { previewId: preview.previewId, erase: [] }), /more than one line/);
  });

  it('applies a manual mapping and saves it as a profile in the data folder', async () => {
    const bytes = Buffer.from('Artikel-ID;Benämning;Språk\nMAP-1;Mappad;sv\n');
    const mapping = { 'Artikel-ID': 'code' };
    const preview = await call('import.preview', { source: { name: 'map.csv', bytesBase64: bytes.toString('base64') }, mapping });
    assert.deepEqual(preview.columns.map((column: { field: string; source: string }) => [column.field, column.source]), [
      ['code', 'manual'],
      ['name', 'auto'],
      ['languageCode', 'auto'],
    ]);
    await call('import.profiles.save', { name: 'Weekly ERP', mapping });
    assert.deepEqual(await call('import.profiles.list', {}), [{ name: 'Weekly ERP', mapping }]);
    assert.deepEqual(JSON.parse(await readFile(`${bench.dataDir}/import-mapping-profiles.json`, 'utf8')), [{ name: 'Weekly ERP', mapping }]);
  });
});
