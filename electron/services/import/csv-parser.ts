// A streaming RFC 4180 CSV parser that knows each record's physical line number in
// the file (header = line 1), so messages point at the row a user sees in Excel.
// Pure: text in, records out; knows nothing of products or encodings.
import { ValidationError } from '../../../shared/errors.js';

/** One record: the file line it starts on, and its cells as written (quotes removed). */
export interface CsvRecord {
  readonly line: number;
  readonly cells: string[];
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * The longest record the parser waits for. Far above any product row OGOship takes
 * (its text limits add up to about 5,000 characters) yet small enough that a
 * file with a runaway quote or a 50 MB cell is refused at once, not buffered whole.
 */
export const MAX_RECORD_CHARS = 1024 * 1024;

interface RecordEnd {
  readonly cells: string[];
  readonly next: number;
  readonly lines: number;
}

/** Parses text pushed in pieces; a record cut by a piece boundary waits for the next piece. */
export class CsvParser {
  readonly #delimiter: number;
  #rest = '';
  #line = 1;

  constructor(delimiter: string) {
    this.#delimiter = delimiter.charCodeAt(0);
  }

  /** Parses a piece of text and returns the records it completed. */
  push(text: string): CsvRecord[] {
    return this.#parse(this.#rest + text, false);
  }

  /** Parses what is left; throws ValidationError for a quote that never closes. */
  end(): CsvRecord[] {
    return this.#parse(this.#rest, true);
  }

  #parse(text: string, final: boolean): CsvRecord[] {
    const records: CsvRecord[] = [];
    let position = 0;
    while (position < text.length) {
      const record = this.#record(text, position, final);
      if (record === null) break;
      records.push({ line: this.#line, cells: record.cells });
      this.#line += record.lines;
      position = record.next;
    }
    this.#rest = text.slice(position);
    if (this.#rest.length > MAX_RECORD_CHARS) throw this.#tooLong();
    return records;
  }

  #tooLong(): ValidationError {
    const message = `The record starting on this line runs past ${MAX_RECORD_CHARS.toLocaleString('en')} characters (a huge cell or a quote that never closes); no product field is that long`;
    return new ValidationError(`Line ${this.#line}: ${message}`, [{ row: this.#line, field: '(file)', message }]);
  }

  // Reads one record starting at `start`; null when the text ends before the record does.
  #record(text: string, start: number, final: boolean): RecordEnd | null {
    const cells: string[] = [];
    let index = start;
    let lines = 0;
    for (;;) {
      let value: string;
      if (text.charCodeAt(index) === QUOTE) {
        const quoted = this.#quoted(text, index, final, lines);
        if (quoted === null) return null;
        ({ value, index } = quoted);
        lines = quoted.lines;
      } else {
        const stop = this.#cellEnd(text, index);
        value = text.slice(index, stop);
        index = stop;
      }
      cells.push(value);
      const code = text.charCodeAt(index);
      if (code === this.#delimiter) {
        index += 1;
        continue;
      }
      if (index >= text.length) return final ? { cells, next: index, lines: lines + 1 } : null;
      // A CR at the end of a piece may be the first half of CRLF.
      if (code === CR && index + 1 >= text.length && !final) return null;
      const width = code === CR && text.charCodeAt(index + 1) === LF ? 2 : 1;
      return { cells, next: index + width, lines: lines + 1 };
    }
  }

  #cellEnd(text: string, from: number): number {
    const delimiter = this.#delimiter;
    let index = from;
    while (index < text.length) {
      const code = text.charCodeAt(index);
      if (code === delimiter || code === LF || code === CR) break;
      index += 1;
    }
    return index;
  }

  // A quoted cell: doubled quotes stand for one; text after the closing quote is kept as written.
  #quoted(text: string, open: number, final: boolean, linesBefore: number) {
    let value = '';
    let from = open + 1;
    let lines = linesBefore;
    for (;;) {
      const close = text.indexOf('"', from);
      if (close === -1 || (close + 1 >= text.length && !final)) {
        if (!final) return null;
        throw new ValidationError(`Line ${this.#line + linesBefore}: a quoted cell starts here and is never closed`, [
          { row: this.#line + linesBefore, field: '(file)', message: 'A quoted cell starts on this line and is never closed' },
        ]);
      }
      value += text.slice(from, close);
      lines += countLineBreaks(text, from, close);
      if (text.charCodeAt(close + 1) === QUOTE) {
        value += '"';
        from = close + 2;
        continue;
      }
      const stop = this.#cellEnd(text, close + 1);
      return { value: value + text.slice(close + 1, stop), index: stop, lines };
    }
  }
}

function countLineBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let index = from; index < to; index += 1) {
    const code = text.charCodeAt(index);
    if (code === LF) breaks += 1;
    else if (code === CR && text.charCodeAt(index + 1) !== LF) breaks += 1;
  }
  return breaks;
}
