// Writes the rows that did not import as a CSV the user can fix and import again:
// the file's own columns plus one column saying what was wrong. Safe in Excel:
// no cell can run as a formula. Pure: returns text, writes nothing.

/** A row that did not import: its cells as read, its line in the file, and why. */
export interface FailedRow {
  readonly line: number;
  readonly cells: readonly string[];
  readonly message: string;
}

/** Column appended to the file's own columns. */
export const PROBLEM_COLUMN = 'Import problem';

// Excel (and LibreOffice) run a cell starting with these as a formula or DDE command.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a cell that Excel would run as a formula with an apostrophe, so it stays text. */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function quote(cell: string, delimiter: string): string {
  const safe = neutralizeFormula(cell);
  if (!safe.includes(delimiter) && !/["\r\n]/.test(safe)) return safe;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** The CSV text (UTF-8 BOM so Excel reads accents, CRLF, the file's own delimiter). */
export function failedRowsCsv(header: readonly string[], rows: readonly FailedRow[], delimiter: string): string {
  const width = header.length;
  const line = (cells: readonly string[]) => cells.map((cell) => quote(cell, delimiter)).join(delimiter);
  const body = [...rows]
    .sort((a, b) => a.line - b.line)
    .map((row) => line([...padTo(row.cells, width), `Line ${row.line}: ${row.message}`]));
  return `\uFEFF${[line([...header, PROBLEM_COLUMN]), ...body].join('\r\n')}\r\n`;
}

// Keeps every cell that holds data, and pads short rows so the problem lands in its own column.
function padTo(cells: readonly string[], width: number): string[] {
  const padded = [...cells];
  while (padded.length < width) padded.push('');
  while (padded.length > width && padded.at(-1)!.trim() === '') padded.pop();
  return padded;
}
