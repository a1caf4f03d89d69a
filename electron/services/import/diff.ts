// Compares a checked row with the stored product of the same code: new, changed
// (field by field), unchanged or invalid, and which blank cells would erase a value.
// Pure; builds the exact body the import sends, so preview and import never disagree.
import type { FieldProblem } from '../../../shared/errors.js';
import { PRODUCT_FIELDS, type Product, type ProductField, type ProductInput } from '../../../shared/domain/product.js';
import type { CellValue, CheckedRow } from './row-check.js';

/** How a row relates to the catalogue. */
export type RowCategory = 'new' | 'changed' | 'unchanged' | 'invalid';

/** One field that the import would change. */
export interface FieldChange {
  readonly field: ProductField;
  readonly from: CellValue;
  readonly to: CellValue;
}

/** A row's place in the preview. */
export interface ClassifiedRow {
  readonly line: number;
  readonly code: string;
  readonly category: RowCategory;
  readonly changes: FieldChange[];
  /** Fields whose blank cell would erase a stored value (kept unless the user erases). */
  readonly erasable: ProductField[];
  readonly problems: FieldProblem[];
  readonly warnings: string[];
}

// LIMIT: matched by exact code, as OGOship's PUT path is; a file code that differs from a
// stored one only in case is previewed as new (and OGOship decides whether it clashes).
/** The catalogue the preview compares with, by exact product code. */
export type Catalogue = ReadonlyMap<string, Product>;

/** Folds a code for the uniqueness check: trimmed, case-insensitive. */
export function foldCode(code: string): string {
  return code.trim().toLowerCase();
}

/** Classifies a row; `erase` lists the fields whose blank cells the user chose to erase. */
export function classifyRow(
  row: CheckedRow,
  existing: Product | undefined,
  erase: ReadonlySet<ProductField>,
  headerOf: (field: ProductField) => string,
): ClassifiedRow {
  const problems = existing ? row.problems : [...row.problems, ...newProductProblems(row, headerOf)];
  const { line, code } = row;
  if (problems.length > 0) return { line, code, category: 'invalid', changes: [], erasable: [], problems, warnings: [] };
  if (!existing) return { line, code, category: 'new', changes: newChanges(row), erasable: [], problems, warnings: [] };
  return compareWithStored(row, existing, erase);
}

function newProductProblems(row: CheckedRow, headerOf: (field: ProductField) => string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (/[/\\]/.test(row.code)) {
    problems.push({ row: row.line, field: headerOf('code'), message: `OGOship asks for no / or \\ in new product codes; "${row.code}" has one` });
  }
  const languageHeader = headerOf('languageCode');
  if (row.values.languageCode == null && !row.problems.some((problem) => problem.field === languageHeader)) {
    problems.push({ row: row.line, field: languageHeader, message: 'A new product needs a language code (e.g. fi, sv, en)' });
  }
  return problems;
}

function newChanges(row: CheckedRow): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of PRODUCT_FIELDS) {
    const value = row.values[field];
    if (value != null) changes.push({ field, from: null, to: value });
  }
  return changes;
}

function compareWithStored(row: CheckedRow, existing: Product, erase: ReadonlySet<ProductField>): ClassifiedRow {
  const changes: FieldChange[] = [];
  const erasable: ProductField[] = [];
  const warnings: string[] = [];
  for (const field of PRODUCT_FIELDS) {
    if (field === 'code' || !Object.hasOwn(row.values, field)) continue;
    const stored = storedValue(existing, field);
    const wanted = row.values[field] ?? null;
    if (wanted === null) {
      if (stored === null) continue;
      if (erase.has(field)) changes.push({ field, from: stored, to: null });
      else erasable.push(field);
    } else if (field === 'eanCode' && stored !== null && stored !== wanted) {
      warnings.push(`OGOship keeps an existing EAN: ${stored} stays, ${String(wanted)} is not sent`);
    } else if (stored !== wanted) {
      changes.push({ field, from: stored, to: wanted });
    }
  }
  const category = changes.length > 0 ? 'changed' : 'unchanged';
  return { line: row.line, code: row.code, category, changes, erasable, problems: row.problems, warnings };
}

function storedValue(product: Product, field: ProductField): CellValue {
  const value = product[field];
  if (value === undefined || value === null || value === '') return null;
  return value;
}

/** The body to send: for a change, the stored product with the changes applied. */
export function productBody(row: ClassifiedRow, existing: Product | undefined): ProductInput {
  const body: Record<string, unknown> = {};
  if (existing) {
    for (const field of PRODUCT_FIELDS) {
      const value = existing[field];
      if (value !== undefined && value !== null) body[field] = value;
    }
  }
  body.code = row.code;
  // LIMIT: OGOship does not document how to clear a field; an erased field is sent as null.
  for (const change of row.changes) body[change.field] = change.to;
  return body as ProductInput;
}
