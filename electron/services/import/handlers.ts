// The import's contract handlers: preview on a worker thread, then start, pause,
// resume and cancel imports, read results and failed rows, and manage mapping
// profiles. Progress goes out as import.progress events. Never sees a secret:
// the sender it is given already knows how to authenticate.
import { randomUUID } from 'node:crypto';
import { ValidationError } from '../../../shared/errors.js';
import type { OperationHandlers } from '../router.js';
import type { EventBus } from '../event-bus.js';
import type { Catalogue } from './diff.js';
import { previewImport, resumeImport, startImport, type PreparedPreview, type PreviewRequest } from './engine.js';
import { failedRowsCsv } from './failed-csv.js';
import type { ImportRun } from './import-run.js';
import { unfinishedImports } from './journal.js';
import { deleteProfile, listProfiles, saveProfile } from './mapping-profiles.js';
import { previewInWorker } from './preview-worker.js';
import type { ProductSender, ThrottleListener } from './product-sender.js';
import type { ImportProgress } from './progress.js';
import type { ImportSource } from './source.js';

/** What the import handlers need from the service graph. */
export interface ImportHandlerDeps {
  readonly dataDir: string;
  readonly bus: EventBus;
  /** The current catalogue by exact code (from the store, or the API). */
  readonly loadCatalogue: () => Promise<Catalogue>;
  /** A sender over the signed-in API client; push-back must reach `onThrottle`. */
  readonly createSender: (onThrottle: ThrottleListener) => ProductSender;
  /** Parse and check on a worker thread (default true; tests of the handlers may turn it off). */
  readonly useWorker?: boolean;
  readonly now?: () => number;
  /** Told when an import run fails outright (for the log). */
  readonly onRunFailure?: (importId: string, error: unknown) => void;
}

type ImportOperation =
  | 'import.preview'
  | 'import.start'
  | 'import.pause'
  | 'import.resume'
  | 'import.cancel'
  | 'import.result'
  | 'import.failedCsv'
  | 'import.unfinished'
  | 'import.profiles.list'
  | 'import.profiles.save'
  | 'import.profiles.delete';

/** The import handlers, for the integrator to spread into the router's handler map. */
export type ImportHandlers = Pick<OperationHandlers, ImportOperation>;

// Previews hold no rows, only counts and samples; a few are kept for the user to go back and forth.
const KEPT_PREVIEWS = 5;

/** Builds the handlers of every import.* operation over one service graph. */
export function createImportHandlers(deps: ImportHandlerDeps): ImportHandlers {
  const previews = new Map<string, PreparedPreview>();
  const runs = new Map<string, ImportRun>();
  const engine = { dataDir: deps.dataDir, createSender: deps.createSender, now: deps.now };

  function track(run: ImportRun): ImportRun {
    runs.set(run.importId, run);
    run.finished.catch((error: unknown) => deps.onRunFailure?.(run.importId, error));
    return run;
  }

  // LIMIT: results and failed rows are served for runs of this session; after a restart an
  // import must be resumed (import.resume) before they can be read again.
  function runOf(importId: string): ImportRun {
    const run = runs.get(importId);
    if (!run) throw new ValidationError(`No import ${importId} is running in this session`);
    return run;
  }

  const runOptions = async (concurrency?: number) => ({
    catalogue: await deps.loadCatalogue(),
    concurrency,
    onProgress: (progress: ImportProgress) => deps.bus.emit('import.progress', progress),
  });

  return {
    'import.preview': async (input) => {
      const request: PreviewRequest = { ...input, source: toSource(input.source) };
      const catalogue = await deps.loadCatalogue();
      const prepared = deps.useWorker === false ? await previewImport(request, catalogue) : await previewInWorker(request, catalogue);
      const previewId = randomUUID();
      previews.set(previewId, prepared);
      for (const old of [...previews.keys()].slice(0, -KEPT_PREVIEWS)) previews.delete(old);
      return { previewId, fileName: sourceLabel(input.source), ...prepared.summary };
    },
    'import.start': async ({ previewId, erase, concurrency }) => {
      const prepared = previews.get(previewId);
      if (!prepared) throw new ValidationError('That preview is no longer available; preview the file again');
      const run = track(await startImport(engine, prepared, erase, await runOptions(concurrency)));
      return { importId: run.importId };
    },
    'import.pause': async ({ importId }) => {
      const run = runOf(importId);
      run.pause();
      return run.progress();
    },
    'import.resume': async ({ importId }) => {
      const active = runs.get(importId);
      if (active && active.progress().state === 'paused') {
        active.resume();
        return active.progress();
      }
      if (active && !['cancelled', 'failed'].includes(active.progress().state)) return active.progress();
      // Only an id the journal folder lists: an unknown id (or a path) is the caller's mistake.
      const unfinished = await unfinishedImports(deps.dataDir);
      if (!unfinished.some((header) => header.importId === importId)) throw new ValidationError(`No unfinished import ${importId} to resume`);
      const run = track(await resumeImport(engine, importId, await runOptions()));
      return run.progress();
    },
    'import.cancel': async ({ importId }) => {
      const run = runOf(importId);
      run.cancel();
      return run.progress();
    },
    'import.result': async ({ importId }) => {
      const run = runOf(importId);
      const { state, counts, results } = run.report();
      return { importId, fileName: run.fileName, state, counts, results };
    },
    'import.failedCsv': async ({ importId }) => {
      const run = runOf(importId);
      const report = run.report();
      const fileName = run.fileName.replace(/(\.[^.]*)?$/, '-failed.csv');
      return { fileName, csv: failedRowsCsv(report.header, report.failedRows, report.delimiter) };
    },
    'import.unfinished': async () =>
      (await unfinishedImports(deps.dataDir))
        .filter((header) => !runs.has(header.importId) || ['cancelled', 'failed'].includes(runs.get(header.importId)!.progress().state))
        .map(({ importId, fileName, createdAt, total }) => ({ importId, fileName, createdAt, total })),
    'import.profiles.list': async () => listProfiles(deps.dataDir),
    'import.profiles.save': async (profile) => saveProfile(deps.dataDir, profile),
    'import.profiles.delete': async ({ name }) => deleteProfile(deps.dataDir, name),
  };
}

// The contract carries bytes only; paths reach the engine from the CLI directly, never from a renderer.
function toSource(source: { name: string; bytesBase64: string }): ImportSource {
  return { name: source.name, bytes: Buffer.from(source.bytesBase64, 'base64') };
}

function sourceLabel(source: { name: string }): string {
  return source.name;
}
