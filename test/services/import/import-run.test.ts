// The import against a real sandbox: only changed rows sent, bounded concurrency,
// push-back, ambiguous failures, cancel and resume, erase choices, failed rows.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { previewImport, resumeImport, startImport } from '../../../electron/services/import/engine.js';
import { failedRowsCsv } from '../../../electron/services/import/failed-csv.js';
import type { ImportProgress } from '../../../electron/services/import/progress.js';
import { addFault } from '../api/sandbox-helpers.js';
import { newProductsCsv, productWrites, startImportBench, type ImportBench } from './sandbox-import.js';

async function importCsv(bench: ImportBench, name: string, text: string, options: { concurrency?: number; erase?: string[]; onProgress?: (p: ImportProgress) => void } = {}) {
  const filePath = await bench.writeCsv(name, text);
  const catalogue = await bench.catalogue();
  const prepared = await previewImport({ source: { filePath } }, catalogue);
  const run = await startImport(bench.deps, prepared, (options.erase ?? []) as never[], { catalogue, concurrency: options.concurrency, onProgress: options.onProgress });
  return { prepared, run, report: await run.finished };
}

describe('import run', () => {
  let bench: ImportBench;
  before(async () => {
    bench = await startImportBench({ latencyMs: 15 });
  });
  after(() => bench.close());

  it('sends only new and changed rows: one POST, one PUT, nothing for unchanged or invalid rows', async () => {
    const [same, renamed] = [...(await bench.catalogue()).values()];
    const csv = [
      'code;name;languageCode;salesPrice',
      `${same!.code};${same!.name};${same!.languageCode};${String(same!.salesPrice ?? '').replace('.', ',')}`,
      `${renamed!.code};Renamed by import;${renamed!.languageCode};`,
      'ONLY-NEW-1;Brand new;fi;4,50',
      'BROKEN-1;Bad price;fi;12,5,0',
    ].join('\r\n');
    const before = (await productWrites(bench.sandbox.url)).length;
    const { prepared, report } = await importCsv(bench, 'only-changed.csv', csv);

    assert.deepEqual(prepared.summary.counts, { rows: 4, new: 1, changed: 1, unchanged: 1, invalid: 1 });
    const writes = (await productWrites(bench.sandbox.url)).slice(before);
    assert.deepEqual(writes.map((entry) => [entry.method, entry.status]).sort(), [['POST', 201], ['PUT', 200]]);
    assert.deepEqual(report.counts, { created: 1, updated: 1, unchanged: 1, invalid: 1, failed: 0, notSent: 0 });
    assert.equal((await bench.api.products.list({ code: renamed!.code }))[0]?.name, 'Renamed by import');
    assert.equal((await bench.api.products.list({ code: 'ONLY-NEW-1' }))[0]?.salesPrice, 4.5);
    assert.equal(report.state, 'finished');
  });

  it('never has more requests in flight than the concurrency asked for', async () => {
    await importCsv(bench, 'bounded.csv', newProductsCsv('BOUND', 24), { concurrency: 3 });
    assert.equal(bench.maxInFlight(), 3);
  });

  it('slows down on 429, waits out Retry-After, and still creates each product once', async () => {
    await addFault(bench.sandbox.url, { method: 'POST', path: '/api/v1/products', count: 3, status: 429, retryAfter: 1 });
    const before = (await productWrites(bench.sandbox.url)).length;
    const { run, report } = await importCsv(bench, 'throttled.csv', newProductsCsv('THROTTLE', 8), { concurrency: 4 });

    const writes = (await productWrites(bench.sandbox.url)).slice(before);
    assert.equal(writes.filter((entry) => entry.status === 429).length, 3);
    assert.equal(writes.filter((entry) => entry.status === 201).length, 8);
    assert.equal(report.counts.created, 8);
    assert.ok(run.limiter.limit < 4, `limit after push-back: ${run.limiter.limit}`);
  });

  it('after a create whose answer was lost, looks the product up instead of sending it again', async () => {
    await addFault(bench.sandbox.url, { method: 'POST', path: '/api/v1/products', count: 1, commitThenDrop: true });
    const before = (await productWrites(bench.sandbox.url)).length;
    const { report } = await importCsv(bench, 'dropped.csv', newProductsCsv('DROPPED', 1));

    const writes = (await productWrites(bench.sandbox.url)).slice(before);
    assert.equal(writes.length, 1, JSON.stringify(writes));
    assert.deepEqual(report.counts.created, 1);
    assert.equal((await bench.api.products.list({ code: 'DROPPED-1' })).length, 1);
  });

  it('cancel stops new sends; resume sends the rest and nothing twice', async () => {
    const before = (await productWrites(bench.sandbox.url)).length;
    const filePath = await bench.writeCsv('cancel.csv', newProductsCsv('CANCEL', 30));
    const catalogue = await bench.catalogue();
    const prepared = await previewImport({ source: { filePath } }, catalogue);
    // Progress reports are throttled by time; a clock that leaps on every read makes
    // each row report, so the cancel lands at row 6 however fast the sandbox answers.
    let clock = Date.now();
    const leapingClock = () => (clock += 60_000);
    const run = await startImport({ ...bench.deps, now: leapingClock }, prepared, [], {
      catalogue,
      concurrency: 2,
      onProgress: (progress) => {
        if (progress.done >= 6) run.cancel();
      },
    });
    const first = await run.finished;
    assert.equal(first.state, 'cancelled');
    assert.ok(first.counts.created >= 6 && first.counts.created < 30, `created before cancel: ${first.counts.created}`);

    const resumed = await resumeImport(bench.deps, run.importId, { catalogue: await bench.catalogue() });
    const second = await resumed.finished;
    assert.equal(second.state, 'finished');
    const writes = (await productWrites(bench.sandbox.url)).slice(before);
    assert.equal(writes.length, 30, 'one POST per product, none repeated');
    assert.ok(writes.every((entry) => entry.method === 'POST' && entry.status === 201));
    assert.equal(resumed.progress().done, 30);
  });

  it('pause lets requests in flight finish and starts no new ones until resume', async () => {
    const before = (await productWrites(bench.sandbox.url)).length;
    const filePath = await bench.writeCsv('pause.csv', newProductsCsv('PAUSE', 100));
    const catalogue = await bench.catalogue();
    const prepared = await previewImport({ source: { filePath } }, catalogue);
    const states: string[] = [];
    const run = await startImport(bench.deps, prepared, [], {
      catalogue,
      concurrency: 2,
      onProgress: (progress) => {
        states.push(progress.state);
        if (progress.state === 'running' && !states.includes('paused')) run.pause();
      },
    });
    while (run.progress().state === 'running' || run.limiter.active > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(run.progress().state, 'paused');
    const atPause = (await productWrites(bench.sandbox.url)).length - before;
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal((await productWrites(bench.sandbox.url)).length - before, atPause, 'nothing sent while paused');
    assert.ok(atPause > 0 && atPause < 100, `sent before the pause: ${atPause}`);

    run.resume();
    const report = await run.finished;
    assert.equal(report.counts.created, 100);
    assert.equal((await productWrites(bench.sandbox.url)).length - before, 100);
    assert.deepEqual([...new Set(states)], ['running', 'paused', 'finished']);
  });

  it('keeps stored values behind blank cells unless the user chooses to erase that column', async () => {
    const csv = ['code,name,group,languageCode', 'ERASE-1,Has group,Hats,fi'].join('\n');
    await importCsv(bench, 'erase-seed.csv', csv);
    const blank = ['code,name,group,languageCode', 'ERASE-1,Has group,,fi'].join('\n');

    const kept = await importCsv(bench, 'erase-keep.csv', blank);
    assert.deepEqual(kept.prepared.summary.erasable, [{ field: 'group', header: 'group', rows: 1 }]);
    assert.equal(kept.report.counts.unchanged, 1);
    assert.equal((await bench.api.products.list({ code: 'ERASE-1' }))[0]?.group, 'Hats');

    const erased = await importCsv(bench, 'erase-erase.csv', blank, { erase: ['group'] });
    assert.equal(erased.report.counts.updated, 1);
    assert.equal((await bench.api.products.list({ code: 'ERASE-1' }))[0]?.group ?? null, null);
  });

  it('exports invalid and refused rows as CSV that Excel cannot run as formulas', async () => {
    // RACE-1 is new at preview time but created elsewhere before the import sends it: OGOship refuses it (409).
    const csv = ['code;name;languageCode', 'RACE-1;=HYPERLINK("http://x");fi', 'BAD-LANG;+SUM(A1);fin', 'GOOD-1;@ok;fi'].join('\n');
    const filePath = await bench.writeCsv('failing.csv', csv);
    const catalogue = await bench.catalogue();
    const prepared = await previewImport({ source: { filePath } }, catalogue);
    await bench.api.products.create({ code: 'RACE-1', languageCode: 'fi' });
    const report = await (await startImport(bench.deps, prepared, [], { catalogue })).finished;

    assert.equal(report.counts.created, 1);
    assert.equal(report.counts.failed, 1);
    assert.equal(report.counts.invalid, 1);
    const text = failedRowsCsv(report.header, report.failedRows, report.delimiter);
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(lines[0], 'code;name;languageCode;Import problem');
    assert.match(lines[1]!, /^RACE-1;"'=HYPERLINK\(""http:\/\/x""\)";fi;"Line 2: OGOship answered 409: A product with code RACE-1 already exists;/);
    assert.equal(lines[2], `BAD-LANG;'+SUM(A1);fin;"Line 3: languageCode: A language code must be 2 letters (ISO 639-1, e.g. fi, sv, en); found ""fin"""`);
    assert.equal(lines.length, 3);
  });
});
