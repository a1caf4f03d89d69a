// Reading files of the handed kinds in other shapes: UTF-16 (Excel "Unicode text"),
// Mac Roman with CR line ends, ISO-8859-15, tabs and commas, overrides, big files.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { CsvParser } from '../../../electron/services/import/csv-parser.js';
import { mapHeaders } from '../../../electron/services/import/header-map.js';
import { openCsv } from '../../../electron/services/import/read-csv.js';
import { preview } from './helpers.js';

const NORDIC = [
  'Artikelnummer\tBenämning\tStreckkod\tInköpspris\tFörsäljningspris\tValuta\tUrsprungsland\tSpråk\tProduktgrupp',
  'ÅRE-01\tÄppelmust från Åland\t7350000000016\t2,10\t4,50\tSEK\tAX\tsv\tDrycker',
  'ÖL-02\t"Öl ""Ljus"", 0,33 l"\t7350000000023\t1 050,00\t2 100,00\tSEK\tSE\tsv\tDrycker',
].join('\r\n');

const bytesOf = (text: string, encoding: string, bom = false) => {
  const body = iconv.encode(text, encoding);
  if (!bom) return body;
  const marks: Record<string, number[]> = { 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff], 'utf-8': [0xef, 0xbb, 0xbf] };
  return Buffer.concat([Buffer.from(marks[encoding]!), body]);
};

describe('import reading', () => {
  for (const encoding of ['utf-16le', 'utf-16be']) {
    it(`reads Excel "Unicode text" (${encoding} with BOM, tab-delimited) with Swedish headers`, async () => {
      const result = await preview({ name: 'unicode.txt', bytes: bytesOf(NORDIC, encoding, true) });
      assert.equal(result.encoding.encoding, encoding);
      assert.equal(result.delimiter.delimiter, '\t');
      assert.deepEqual(result.columns.map((column) => column.field), ['code', 'name', 'eanCode', 'supplyPrice', 'salesPrice', 'currencyCode', 'countryOfOrigin', 'languageCode', 'group']);
      assert.deepEqual(result.samples.new.map((row) => row.code), ['ÅRE-01', 'ÖL-02']);
      const beer = result.samples.new[1]!.changes;
      assert.equal(beer.find((change) => change.field === 'name')?.to, 'Öl "Ljus", 0,33 l');
      assert.equal(beer.find((change) => change.field === 'supplyPrice')?.to, 1050);
    });
  }

  it('reads UTF-16 LE without a BOM from its zero bytes', async () => {
    const result = await preview({ name: 'nobom.txt', bytes: bytesOf(NORDIC, 'utf-16le') });
    assert.equal(result.encoding.encoding, 'utf-16le');
    assert.equal(result.counts.new, 2);
  });

  it('detects Mac Roman (not Windows-1252) and reads old Mac CR line ends with the right line numbers', async () => {
    const text = 'Tuotekoodi;Nimi;Kieli\rKÄSI-01;Käsipyyhe öljyvärikuvalla;fi\rÅRE-02;Ålandsk äppelmust;sv\rBAD;Huono;suomi\r';
    const result = await preview({ name: 'mac.csv', bytes: bytesOf(text, 'macintosh') });
    assert.equal(result.encoding.encoding, 'macintosh');
    assert.match(result.encoding.name, /Mac Roman/);
    assert.deepEqual(result.samples.new.map((row) => row.code), ['KÄSI-01', 'ÅRE-02']);
    assert.deepEqual(result.samples.invalid.map((row) => row.problems[0]?.row), [4]);
  });

  it('detects ISO-8859-15 from Estonian š and ž, which Windows-1252 would turn into symbols', async () => {
    const text = 'Tootekood;Nimetus;Keel\nSOK-1;Šokolaad žele ja õun;et\n';
    const result = await preview({ name: 'eesti.csv', bytes: bytesOf(text, 'iso-8859-15') });
    assert.equal(result.encoding.encoding, 'iso-8859-15');
    assert.equal(result.samples.new[0]?.changes.find((change) => change.field === 'name')?.to, 'Šokolaad žele ja õun');
  });

  it('takes the user’s encoding and delimiter over detection', async () => {
    const bytes = bytesOf('code|name;languageCode\nA;B;fi\n', 'utf-8');
    const result = await preview({ name: 'x.csv', bytes }, [], { encoding: 'iso-8859-1', delimiter: ',' });
    assert.match(result.encoding.reason, /chosen by the user/);
    assert.equal(result.columns.length, 1);
  });

  it('detects commas even when quoted names hold semicolons', async () => {
    const bytes = Buffer.from('code,name,languageCode\nA-1,"Sukat; 3 paria",fi\nA-2,"x; y; z",fi\n');
    const result = await preview({ name: 'c.csv', bytes });
    assert.equal(result.delimiter.delimiter, ',');
    assert.equal(result.counts.new, 2);
  });

  it('fails loudly when a file that looked like UTF-8 is not, past the detection sample', async () => {
    const head = `code;name;languageCode\n${'A;ok;fi\n'.repeat(40_000)}`;
    const bytes = Buffer.concat([Buffer.from(head), Buffer.from([0x42, 0x3b, 0xe4, 0x3b, 0x66, 0x69, 0x0a])]);
    await assert.rejects(preview({ name: 'mixed.csv', bytes }), /not valid UTF-8 all the way through/);
  });

  it('keeps line numbers right across 64 KiB boundaries in a big file with multi-line cells', async () => {
    const rows = Array.from({ length: 4000 }, (_, index) => (index % 7 === 0 ? `R-${index};"two\r\nlines";fi` : `R-${index};one line;fi`));
    const bytes = Buffer.from(['code;description;languageCode', ...rows].join('\r\n'));
    const stream = await openCsv((async function* () { for (let at = 0; at < bytes.length; at += 4093) yield bytes.subarray(at, at + 4093); })());
    let expected = 2;
    for await (const batch of stream.batches) {
      for (const record of batch) {
        assert.equal(record.line, expected, record.cells[0]);
        expected += record.cells[1] === 'two\r\nlines' ? 2 : 1;
      }
    }
    assert.equal(expected, 2 + 4000 + Math.ceil(4000 / 7));
  });

  it('parses any quoted CSV back to its cells whatever the piece boundaries', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ä', ';', '"', '\n', '\r\n', ' ', '1'), maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 9 }), (table, step) => {
        const text = table.map((cells) => cells.map((value) => `"${value.replaceAll('"', '""')}"`).join(';')).join('\r\n');
        const parser = new CsvParser(';');
        const records = [];
        for (let at = 0; at < text.length; at += step) records.push(...parser.push(text.slice(at, at + step)));
        records.push(...parser.end());
        assert.deepEqual(records.map((record) => record.cells), table);
      }),
    );
  });

  it('maps English, Finnish, Swedish and API headers regardless of case, accents and spaces', () => {
    const headers = ['Product Code', 'NIMI', 'Viivakoodi', 'inkopspris', 'Sales price', 'currencyCode', 'Valmistusmaa', 'språk', 'HS-koodi', 'Leverantör', 'Kuvaus', 'Tullinimike', 'Colour'];
    const fields = mapHeaders(headers).map((column) => column.field);
    assert.deepEqual(fields, ['code', 'name', 'eanCode', 'supplyPrice', 'salesPrice', 'currencyCode', 'countryOfOrigin', 'languageCode', 'hsCode', 'supplier', 'description', null, null]);
  });
});
