// One pass over a CSV stream: maps the header, checks and classifies each row and
// finds codes that appear more than once. Shared by the preview and the import, so
// both see the same rows the same way. Keeps only the code index, never the rows.
import type { ProductField } from '../../../shared/domain/product.js';
import { classifyRow, foldCode, type Catalogue, type ClassifiedRow, type RowCategory } from './diff.js';
import { mapHeaders, type ColumnMapping, type MappingOverride } from './header-map.js';
import type { CsvStream } from './read-csv.js';
import { createRowChecker, type CheckedRow } from './row-check.js';

/** A code as written on one line. */
export interface CodeOccurrence {
  readonly line: number;
  readonly code: string;
}

/** The first row of a code that appears again, told to the visitor with each repeat. */
export interface FirstOccurrence {
  readonly line: number;
  readonly category: RowCategory;
  /** True the first time a repeat is found: the first row must now count as invalid too. */
  readonly newlyDuplicated: boolean;
}

/** Called for each data row; a repeated code arrives as invalid, with its first occurrence. */
export type RowVisitor = (row: ClassifiedRow, checked: CheckedRow, firstOccurrence: FirstOccurrence | null) => void | Promise<void>;

/** What a pass learned about the file as a whole. */
export interface ScanResult {
  readonly columns: ColumnMapping[];
  /** Folded code → every line it appears on (with the code as written there), for repeated codes. */
  readonly duplicates: Map<string, CodeOccurrence[]>;
}

/** The header a field was read from, or the field's own name when no column maps to it. */
export function headerLookup(columns: readonly ColumnMapping[]): (field: ProductField) => string {
  const byField = new Map(columns.filter((column) => column.field).map((column) => [column.field!, column.header]));
  return (field) => byField.get(field) ?? field;
}

/** Reads every row of the stream once and hands it, classified, to the visitor. */
export async function scanCsv(
  stream: CsvStream,
  override: MappingOverride,
  catalogue: Catalogue,
  erase: ReadonlySet<ProductField>,
  visit: RowVisitor,
): Promise<ScanResult> {
  const columns = mapHeaders(stream.header.cells, override);
  const check = createRowChecker(columns);
  const headerOf = headerLookup(columns);
  const firstOf = new Map<string, FirstEntry>();
  const duplicates = new Map<string, CodeOccurrence[]>();
  for await (const batch of stream.batches) {
    for (const record of batch) {
      const checked = check(record);
      if (checked === null) continue;
      const row = classifyRow(checked, catalogue.get(checked.code), erase, headerOf);
      const first = noteCode(row, firstOf, duplicates);
      const visited = visit(first === null ? row : { ...row, category: 'invalid', changes: [], erasable: [] }, checked, first);
      // Only an import's visitor waits (for a send slot); a preview's returns at once.
      if (visited) await visited;
    }
  }
  return { columns, duplicates };
}

interface FirstEntry {
  readonly line: number;
  readonly code: string;
  readonly category: RowCategory;
  repeated: boolean;
}

function noteCode(row: ClassifiedRow, firstOf: Map<string, FirstEntry>, duplicates: Map<string, CodeOccurrence[]>): FirstOccurrence | null {
  if (row.code === '') return null;
  const folded = foldCode(row.code);
  const first = firstOf.get(folded);
  if (first === undefined) {
    firstOf.set(folded, { line: row.line, code: row.code, category: row.category, repeated: false });
    return null;
  }
  const occurrences = duplicates.get(folded) ?? [{ line: first.line, code: first.code }];
  occurrences.push({ line: row.line, code: row.code });
  duplicates.set(folded, occurrences);
  const occurrence = { line: first.line, category: first.category, newlyDuplicated: !first.repeated };
  first.repeated = true;
  return occurrence;
}

/** The sentence for a code found on several lines, naming every line. */
export function duplicateMessage(occurrences: readonly CodeOccurrence[]): string {
  const lines = occurrences.map((occurrence) => occurrence.line);
  const named = `${lines.slice(0, -1).join(', ')} and ${lines.at(-1)}`;
  const spellings = new Set(occurrences.map((occurrence) => occurrence.code));
  if (spellings.size === 1) return `The code "${occurrences[0]!.code}" appears on lines ${named}; each code may appear once`;
  const written = occurrences.map((occurrence) => `"${occurrence.code}" on line ${occurrence.line}`).join(', ');
  return `The codes ${written} are the same code once case and surrounding spaces are ignored (lines ${named}); each code may appear once`;
}
