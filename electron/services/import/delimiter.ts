// Detects a CSV file's delimiter from its first lines, reading quotes properly so a
// comma inside a quoted name or an unquoted price does not count. Pure.
import { CsvParser } from './csv-parser.js';

/** The delimiters the import reads. */
export const IMPORT_DELIMITERS = [';', ',', '\t'] as const;
/** One of the delimiters the import reads. */
export type ImportDelimiter = (typeof IMPORT_DELIMITERS)[number];

/** The chosen delimiter and a sentence why. */
export interface DetectedDelimiter {
  readonly delimiter: ImportDelimiter;
  readonly reason: string;
}

const SAMPLE_RECORDS = 20;

/** Picks the delimiter that splits the header into most columns and the rows consistently. */
export function detectDelimiter(sampleText: string): DetectedDelimiter {
  const scores = IMPORT_DELIMITERS.map((delimiter) => ({ delimiter, ...score(sampleText, delimiter) }));
  const usable = scores.filter((candidate) => candidate.columns >= 2);
  if (usable.length === 0) return { delimiter: ',', reason: 'No delimiter splits the header; reading it as one column' };
  const best = usable.reduce((winner, next) =>
    next.consistency > winner.consistency || (next.consistency === winner.consistency && next.columns > winner.columns) ? next : winner,
  );
  const percent = Math.round(best.consistency * 100);
  return { delimiter: best.delimiter, reason: `${nameOf(best.delimiter)} splits the header into ${best.columns} columns and ${percent}% of the first rows alike` };
}

/** A delimiter's name as a merchant would say it. */
export function nameOf(delimiter: ImportDelimiter): string {
  return delimiter === '\t' ? 'Tab' : delimiter === ';' ? 'Semicolon' : 'Comma';
}

function score(text: string, delimiter: ImportDelimiter): { columns: number; consistency: number } {
  const records = sampleRecords(text, delimiter);
  const columns = records[0]?.cells.length ?? 0;
  const rows = records.slice(1).filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  if (rows.length === 0) return { columns, consistency: 1 };
  const alike = rows.filter((record) => record.cells.length === columns).length;
  return { columns, consistency: alike / rows.length };
}

// Whole records only: the sample may stop inside a quoted cell.
function sampleRecords(text: string, delimiter: ImportDelimiter) {
  const parser = new CsvParser(delimiter);
  const records = parser.push(text);
  if (records.length > 0) return records.slice(0, SAMPLE_RECORDS);
  try {
    return parser.end();
  } catch {
    return [];
  }
}
