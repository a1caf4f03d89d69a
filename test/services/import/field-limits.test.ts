// The preview refuses what OGOship (as the sandbox models it) would answer 400 to:
// over-long text fields and control characters in one-line fields, each named by
// line and column header; a huge cell is flagged without being quoted back.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openCsv } from '../../../electron/services/import/read-csv.js';
import { PRODUCT_TEXT_LIMITS } from '../../../shared/domain/product-limits.js';
import { ValidationError } from '../../../shared/errors.js';
import { preview } from './helpers.js';
import { startImportBench, type ImportBench } from './sandbox-import.js';

const csv = (lines: string[]) => ({ name: 'limits.csv', bytes: new TextEncoder().encode(lines.join('\n')) });
const problemsOf = (rows: { problems: { row?: number; field: string; message: string }[] }[]) => rows.flatMap((row) => row.problems);

describe('import field limits', () => {
  let bench: ImportBench;
  before(async () => (bench = await startImportBench()));
  after(async () => bench.close());

  it('flags a code over 50 and a name over 150 characters by line and header, and the sandbox takes the values at the limit', async () => {
    const atCode = 'C'.repeat(PRODUCT_TEXT_LIMITS.code);
    const atName = 'n'.repeat(PRODUCT_TEXT_LIMITS.name);
    const result = await preview(csv([
      'Tuotekoodi;Nimi;Toimittaja;Kieli',
      `${atCode};${atName};${'s'.repeat(PRODUCT_TEXT_LIMITS.supplier)};fi`,
      `${'D'.repeat(51)};ok;ok;fi`,
      `LONG-NAME;${'n'.repeat(151)};ok;fi`,
      `LONG-SUPPLIER;ok;${'s'.repeat(101)};fi`,
    ]));
    assert.equal(result.counts.new, 1);
    assert.equal(result.counts.invalid, 3);
    const problems = problemsOf(result.samples.invalid).map((problem) => [problem.row, problem.field, problem.message]);
    assert.deepEqual(problems, [
      [3, 'Tuotekoodi', 'Too long: at most 50 characters, found 51'],
      [4, 'Nimi', 'Too long: at most 150 characters, found 151'],
      [5, 'Toimittaja', 'Too long: at most 100 characters, found 101'],
    ]);
    // What the preview calls "new" really goes through.
    await bench.api.products.create({ code: atCode, name: atName, supplier: 's'.repeat(PRODUCT_TEXT_LIMITS.supplier), languageCode: 'fi' });
  });

  it('flags NUL, TAB, ESC, DEL and C1 characters in codes and other one-line fields, but keeps line breaks in a description', async () => {
    const result = await preview(csv([
      'code,name,group,description,languageCode',
      'NUL\u0000CODE,ok,g,d,fi',
      '"TAB\tCODE",ok,g,d,fi',
      'ESC\u001b[31m,ok,g,d,fi',
      'DEL-1,na\u007fme,g,d,fi',
      'C1-1,ok,gr\u0085oup,d,fi',
      'NL-1,ok,g,"two\nlines",fi',
    ]));
    assert.deepEqual(result.samples.new.map((row) => row.code), ['NL-1']);
    const problems = problemsOf(result.samples.invalid).map((problem) => [problem.row, problem.field, problem.message]);
    assert.deepEqual(problems, [
      [2, 'code', 'Holds a control character (U+0000) at position 4; OGOship refuses tabs, line breaks and other control characters here'],
      [3, 'code', 'Holds a control character (U+0009) at position 4; OGOship refuses tabs, line breaks and other control characters here'],
      [4, 'code', 'Holds a control character (U+001B) at position 4; OGOship refuses tabs, line breaks and other control characters here'],
      [5, 'name', 'Holds a control character (U+007F) at position 3; OGOship refuses tabs, line breaks and other control characters here'],
      [6, 'group', 'Holds a control character (U+0085) at position 3; OGOship refuses tabs, line breaks and other control characters here'],
    ]);
  });

  it('flags a 200 KB name as too long without quoting it back', async () => {
    const big = 'x'.repeat(200 * 1024);
    const result = await preview(csv(['code;name;languageCode', `BIG-1;${big};fi`, 'SMALL-1;ok;fi']));
    assert.equal(result.counts.invalid, 1);
    assert.deepEqual(result.samples.new.map((row) => row.code), ['SMALL-1']);
    const [problem] = problemsOf(result.samples.invalid);
    assert.equal(problem?.field, 'name');
    assert.equal(problem!.message, 'Too long: at most 150 characters, found 204,800');
    assert.ok(JSON.stringify(result).length < 50_000, 'the preview must not carry the big cell');
  });

  it('refuses a file with a 50 MB name on that line while reading, before the whole cell is buffered', async () => {
    const huge = 'x'.repeat(50 * 1024 * 1024);
    const bytes = new TextEncoder().encode(['code;name;languageCode', 'SMALL-1;ok;fi', `HUGE-1;${huge};fi`].join('\n'));
    let chunksRead = 0;
    async function* counted() {
      for (let offset = 0; offset < bytes.length; offset += 256 * 1024) {
        chunksRead += 1;
        yield bytes.subarray(offset, offset + 256 * 1024);
      }
    }
    const stream = await openCsv(counted());
    await assert.rejects(
      async () => {
        for await (const batch of stream.batches) void batch;
      },
      (error: unknown) => {
        assert.ok(error instanceof ValidationError);
        assert.match(error.message, /^Line 3: the record starting on this line runs past 1,048,576 characters/i);
        assert.deepEqual(error.problems.map((problem) => [problem.row, problem.field]), [[3, '(file)']]);
        return true;
      },
    );
    assert.ok(chunksRead < 10, `read ${chunksRead} chunks of 256 KiB before refusing`);
  });
});
