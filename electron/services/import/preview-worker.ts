// Runs an import preview on a worker thread so parsing and checking a large file
// never blocks the main process (and so the window). Never sends anything.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Product } from '../../../shared/domain/product.js';
import { OgoError, ValidationError } from '../../../shared/errors.js';
import { previewImport, type PreparedPreview, type PreviewRequest } from './engine.js';

interface WorkerInput {
  readonly request: PreviewRequest;
  readonly catalogue: [string, Product][];
}

type WorkerAnswer =
  | { ok: true; prepared: PreparedPreview }
  | { ok: false; message: string; validation: boolean; problems?: unknown; code?: string };

// Parsing makes many short-lived strings; a young generation of 48 MB (V8 picks far
// more on a big machine) keeps the peak resident memory of a 100,000-row preview
// under 250 MB at no measurable cost in time (see bench/import.bench.ts).
const LIMITS = { maxYoungGenerationSizeMb: 48 };

/** Previews on a worker thread; errors come back as the same typed errors. */
export function previewInWorker(request: PreviewRequest, catalogue: ReadonlyMap<string, Product>): Promise<PreparedPreview> {
  // In a build this URL names the worker bundle; run from the TypeScript sources (tests, or
  // `ogo`, which registers tsx through its API rather than a flag), the worker needs tsx too.
  const self = new URL(import.meta.url);
  const needsTsx = self.pathname.endsWith('.ts') && !process.execArgv.some((arg) => arg.includes('tsx'));
  const worker = new Worker(self, {
    workerData: { request, catalogue: [...catalogue] } satisfies WorkerInput,
    resourceLimits: LIMITS,
    execArgv: needsTsx ? [...process.execArgv, '--import', 'tsx'] : undefined,
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (answer: WorkerAnswer) => {
      if (answer.ok) resolve(answer.prepared);
      else if (answer.validation) reject(new ValidationError(answer.message, answer.problems as never));
      else reject(Object.assign(new Error(answer.message), { code: answer.code }));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The import preview worker stopped (exit ${code})`));
    });
  });
}

async function runInWorker(input: WorkerInput): Promise<WorkerAnswer> {
  try {
    return { ok: true, prepared: await previewImport(input.request, new Map(input.catalogue)) };
  } catch (error) {
    const validation = error instanceof ValidationError;
    // A file that cannot be read keeps its errno code, so callers can say which file and why.
    const code = (error as NodeJS.ErrnoException).code;
    const message = error instanceof OgoError || code ? (error as Error).message : 'The preview failed inside OGO Desk; the log has details.';
    return { ok: false, message, validation, problems: validation ? error.problems : undefined, code };
  }
}

if (!isMainThread && parentPort && (workerData as WorkerInput | undefined)?.request) {
  const port = parentPort;
  void runInWorker(workerData as WorkerInput).then((answer) => port.postMessage(answer));
}
