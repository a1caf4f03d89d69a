// Contract: bulk product import from CSV — preview (detection, mapping, diff),
// start, pause, resume, cancel, progress, failed rows and saved mapping profiles.
// Pure TypeScript: no Node or DOM API. Carries file data, never a secret.
import { z } from 'zod';
import { fieldProblemSchema } from '../errors.js';
import { PRODUCT_FIELDS } from '../domain/product.js';
import { event, operation } from './define.js';

const productFieldSchema = z.enum(PRODUCT_FIELDS);
const cellValueSchema = z.union([z.string(), z.number(), z.null()]);

/** Encodings the user may choose instead of the detected one. */
export const importEncodingSchema = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-1', 'iso-8859-15', 'macintosh']);

/** Delimiters the user may choose instead of the detected one. */
export const importDelimiterSchema = z.enum([';', ',', '\t']);

/** Header (trimmed, as written) → the field it fills, or null to ignore the column. */
export const importMappingSchema = z.record(z.string(), productFieldSchema.nullable());

/** A file to preview: its name and bytes. Never a path: the renderer must not make the main side read a file it names. */
export const importSourceSchema = z.strictObject({ name: z.string().min(1).max(255), bytesBase64: z.string() });

/** One column of the file and the field it maps to. */
export const importColumnSchema = z.object({
  index: z.number().int().min(0),
  header: z.string(),
  field: productFieldSchema.nullable(),
  source: z.enum(['auto', 'manual', 'none']),
});

/** One row of the preview: its line, code, kind, changes field by field, and problems. */
export const importPreviewRowSchema = z.object({
  line: z.number().int(),
  code: z.string(),
  category: z.enum(['new', 'changed', 'unchanged', 'invalid']),
  changes: z.array(z.object({ field: productFieldSchema, from: cellValueSchema, to: cellValueSchema })),
  erasable: z.array(productFieldSchema),
  problems: z.array(fieldProblemSchema),
  warnings: z.array(z.string()),
});

/** What the preview screen shows before anything is sent. */
export const importPreviewSchema = z.object({
  previewId: z.string(),
  fileName: z.string(),
  encoding: z.object({ encoding: importEncodingSchema, name: z.string(), reason: z.string() }),
  delimiter: z.object({ delimiter: importDelimiterSchema, name: z.string(), reason: z.string() }),
  columns: z.array(importColumnSchema),
  unknownHeaders: z.array(z.string()),
  counts: z.object({ rows: z.number(), new: z.number(), changed: z.number(), unchanged: z.number(), invalid: z.number() }),
  /** The first rows of each kind (up to sampleSize each). */
  samples: z.object({
    new: z.array(importPreviewRowSchema),
    changed: z.array(importPreviewRowSchema),
    unchanged: z.array(importPreviewRowSchema),
    invalid: z.array(importPreviewRowSchema),
  }),
  /** Columns whose blank cells would erase stored values; kept unless listed in import.start's erase. */
  erasable: z.array(z.object({ field: productFieldSchema, header: z.string(), rows: z.number() })),
  duplicates: z.array(z.array(z.object({ line: z.number(), code: z.string() }))),
  /** Why the import cannot start yet, in words for the merchant; null when it can. */
  blocked: z.string().nullable(),
});
/** The preview as the renderer receives it. */
export type ImportPreview = z.infer<typeof importPreviewSchema>;

/** Where an import stands. */
export const importStateSchema = z.enum(['running', 'paused', 'cancelling', 'cancelled', 'finished', 'failed']);

/** Progress of one import, pushed as it runs. */
export const importProgressSchema = z.object({
  importId: z.string(),
  done: z.number().int().min(0),
  failed: z.number().int().min(0),
  total: z.number().int().min(0),
  ratePerSecond: z.number().min(0),
  etaSeconds: z.number().min(0).nullable(),
  state: importStateSchema,
});
/** One import.progress payload. */
export type ImportProgressPayload = z.infer<typeof importProgressSchema>;

/** The outcome of an import (or what it has done so far). */
export const importResultSchema = z.object({
  importId: z.string(),
  fileName: z.string(),
  state: importStateSchema,
  counts: z.object({ created: z.number(), updated: z.number(), unchanged: z.number(), invalid: z.number(), failed: z.number(), notSent: z.number() }),
  /** Per-row outcomes of rows that were sent, failed or invalid (unchanged rows are only counted). */
  results: z.array(z.object({ line: z.number(), code: z.string(), outcome: z.enum(['created', 'updated', 'failed', 'invalid']), message: z.string().optional() })),
});

/** An import a crash, quit or cancel left unfinished. */
export const unfinishedImportSchema = z.object({ importId: z.string(), fileName: z.string(), createdAt: z.string(), total: z.number() });

/** A saved header mapping, chosen by name on the next import. */
export const mappingProfileSchema = z.object({ name: z.string().min(1).max(80), mapping: importMappingSchema });

const importIdInput = z.object({ importId: z.string().min(1) });

/** The import operations, spread into the contract's operation list. */
export const importOperations = {
  'import.preview': operation(
    'Read a CSV, map its headers and compare every row with the catalogue; sends nothing',
    z.object({
      source: importSourceSchema,
      encoding: importEncodingSchema.optional(),
      delimiter: importDelimiterSchema.optional(),
      mapping: importMappingSchema.optional(),
      sampleSize: z.number().int().min(1).max(1000).optional(),
    }),
    importPreviewSchema,
  ),
  'import.start': operation(
    'Send the new and changed rows of a preview; `erase` lists the columns whose blank cells erase stored values',
    z.object({ previewId: z.string().min(1), erase: z.array(productFieldSchema).default([]), concurrency: z.number().int().min(1).max(16).optional() }),
    z.object({ importId: z.string() }),
  ),
  'import.pause': operation('Stop starting new sends; requests in flight finish', importIdInput, importProgressSchema),
  'import.resume': operation('Continue a paused import, or one a crash, quit or cancel left unfinished', importIdInput, importProgressSchema),
  'import.cancel': operation('Stop an import; it can be resumed later without sending any row twice', importIdInput, importProgressSchema),
  'import.result': operation('Read the per-row outcome of an import (so far)', importIdInput, importResultSchema),
  'import.failedCsv': operation(
    'The rows that did not import, as CSV text with a problem column, safe to open in Excel',
    importIdInput,
    z.object({ fileName: z.string(), csv: z.string() }),
  ),
  'import.unfinished': operation('List imports that stopped before the end', z.object({}), z.array(unfinishedImportSchema)),
  'import.profiles.list': operation('List saved header mappings', z.object({}), z.array(mappingProfileSchema)),
  'import.profiles.save': operation('Save (or replace) a header mapping under a name', mappingProfileSchema, z.array(mappingProfileSchema)),
  'import.profiles.delete': operation('Delete a saved header mapping', z.object({ name: z.string().min(1) }), z.array(mappingProfileSchema)),
};

/** The import events, spread into the contract's event list. */
export const importEvents = {
  'import.progress': event('An import sent more rows, or changed state', importProgressSchema),
};
