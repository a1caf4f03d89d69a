// The import journal: one append-only JSON-lines file per import in the data folder,
// fsynced before a row is sent, so a crash or quit resumes without sending a row
// twice. Holds codes, line numbers and outcomes only: never a token or a secret.
import { mkdir, open, readFile, readdir, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProductField } from '../../../shared/domain/product.js';
import type { MappingOverride } from './header-map.js';
import type { ImportDelimiter } from './delimiter.js';
import type { ImportEncoding } from './encoding.js';

/** What an import needs to be resumed: where its bytes are and how to read them. */
export interface JournalHeader {
  readonly type: 'start';
  readonly importId: string;
  readonly createdAt: string;
  readonly fileName: string;
  /** The CSV to read again on resume (a copy in the data folder for uploaded bytes). */
  readonly filePath: string;
  readonly digest: string;
  readonly encoding: ImportEncoding;
  readonly delimiter: ImportDelimiter;
  readonly mapping: MappingOverride;
  readonly erase: ProductField[];
  readonly total: number;
}

/** How a row is sent. */
export type SendOp = 'create' | 'update';

/** One line of the journal after the header. */
export type JournalEntry =
  | { readonly type: 'intent'; readonly line: number; readonly code: string; readonly op: SendOp }
  | { readonly type: 'done'; readonly line: number; readonly code: string; readonly op: SendOp; readonly verified?: boolean }
  | { readonly type: 'failed'; readonly line: number; readonly code: string; readonly op: SendOp; readonly message: string }
  | { readonly type: 'state'; readonly state: 'cancelled' | 'finished' };

/** A journal read back: the header, each row's last word, and whether the import ended. */
export interface JournalReplay {
  readonly header: JournalHeader;
  /** Line → the last entry about that row (intent without an outcome means "maybe sent"). */
  readonly rows: Map<number, Exclude<JournalEntry, { type: 'state' }>>;
  readonly state: 'running' | 'cancelled' | 'finished';
}

// LIMIT: finished journals and copies of uploaded files stay in the folder (a few bytes per
// row); nothing prunes them yet.
/** The folder holding journals (and copies of uploaded files). */
export function journalFolder(dataDir: string): string {
  return join(dataDir, 'imports');
}

/** An open journal: appends resolve only once the entry is on disk. */
export class Journal {
  #pending: string[] = [];
  #waiters: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  #flushing: Promise<void> | null = null;

  private constructor(private readonly handle: FileHandle) {}

  /** Starts a new journal file with its header. */
  static async create(dataDir: string, header: JournalHeader): Promise<Journal> {
    await mkdir(journalFolder(dataDir), { recursive: true });
    const handle = await open(join(journalFolder(dataDir), `${header.importId}.jsonl`), 'wx');
    const journal = new Journal(handle);
    await journal.append(header);
    return journal;
  }

  /** Opens an existing journal to append to it. */
  static async reopen(dataDir: string, importId: string): Promise<Journal> {
    return new Journal(await open(join(journalFolder(dataDir), `${importId}.jsonl`), 'a'));
  }

  /** Appends an entry; resolves after fsync. Entries waiting together share one fsync. */
  append(entry: JournalEntry | JournalHeader): Promise<void> {
    this.#pending.push(`${JSON.stringify(entry)}\n`);
    const written = new Promise<void>((resolve, reject) => this.#waiters.push({ resolve, reject }));
    this.#flushing ??= this.#flush();
    return written;
  }

  /** Waits for pending writes and closes the file. */
  async close(): Promise<void> {
    await this.#flushing;
    await this.handle.close();
  }

  async #flush(): Promise<void> {
    while (this.#pending.length > 0) {
      const text = this.#pending.splice(0).join('');
      const waiters = this.#waiters.splice(0);
      try {
        await this.handle.write(text);
        await this.handle.datasync();
        for (const waiter of waiters) waiter.resolve();
      } catch (error) {
        for (const waiter of waiters) waiter.reject(error);
      }
    }
    this.#flushing = null;
  }
}

/** Reads a journal back; a torn last line (a crash mid-write) is ignored. */
export async function readJournal(dataDir: string, importId: string): Promise<JournalReplay> {
  const text = await readFile(join(journalFolder(dataDir), `${importId}.jsonl`), 'utf8');
  const entries = text.split('\n').flatMap((line) => parseLine(line));
  const [header, ...rest] = entries;
  if (header?.type !== 'start') throw new Error(`Import journal ${importId} has no header`);
  const rows: JournalReplay['rows'] = new Map();
  let state: JournalReplay['state'] = 'running';
  for (const entry of rest as JournalEntry[]) {
    if (entry.type === 'state') {
      state = entry.state;
    } else {
      rows.set(entry.line, entry);
      state = 'running';
    }
  }
  return { header, rows, state };
}

/** Ids of imports whose journal does not say finished, oldest first. */
export async function unfinishedImports(dataDir: string): Promise<JournalHeader[]> {
  let names: string[];
  try {
    names = (await readdir(journalFolder(dataDir))).filter((name) => name.endsWith('.jsonl')).sort();
  } catch {
    return [];
  }
  const replays = await Promise.all(names.map((name) => readJournal(dataDir, name.slice(0, -'.jsonl'.length))));
  return replays.filter((replay) => replay.state !== 'finished').map((replay) => replay.header);
}

function parseLine(line: string): (JournalHeader | JournalEntry)[] {
  if (line.trim() === '') return [];
  try {
    return [JSON.parse(line) as JournalHeader | JournalEntry];
  } catch {
    return [];
  }
}
