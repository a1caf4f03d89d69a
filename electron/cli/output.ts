// How the CLI writes: tables for people, JSON for machines (streamed, so 50,000
// orders never sit in memory twice), and errors as one line on stderr. Every
// line passes the log redactor first, so a secret cannot be printed by mistake.
import { redactText } from '../services/log/redact.js';

/** Where a command writes. */
export interface Output {
  /** One line to stdout. */
  line(text?: string): void;
  /** One line to stderr (notes and warnings; stdout stays machine-readable). */
  note(text: string): void;
  /** A value as pretty JSON on stdout. */
  json(value: unknown): void;
  /** Streams items as one JSON array on stdout; call `end` when done. */
  jsonArray(): { push(item: unknown): void; end(): void };
  /** Aligned columns with a header row. */
  table<T>(
    rows: readonly T[],
    columns: ReadonlyArray<[header: string, cell: (row: T) => unknown]>,
  ): void;
  /** True when stderr is a terminal (progress bars). */
  readonly interactive: boolean;
  /** Rewrites the current stderr line (progress). */
  status(text: string): void;
}

// C0 controls, DEL and C1 controls: a terminal may run them as commands (ESC [ 2 J
// clears the screen; U+009B is a one-character CSI on some terminals).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** Shows control characters in text from a file or server as `\x1b`-style escapes, for people. */
export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** JSON text with DEL and C1 controls escaped too (JSON.stringify leaves them raw). */
export function terminalSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** An output that escapes control characters in lines, notes and JSON; progress passes through. */
export function controlSafeOutput(out: Output): Output {
  return {
    ...out,
    line: (text = '') => out.line(escapeControlCharacters(text)),
    note: (text) => out.note(escapeControlCharacters(text)),
    json: (value) => out.line(terminalSafeJson(value)),
  };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/\s+/g, ' ');
}

/** The real terminal output. */
export function terminalOutput(
  stdout: NodeJS.WriteStream = process.stdout,
  stderr: NodeJS.WriteStream = process.stderr,
): Output {
  const write = (stream: NodeJS.WriteStream, text: string): void =>
    void stream.write(redactText(text));
  return {
    line: (text = '') => write(stdout, `${text}\n`),
    note: (text) => write(stderr, `${text}\n`),
    json: (value) => write(stdout, `${JSON.stringify(value, null, 2)}\n`),
    jsonArray() {
      let count = 0;
      write(stdout, '[');
      return {
        push: (item) => write(stdout, `${count++ === 0 ? '\n' : ',\n'}${JSON.stringify(item)}`),
        end: () => write(stdout, count === 0 ? ']\n' : '\n]\n'),
      };
    },
    table(rows, columns) {
      const cells = rows.map((row) => columns.map(([, cell]) => cellText(cell(row))));
      const widths = columns.map(([header], i) =>
        Math.max(header.length, ...cells.map((r) => r[i]!.length)),
      );
      const format = (values: string[]): string =>
        values
          .map((v, i) => v.padEnd(widths[i]!))
          .join('  ')
          .trimEnd();
      write(stdout, `${format(columns.map(([header]) => header))}\n`);
      for (const row of cells) write(stdout, `${format(row)}\n`);
    },
    interactive: Boolean(stderr.isTTY),
    status: (text) => write(stderr, `\r\x1b[2K${text}`),
  };
}
