// Test helpers that run the import engine against a real sandbox over loopback.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type SandboxHandle, type SandboxOptions } from '../../../electron/sandbox/index.js';
import { collect, createApiClient, type ApiClient } from '../../../electron/services/api/index.js';
import type { Catalogue } from '../../../electron/services/import/diff.js';
import type { ImportEngineDeps } from '../../../electron/services/import/engine.js';
import { createApiProductSender, type ProductSender } from '../../../electron/services/import/product-sender.js';
import { apiRequests, demoTokenSource, type LoggedRequest } from '../api/sandbox-helpers.js';

/** A sandbox, a client to inspect it, and a temp data folder; `close` removes all. */
export interface ImportBench {
  readonly sandbox: SandboxHandle;
  readonly api: ApiClient;
  readonly dataDir: string;
  readonly deps: ImportEngineDeps;
  /** The largest number of sender calls seen in flight at once. */
  readonly maxInFlight: () => number;
  catalogue(): Promise<Catalogue>;
  writeCsv(name: string, text: string): Promise<string>;
  close(): Promise<void>;
}

/** Starts a sandbox with few seeded records and an engine wired to it. */
export async function startImportBench(options: SandboxOptions = {}): Promise<ImportBench> {
  const sandbox = await startSandbox({ orders: 0, products: 5, ...options });
  const tokenSource = demoTokenSource(sandbox.url);
  const api = createApiClient({ apiUrl: sandbox.url, tokenSource });
  const dataDir = await mkdtemp(join(tmpdir(), 'ogo-import-'));
  let inFlight = 0;
  let maxInFlight = 0;
  const counted = <A extends unknown[], R>(call: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    try {
      return await call(...args);
    } finally {
      inFlight -= 1;
    }
  };
  const createSender = (onThrottle: (ms: number) => void): ProductSender => {
    const sender = createApiProductSender({ apiUrl: sandbox.url, tokenSource, onThrottle });
    return { create: counted(sender.create), update: counted(sender.update), find: sender.find };
  };
  return {
    sandbox,
    api,
    dataDir,
    deps: { dataDir, createSender },
    maxInFlight: () => maxInFlight,
    catalogue: async () => new Map((await collect(api.products.pages({}))).map((product) => [product.code, product])),
    writeCsv: async (name, text) => {
      const path = join(dataDir, name);
      await writeFile(path, text);
      return path;
    },
    close: async () => {
      await sandbox.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Product writes the sandbox logged: method, decoded path code and status. */
export async function productWrites(url: string): Promise<LoggedRequest[]> {
  const logged = await apiRequests(url, '/api/v1/products');
  return logged.filter((entry) => entry.method === 'POST' || entry.method === 'PUT');
}

/** A CSV of `count` new products CODE-1..CODE-n with a comma delimiter. */
export function newProductsCsv(prefix: string, count: number): string {
  const rows = Array.from({ length: count }, (_, index) => `${prefix}-${index + 1},Product ${index + 1},9.90,en`);
  return ['code,name,salesPrice,languageCode', ...rows].join('\n');
}
