// Property-based tests of the CSV import's reader and checker: any bytes, any quoting,
// any delimiter and encoding either read or are refused with a ValidationError that
// points at a line and a column; a table written as CSV reads back cell for cell.
// Never touches the network or the disk.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { ValidationError } from '../../shared/errors.js';
import { IMPORT_DELIMITERS, type ImportDelimiter } from '../../electron/services/import/delimiter.js';
import { IMPORT_ENCODINGS, type ImportEncoding } from '../../electron/services/import/encoding.js';
import { buildPreview } from '../../electron/services/import/preview.js';
import { openCsv } from '../../electron/services/import/read-csv.js';
import type { CsvRecord } from '../../electron/services/import/csv-parser.js';
import { propertyOptions } from './options.js';

// Split into pieces of random size, so records and multi-byte characters straddle chunks.
async function* chunked(bytes: Uint8Array, sizes: readonly number[]): AsyncGenerator<Uint8Array> {
  let offset = 0;
  for (let index = 0; offset < bytes.length; index += 1) {
    const size = sizes.length === 0 ? bytes.length : sizes[index % sizes.length]!;
    yield bytes.subarray(offset, offset + size);
    offset += size;
  }
}

async function readAll(bytes: Uint8Array, sizes: number[], encoding?: ImportEncoding, delimiter?: ImportDelimiter): Promise<CsvRecord[]> {
  const stream = await openCsv(chunked(bytes, sizes), { encoding, delimiter });
  const records = [stream.header];
  for await (const batch of stream.batches) records.push(...batch);
  return records;
}

// Whole-file refusals say what to do about the file; everything else must name where.
const WHOLE_FILE = [/^The file is empty/, /^The file is not valid UTF-8/];

function assertNamesLineAndColumn(error: unknown): void {
  assert.ok(error instanceof ValidationError, `not a ValidationError: ${String(error)}`);
  if (WHOLE_FILE.some((pattern) => pattern.test(error.message))) return;
  assert.ok(error.problems.length > 0, `no problems listed: ${error.message}`);
  for (const problem of error.problems) {
    assert.ok(Number.isInteger(problem.row) && problem.row! >= 1, `no line in ${JSON.stringify(problem)}`);
    assert.ok(problem.field.length > 0, `no column in ${JSON.stringify(problem)}`);
  }
}

async function previewBytes(bytes: Uint8Array, sizes: number[], encoding?: ImportEncoding, delimiter?: ImportDelimiter) {
  const stream = await openCsv(chunked(bytes, sizes), { encoding, delimiter });
  return buildPreview(stream, new Map(), { sampleSize: 1000 });
}

const chunkSizes = fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 4 });
const maybeEncoding = fc.option(fc.constantFrom(...IMPORT_ENCODINGS), { nil: undefined });
const maybeDelimiter = fc.option(fc.constantFrom(...IMPORT_DELIMITERS), { nil: undefined });

// Text that is mostly CSV-shaped: delimiters, quotes, line ends, accents and plain letters.
const csvishText = fc
  .array(fc.constantFrom('"', ';', ',', '\t', '\n', '\r\n', '\r', 'a', 'Ä', 'ö', '€', ' ', '1,5', 'code', 'name', 'x'), { maxLength: 60 })
  .map((parts) => parts.join(''));

// Every cell of every invalid row names its line and a column header (or column position).
function assertProblemsPlaced(summary: Awaited<ReturnType<typeof previewBytes>>): void {
  for (const row of summary.samples.invalid) {
    for (const problem of row.problems) {
      assert.ok(Number.isInteger(problem.row) && problem.row! >= 2, `problem without a data line: ${JSON.stringify(problem)}`);
      assert.ok(problem.field.length > 0, `problem without a column: ${JSON.stringify(problem)}`);
    }
  }
}

