// The import engine's front door: preview a CSV against the catalogue, then start
// or resume the import it describes. Used by the IPC handlers, the preview worker
// and the `ogo products import` command alike, so all three behave the same.
import { randomUUID, createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ValidationError } from '../../../shared/errors.js';
import type { ProductField } from '../../../shared/domain/product.js';
import type { Catalogue } from './diff.js';
import type { MappingOverride } from './header-map.js';
import { resumeImportRun, startImportRun, type ImportRun } from './import-run.js';
import { journalFolder, type JournalHeader } from './journal.js';
import { buildPreview, type PreviewSummary } from './preview.js';
import type { ProductSender, ThrottleListener } from './product-sender.js';
import type { ImportProgress } from './progress.js';
import { openCsv, type ReadOptions } from './read-csv.js';
import { SendLimiter } from './send-limiter.js';
import { sourceChunks, sourceName, type ImportSource } from './source.js';
import type { ImportDelimiter } from './delimiter.js';
import type { ImportEncoding } from './encoding.js';

/** What the user chose on the preview screen (or the command line). */
export interface PreviewRequest extends ReadOptions {
  readonly source: ImportSource;
  readonly mapping?: MappingOverride;
  readonly sampleSize?: number;
}

/** A preview plus what an import of it needs: the file's digest and the choices made. */
export interface PreparedPreview {
  readonly summary: PreviewSummary;
  readonly source: ImportSource;
  readonly digest: string;
  readonly encoding: ImportEncoding;
  readonly delimiter: ImportDelimiter;
  readonly mapping: MappingOverride;
}

/** What starting or resuming an import needs from the app. */
export interface ImportEngineDeps {
  readonly dataDir: string;
  /** Builds a sender whose push-back (429/5xx) reaches this import's limiter. */
  readonly createSender: (onThrottle: ThrottleListener) => ProductSender;
  readonly now?: () => number;
}

/** Options of one import run. */
export interface RunOptions {
  readonly catalogue: Catalogue;
  readonly concurrency?: number;
  readonly onProgress?: (progress: ImportProgress) => void;
}

/** Reads the file once: detection, mapping, checks and the diff against the catalogue. */
export async function previewImport(request: PreviewRequest, catalogue: Catalogue): Promise<PreparedPreview> {
  const hash = createHash('sha256');
  const stream = await openCsv(hashing(sourceChunks(request.source), hash), request);
  const mapping = request.mapping ?? {};
  const summary = await buildPreview(stream, catalogue, { mapping, sampleSize: request.sampleSize ?? 100 });
  return {
    summary,
    source: request.source,
    digest: hash.digest('hex'),
    encoding: stream.encoding.encoding,
    delimiter: stream.delimiter.delimiter,
    mapping,
  };
}

async function* hashing(chunks: AsyncIterable<Uint8Array>, hash: ReturnType<typeof createHash>): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    hash.update(chunk);
    yield chunk;
  }
}

/** Starts importing a previewed file; refuses while the preview says it is blocked. */
export async function startImport(deps: ImportEngineDeps, prepared: PreparedPreview, erase: readonly ProductField[], options: RunOptions): Promise<ImportRun> {
  if (prepared.summary.blocked) throw new ValidationError(prepared.summary.blocked);
  const importId = `${new Date((deps.now ?? Date.now)()).toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}`;
  const header: JournalHeader = {
    type: 'start',
    importId,
    createdAt: new Date((deps.now ?? Date.now)()).toISOString(),
    fileName: sourceName(prepared.source),
    filePath: await durablePath(deps.dataDir, importId, prepared.source),
    digest: prepared.digest,
    encoding: prepared.encoding,
    delimiter: prepared.delimiter,
    mapping: prepared.mapping,
    erase: [...erase],
    total: prepared.summary.counts.new + prepared.summary.counts.changed + erasedRowsFor(prepared, erase),
  };
  return startImportRun(header, runDeps(deps, options));
}

/** Resumes an import that stopped (crash, quit or cancel) from its journal. */
export async function resumeImport(deps: ImportEngineDeps, importId: string, options: RunOptions): Promise<ImportRun> {
  return resumeImportRun(importId, runDeps(deps, options));
}

function runDeps(deps: ImportEngineDeps, options: RunOptions) {
  const limiter = new SendLimiter(options.concurrency ?? 4, deps.now);
  const sender = deps.createSender((delayMs) => limiter.throttled(delayMs));
  return { dataDir: deps.dataDir, sender, limiter, catalogue: options.catalogue, onProgress: options.onProgress, now: deps.now };
}

// Uploaded bytes are copied into the data folder so a resume after a crash can read them again.
async function durablePath(dataDir: string, importId: string, source: ImportSource): Promise<string> {
  if ('filePath' in source) return source.filePath;
  await mkdir(journalFolder(dataDir), { recursive: true });
  const path = join(journalFolder(dataDir), `${importId}.csv`);
  await writeFile(path, source.bytes, { flush: true });
  return path;
}

// Unchanged rows that become changes because the user chose to erase one of their blank columns.
function erasedRowsFor(prepared: PreparedPreview, erase: readonly ProductField[]): number {
  let rows = 0;
  for (const [fields, count] of Object.entries(prepared.summary.unchangedByErasable)) {
    if (fields.split(',').some((field) => erase.includes(field as ProductField))) rows += count;
  }
  return rows;
}
