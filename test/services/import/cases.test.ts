// The real-world CSV files of ../shared/cases/csv, each with the outcome its README demands.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture, preview } from './helpers.js';

const problemsOf = (rows: { problems: { row?: number; field: string; message: string }[] }[]) => rows.flatMap((row) => row.problems);

describe('import cases', () => {
  it('semicolon-decimal-comma: detects ; and maps Finnish headers, reading 4,20 as 4.20 and keeping "0,3 l" as text', async () => {
    const result = await preview({ filePath: fixture('semicolon-decimal-comma.csv') });
    assert.equal(result.delimiter.delimiter, ';');
    const fields = Object.fromEntries(result.columns.map((column) => [column.header, column.field]));
    assert.deepEqual(fields, {
      Tuotekoodi: 'code', Nimi: 'name', EAN: 'eanCode', Ostohinta: 'supplyPrice', Myyntihinta: 'salesPrice',
      Valuutta: 'currencyCode', 'Alkuperämaa': 'countryOfOrigin', Kieli: 'languageCode', 'Tuoteryhmä': 'group',
    });
    assert.equal(result.counts.new, 5);
    assert.equal(result.counts.invalid, 0);
    const pipo = result.samples.new.find((row) => row.code === 'PIPO-01')!;
    assert.equal(pipo.changes.find((change) => change.field === 'supplyPrice')?.to, 4.2);
    assert.equal(pipo.changes.find((change) => change.field === 'salesPrice')?.to, 12.5);
    const cup = result.samples.new.find((row) => row.code === 'KUPPI-1')!;
    assert.equal(cup.changes.find((change) => change.field === 'name')?.to, 'Kahvikuppi 0,3 l');
  });

  it('bom-utf8: the first header is code, not a BOM, and three products are valid', async () => {
    const result = await preview({ filePath: fixture('bom-utf8.csv') });
    assert.equal(result.columns[0]?.header, 'code');
    assert.equal(result.columns[0]?.field, 'code');
    assert.equal(result.encoding.encoding, 'utf-8');
    assert.match(result.encoding.reason, /byte-order mark/);
    assert.deepEqual(result.samples.new.map((row) => row.code), ['MUG-RED', 'MUG-BLUE', 'TOTE-01']);
    assert.equal(result.counts.invalid, 0);
  });

  it('windows-1252: detects the encoding, shows it, and reads Ä, Ö and Å without replacement characters', async () => {
    const result = await preview({ filePath: fixture('windows-1252.csv') });
    assert.equal(result.encoding.encoding, 'windows-1252');
    assert.match(result.encoding.name, /Windows-1252/);
    assert.deepEqual(result.samples.new.map((row) => row.code), ['KÄSI-01', 'ÅRE-02', 'JÄÄ-03']);
    const names = result.samples.new.map((row) => row.changes.find((change) => change.field === 'name')?.to);
    assert.deepEqual(names.slice(0, 2), ['Käsipyyhe öljyvärikuvalla', 'Ålandsk äppelmust 0,75 l']);
    assert.doesNotMatch(JSON.stringify(result), /\uFFFD/);
    assert.equal(result.counts.new, 3);
    assert.equal(result.counts.invalid, 0);
  });

  it('excel-mangled-ean: keeps zero-led EANs as text, and rejects scientific, short and bad-check EANs with hints', async () => {
    const result = await preview({ filePath: fixture('excel-mangled-ean.csv') });
    assert.deepEqual(result.samples.new.map((row) => row.code), ['OK-1', 'ZERO-2']);
    const zero2 = result.samples.new.find((row) => row.code === 'ZERO-2')!;
    assert.equal(zero2.changes.find((change) => change.field === 'eanCode')?.to, '0012345678905');
    const byCode = new Map(result.samples.invalid.map((row) => [row.code, row.problems]));
    assert.deepEqual([...byCode.keys()], ['SCI-1', 'SCI-2', 'ZERO-1', 'BAD-CHK']);
    for (const code of ['SCI-1', 'SCI-2']) {
      const [problem] = byCode.get(code)!;
      assert.equal(problem?.field, 'eanCode');
      assert.match(problem!.message, /scientific notation/);
      assert.match(problem!.message, /digits are lost/);
      assert.match(problem!.message, /format the column as Text in Excel/i);
    }
    assert.deepEqual(byCode.get('SCI-1')?.map((problem) => problem.row), [3]);
    const [zero1] = byCode.get('ZERO-1')!;
    assert.equal(zero1?.row, 5);
    assert.match(zero1!.message, /11 digits/);
    assert.match(zero1!.message, /[Ll]eading zeros may have been dropped/);
    const [badCheck] = byCode.get('BAD-CHK')!;
    assert.equal(badCheck?.row, 7);
    assert.match(badCheck!.message, /check digit/);
  });

  it('quoted-newlines: reads 3 records, undoubles quotes, keeps line breaks and names each record by its first line', async () => {
    const result = await preview({ filePath: fixture('quoted-newlines.csv') });
    assert.equal(result.counts.rows, 3);
    assert.deepEqual(result.samples.new.map((row) => [row.code, row.line]), [['DESC-1', 2], ['DESC-2', 4], ['DESC-3', 6]]);
    const value = (code: string, field: string) => result.samples.new.find((row) => row.code === code)!.changes.find((change) => change.field === field)?.to;
    assert.equal(value('DESC-2', 'name'), 'Pipo "Classic"');
    assert.equal(value('DESC-1', 'name'), 'Sukat, 3 paria');
    assert.equal(value('DESC-1', 'description'), 'Villasukat\r\nkoko 38–40');
    assert.equal(value('DESC-2', 'description'), 'Yksi koko\r\nsopii kaikille');
  });

  it('trailing-empties: ignores padding columns and rows of bare delimiters without errors', async () => {
    const result = await preview({ filePath: fixture('trailing-empties.csv') });
    assert.deepEqual(result.samples.new.map((row) => row.code), ['PAD-1', 'PAD-2', 'PAD-3']);
    assert.equal(result.counts.rows, 3);
    assert.equal(result.counts.invalid, 0);
    assert.deepEqual(result.unknownHeaders, []);
  });

  it('trailing-empties: an unnamed column that holds data is an error naming the column and line', async () => {
    const bytes = new TextEncoder().encode('code;name;languageCode;;\r\nA-1;First;fi;;\r\nA-2;Second;fi;oops;\r\n;;;;\r\n');
    const result = await preview({ name: 'padded.csv', bytes });
    assert.equal(result.counts.new, 1);
    assert.deepEqual(problemsOf(result.samples.invalid), [
      { row: 3, field: '(column 4)', message: 'Column 4 has no header but line 3 holds data in it; give the column a header or delete it' },
    ]);
  });

  it('duplicate-codes: flags both lines of each repeated code, folding case and spaces, and blocks the import', async () => {
    const result = await preview({ filePath: fixture('duplicate-codes.csv') });
    assert.equal(result.counts.new, 1);
    assert.deepEqual(result.samples.new.map((row) => row.code), ['UNIQ-1']);
    assert.equal(result.counts.invalid, 4);
    assert.deepEqual(result.samples.invalid.map((row) => row.line), [2, 4, 5, 6]);
    const messages = problemsOf(result.samples.invalid);
    assert.ok(messages.every((problem) => problem.field === 'code'));
    assert.match(messages[0]!.message, /"DUP-A" appears on lines 2 and 4/);
    assert.equal(messages[0]!.message, messages[1]!.message);
    assert.match(messages[2]!.message, /"dup-b" on line 5, "DUP-B" on line 6/);
    assert.match(messages[2]!.message, /lines 5 and 6/);
    assert.notEqual(result.blocked, null);
  });
});
