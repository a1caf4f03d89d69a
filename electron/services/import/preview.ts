// Builds the preview of an import: what was detected, how columns map, how many rows
// are new, changed, unchanged or invalid, the first rows of each kind, and which
// columns would erase stored values. Streams the file; keeps only counts and samples.
import type { FieldProblem } from '../../../shared/errors.js';
import type { ProductField } from '../../../shared/domain/product.js';
import type { Catalogue, ClassifiedRow, RowCategory } from './diff.js';
import { describeEncoding, type ImportEncoding } from './encoding.js';
import { nameOf, type ImportDelimiter } from './delimiter.js';
import { unknownHeaders, type ColumnMapping, type MappingOverride } from './header-map.js';
import type { CsvStream } from './read-csv.js';
import { duplicateMessage, headerLookup, scanCsv, type CodeOccurrence, type FirstOccurrence } from './scan.js';

/** A column whose blank cells would erase stored values, and on how many rows. */
export interface ErasableColumn {
  readonly field: ProductField;
  readonly header: string;
  readonly rows: number;
}

/** Everything the preview screen and `--dry-run` show. */
export interface PreviewSummary {
  readonly encoding: { readonly encoding: ImportEncoding; readonly name: string; readonly reason: string };
  readonly delimiter: { readonly delimiter: ImportDelimiter; readonly name: string; readonly reason: string };
  readonly columns: ColumnMapping[];
  readonly unknownHeaders: string[];
  readonly counts: Record<RowCategory | 'rows', number>;
  readonly samples: Record<RowCategory, ClassifiedRow[]>;
  readonly erasable: ErasableColumn[];
  /** Unchanged rows by the comma-joined fields they could erase: erasing any of them makes the row a change. */
  readonly unchangedByErasable: Record<string, number>;
  readonly duplicates: CodeOccurrence[][];
  /** Why nothing may be sent yet, or null when the import may start. */
  readonly blocked: string | null;
}

/** Options of a preview pass. */
export interface PreviewOptions {
  readonly mapping?: MappingOverride;
  readonly sampleSize?: number;
}

const CATEGORIES: readonly RowCategory[] = ['new', 'changed', 'unchanged', 'invalid'];

/** Reads the whole stream once and summarises what an import would do. */
export async function buildPreview(stream: CsvStream, catalogue: Catalogue, options: PreviewOptions = {}): Promise<PreviewSummary> {
  const sampleSize = options.sampleSize ?? 100;
  const counts = { rows: 0, new: 0, changed: 0, unchanged: 0, invalid: 0 };
  const samples: Record<RowCategory, ClassifiedRow[]> = { new: [], changed: [], unchanged: [], invalid: [] };
  const erasableRows = new Map<ProductField, number>();
  const unchangedByErasable: Record<string, number> = {};

  const visit = (row: ClassifiedRow, _checked: unknown, first: FirstOccurrence | null): void => {
    counts.rows += 1;
    counts[row.category] += 1;
    if (samples[row.category].length < sampleSize) samples[row.category].push(row);
    for (const field of row.erasable) erasableRows.set(field, (erasableRows.get(field) ?? 0) + 1);
    if (row.category === 'unchanged' && row.erasable.length > 0) {
      const key = row.erasable.join(',');
      unchangedByErasable[key] = (unchangedByErasable[key] ?? 0) + 1;
    }
    if (first?.newlyDuplicated) moveFirstToInvalid(first, counts, samples, sampleSize);
  };
  const { columns, duplicates } = await scanCsv(stream, options.mapping ?? {}, catalogue, new Set(), visit);

  const headerOf = headerLookup(columns);
  const duplicateList = [...duplicates.values()];
  nameDuplicates(samples.invalid, duplicateList, headerOf('code'));
  for (const category of CATEGORIES) samples[category].sort((a, b) => a.line - b.line);
  return {
    encoding: { encoding: stream.encoding.encoding, name: describeEncoding(stream.encoding.encoding), reason: stream.encoding.reason },
    delimiter: { delimiter: stream.delimiter.delimiter, name: nameOf(stream.delimiter.delimiter), reason: stream.delimiter.reason },
    columns,
    unknownHeaders: unknownHeaders(columns),
    counts,
    samples,
    erasable: [...erasableRows].map(([field, rows]) => ({ field, header: headerOf(field), rows })),
    unchangedByErasable,
    duplicates: duplicateList,
    blocked: blockedReason(columns, duplicateList.length),
  };
}

// The first row of a repeated code was counted under its own category; it is invalid now.
function moveFirstToInvalid(
  first: FirstOccurrence,
  counts: Record<RowCategory, number>,
  samples: Record<RowCategory, ClassifiedRow[]>,
  sampleSize: number,
): void {
  if (first.category === 'invalid') return;
  counts[first.category] -= 1;
  counts.invalid += 1;
  const list = samples[first.category];
  const at = list.findIndex((row) => row.line === first.line);
  const moved = at === -1 ? undefined : list.splice(at, 1)[0];
  if (moved && samples.invalid.length < sampleSize) {
    samples.invalid.push({ ...moved, category: 'invalid', changes: [], erasable: [] });
  }
}

function nameDuplicates(invalid: ClassifiedRow[], duplicates: CodeOccurrence[][], codeHeader: string): void {
  const messageByLine = new Map<number, FieldProblem>();
  for (const occurrences of duplicates) {
    const message = duplicateMessage(occurrences);
    for (const { line } of occurrences) messageByLine.set(line, { row: line, field: codeHeader, message });
  }
  for (const row of invalid) {
    const problem = messageByLine.get(row.line);
    if (problem) row.problems.push(problem);
  }
}

function blockedReason(columns: readonly ColumnMapping[], duplicateCount: number): string | null {
  if (!columns.some((column) => column.field === 'code')) {
    return 'No column is mapped to the product code; choose which column holds the codes';
  }
  if (duplicateCount > 0) {
    return `${duplicateCount} code(s) appear on more than one line; fix the file so each code appears once, then preview again`;
  }
  return null;
}
