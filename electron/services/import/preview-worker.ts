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

type WorkerAnswer = { ok: true; prepared: PreparedPreview } | { ok: false; message: string; validation: boolean; problems?: unknown };

// Parsing makes many short-lived strings; a young generation of 48 MB (V8 picks far
// more on a big machine) keeps the peak resident memory of a 100,000-row preview
// under 250 MB at no measurable cost in time (see bench/import.bench.ts).
const LIMITS = { maxYoungGenerationSizeMb: 48 };

/** Previews on a worker thread; errors come back as the same typed errors. */
export function previewInWorker(request: PreviewRequest, catalogue: ReadonlyMap<string, Product>): Promise<PreparedPreview> {
  // Under tsx the source is .ts; in a build it is the emitted .js beside this file.
  const self = new URL(import.meta.url);
  const worker = new Worker(self, { workerData: { request, catalogue: [...catalogue] } satisfies WorkerInput, resourceLimits: LIMITS });
  return new Promise((resolve, reject) => {
    worker.once('message', (answer: WorkerAnswer) => {
      if (answer.ok) resolve(answer.prepared);
      else reject(answer.validation ? new ValidationError(answer.message, answer.problems as never) : new Error(answer.message));
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
    const message = error instanceof OgoError ? error.message : 'The preview failed inside OGO Desk; the log has details.';
    return { ok: false, message, validation, problems: validation ? error.problems : undefined };
  }
}

if (!isMainThread && parentPort && (workerData as WorkerInput | undefined)?.request) {
  const port = parentPort;
  void runInWorker(workerData as WorkerInput).then((answer) => port.postMessage(answer));
}
