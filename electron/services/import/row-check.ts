// Checks one CSV record against the product rules and turns it into product values.
// Pure: every problem names the file's line and the column header as written.
import type { FieldProblem } from '../../../shared/errors.js';
import type { ProductField } from '../../../shared/domain/product.js';
import { CONTROL_CHARACTER, SINGLE_LINE_PRODUCT_FIELDS, productTextLimit } from '../../../shared/domain/product-limits.js';
import type { CsvRecord } from './csv-parser.js';
import { checkEan } from './ean.js';
import type { ColumnMapping } from './header-map.js';
import { parseDecimal } from './numbers.js';

/** A cell's value after checking: text, a number, or null for a blank cell. */
export type CellValue = string | number | null;

/** One data row after checking. */
export interface CheckedRow {
  readonly line: number;
  readonly code: string;
  /** Values of mapped columns; null where the cell was blank. */
  readonly values: Partial<Record<ProductField, CellValue>>;
  readonly problems: FieldProblem[];
  readonly cells: readonly string[];
}

type FieldRule = (text: string) => { ok: true; value: string | number } | { ok: false; message: string };

const text: FieldRule = (value) => ({ ok: true, value });

const letters = (length: number, what: string, example: string, upper: boolean): FieldRule => {
  const pattern = new RegExp(`^[A-Za-z]{${length}}$`);
  return (value) =>
    pattern.test(value)
      ? { ok: true, value: upper ? value.toUpperCase() : value.toLowerCase() }
      : { ok: false, message: `${what} must be ${length} letters (${example}); found "${value}"` };
};

const price: FieldRule = (value) => {
  const reading = parseDecimal(value);
  if (!reading.ok) return reading;
  if (reading.value < 0) return { ok: false, message: `A price cannot be negative; found "${value}"` };
  return reading;
};

const url: FieldRule = (value) =>
  /^https?:\/\/\S+$/i.test(value) && URL.canParse(value)
    ? { ok: true, value }
    : { ok: false, message: `"${value}" is not a web address starting with http:// or https://` };

const hsCode: FieldRule = (value) =>
  /^\d{6,10}$/.test(value) ? { ok: true, value } : { ok: false, message: `An HS code is 6 to 10 digits without spaces or dots; found "${value}"` };

const RULES: Record<ProductField, FieldRule> = {
  code: text,
  name: text,
  description: text,
  supplierCode: text,
  supplier: text,
  group: text,
  eanCode: checkEan,
  supplyPrice: price,
  salesPrice: price,
  currencyCode: letters(3, 'A currency code', 'ISO 4217, e.g. EUR, SEK', true),
  infoUrl: url,
  pictureUrl: url,
  countryOfOrigin: letters(2, 'A country code', 'ISO 3166, e.g. FI, SE, EE', true),
  languageCode: letters(2, 'A language code', 'ISO 639-1, e.g. fi, sv, en', false),
  customsDescription: text,
  hsCode,
};

const HAS_TEXT = /\S/;
const MAX_SHOWN_CODE = 200;

/** Builds the checker for a file's columns; it returns null for a row with no data. */
export function createRowChecker(columns: readonly ColumnMapping[]) {
  const codeColumn = columns.find((column) => column.field === 'code');
  return (record: CsvRecord): CheckedRow | null => {
    if (record.cells.every((cell) => !HAS_TEXT.test(cell))) return null;
    const problems: FieldProblem[] = [];
    const values: Partial<Record<ProductField, CellValue>> = {};
    for (const column of columns) checkCell(record, column, values, problems);
    strayCells(record, columns.length, problems);
    const code = typeof values.code === 'string' ? values.code : '';
    if (code === '' && codeColumn) problems.push({ row: record.line, field: codeColumn.header, message: 'The product code is missing' });
    return { line: record.line, code, values, problems, cells: record.cells };
  };
}

function checkCell(
  record: CsvRecord,
  column: ColumnMapping,
  values: Partial<Record<ProductField, CellValue>>,
  problems: FieldProblem[],
): void {
  const raw = record.cells[column.index] ?? '';
  const trimmed = raw.trim();
  if (column.field === null) {
    if (column.header === '' && trimmed !== '') problems.push(unnamedColumn(record.line, column.index));
    return;
  }
  if (trimmed === '') {
    values[column.field] = null;
    return;
  }
  const shapeProblem = textShapeProblem(column.field, trimmed);
  if (shapeProblem !== null) {
    problems.push({ row: record.line, field: column.header, message: shapeProblem });
    // The code still names the row (shortened when huge); other refused values are dropped.
    if (column.field === 'code') values.code = trimmed.length > MAX_SHOWN_CODE ? `${trimmed.slice(0, MAX_SHOWN_CODE)}…` : trimmed;
    return;
  }
  const rule = RULES[column.field];
  // Plain text needs no checking: skip the result object on the hot path.
  if (rule === text) {
    values[column.field] = trimmed;
    return;
  }
  const checked = rule(trimmed);
  if (checked.ok) values[column.field] = checked.value;
  else problems.push({ row: record.line, field: column.header, message: checked.message });
}

// What OGOship refuses whatever the field's own rule says: values that are too long,
// and control characters in a one-line field. Checked first, so no rule (and no
// message) ever quotes a huge or terminal-hostile value.
function textShapeProblem(field: ProductField, value: string): string | null {
  const limit = productTextLimit(field);
  if (limit !== undefined && value.length > limit) {
    return `Too long: at most ${limit} characters, found ${value.length.toLocaleString('en')}`;
  }
  if (!SINGLE_LINE_PRODUCT_FIELDS.includes(field)) return null;
  const found = CONTROL_CHARACTER.exec(value);
  if (found === null) return null;
  const hex = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return `Holds a control character (U+${hex}) at position ${found.index + 1}; OGOship refuses tabs, line breaks and other control characters here`;
}

// Cells past the header's last column: Excel pads rows with empty ones, which are fine.
function strayCells(record: CsvRecord, columnCount: number, problems: FieldProblem[]): void {
  for (let index = columnCount; index < record.cells.length; index += 1) {
    if (record.cells[index]!.trim() !== '') problems.push(unnamedColumn(record.line, index));
  }
}

function unnamedColumn(line: number, index: number): FieldProblem {
  const position = index + 1;
  return {
    row: line,
    field: `(column ${position})`,
    message: `Column ${position} has no header but line ${line} holds data in it; give the column a header or delete it`,
  };
}
