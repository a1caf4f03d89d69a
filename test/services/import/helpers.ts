// Test helpers for the import engine: fixture paths and a one-call preview.
import { fileURLToPath } from 'node:url';
import type { Product } from '../../../shared/domain/product.js';
import type { MappingOverride } from '../../../electron/services/import/header-map.js';
import { buildPreview } from '../../../electron/services/import/preview.js';
import { openCsv, type ReadOptions } from '../../../electron/services/import/read-csv.js';
import { sourceChunks, type ImportSource } from '../../../electron/services/import/source.js';

/** Absolute path of a CSV fixture. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/csv/${name}`, import.meta.url));
}

/** Previews a source against a catalogue given as a list of products. */
export async function preview(source: ImportSource, catalogue: Product[] = [], options: ReadOptions & { mapping?: MappingOverride } = {}) {
  const stream = await openCsv(sourceChunks(source), options);
  const byCode = new Map(catalogue.map((product) => [product.code, product]));
  return buildPreview(stream, byCode, { mapping: options.mapping ?? {} });
}