describe('csv reader and checker (properties)', () => {
  it('reads random bytes or refuses them with a ValidationError that names line and column', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), chunkSizes, maybeEncoding, maybeDelimiter, async (bytes, sizes, encoding, delimiter) => {
        try {
          assertProblemsPlaced(await previewBytes(bytes, sizes, encoding, delimiter));
        } catch (error) {
          assertNamesLineAndColumn(error);
        }
      }),
      propertyOptions(300),
    );
  });

  it('reads CSV-like text with random quoting in any encoding or refuses it with line and column', async () => {
    const encodings = fc.constantFrom<ImportEncoding>('utf-8', 'utf-16le', 'utf-16be', 'windows-1252');
    await fc.assert(
      fc.asyncProperty(csvishText, encodings, fc.boolean(), chunkSizes, maybeDelimiter, async (text, encoding, bom, sizes, delimiter) => {
        const bytes = iconv.encode(text, encoding, { addBOM: bom && encoding !== 'windows-1252' });
        try {
          assertProblemsPlaced(await previewBytes(new Uint8Array(bytes), sizes, undefined, delimiter));
        } catch (error) {
          assertNamesLineAndColumn(error);
        }
      }),
      propertyOptions(300),
    );
  });

  it('checks random product rows and names the line and header of every problem', async () => {
    const header = ['Tuotekoodi', 'Nimi', 'Myyntihinta', 'Valuutta', 'Kieli', 'EAN', ''];
    const cell = fc.oneof(fc.constantFrom('', ' ', '12,50', '1,234', '-3', 'eur', 'FI', 'x/y', '6417182000011', 'ABC-1'), fc.string({ maxLength: 8 }));
    const rows = fc.array(fc.array(cell, { minLength: header.length, maxLength: header.length }), { maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(rows, fc.constantFrom(...IMPORT_DELIMITERS), async (table, delimiter) => {
        const text = [header, ...table].map((row) => row.map((value) => quote(value, delimiter, true)).join(delimiter)).join('\r\n');
        const summary = await previewBytes(new TextEncoder().encode(text), [], 'utf-8', delimiter);
        assertProblemsPlaced(summary);
        assert.equal(summary.counts.invalid, summary.samples.invalid.length);
      }),
      propertyOptions(100),
    );
  });

  it('reads back a written table cell for cell, whatever its delimiter, quoting, line ends and encoding', async () => {
    const letters = fc.constantFrom('a', 'Z', '7', ' ', 'ä', 'Ö', 'é', '€', '"', ';', ',', '\t', '\n', '\r\n', "'", '=');
    const cell = fc.array(letters, { maxLength: 8 }).map((parts) => parts.join(''));
    const table = fc.integer({ min: 2, max: 5 }).chain((width) =>
      fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 }),
    );
    const encoding = fc.constantFrom<ImportEncoding>('utf-8', 'utf-16le', 'utf-16be', 'windows-1252');
    const lineEnd = fc.constantFrom('\n', '\r\n');
    await fc.assert(
      fc.asyncProperty(table, fc.constantFrom(...IMPORT_DELIMITERS), encoding, lineEnd, fc.boolean(), chunkSizes, async (rows, delimiter, chosen, end, quoteAll, sizes) => {
        const text = rows.map((row) => row.map((value) => quote(value, delimiter, quoteAll)).join(delimiter)).join(end) + end;
        const bytes = new Uint8Array(iconv.encode(text, chosen, { addBOM: chosen.startsWith('utf-16') }));
        const read = await readAll(bytes, sizes, chosen, delimiter);
        assert.deepEqual(
          read.map((record) => record.cells),
          rows,
        );
        // Each record starts on the physical line after the previous record's last line.
        let line = 1;
        read.forEach((record, index) => {
          assert.equal(record.line, line);
          line += rows[index]!.reduce((sum, value) => sum + (value.match(/\r\n|\n/g)?.length ?? 0), 0) + 1;
        });
      }),
      propertyOptions(300),
    );
  });
});

/** A cell as a spreadsheet writes it: quoted when it must be (or always), quotes doubled. */
function quote(value: string, delimiter: string, always: boolean): string {
  const needs = value.includes(delimiter) || /["\r\n]/.test(value) || value === '';
  return always || needs ? `"${value.replaceAll('"', '""')}"` : value;
}
