// Contract: renderer log lines forwarded to the main side's logger, and the
// "Export diagnostics" bundle (preview its files, then save it).
// Pure TypeScript: no Node or DOM API. Carries no secret: every file is redacted
// on the main side before the renderer sees it.
import { z } from 'zod';
import { operation } from './define.js';

/** Levels a renderer line may have (debug stays in the renderer's devtools). */
export const rendererLogLevelSchema = z.enum(['error', 'warn', 'info']);

// A log context is free-form JSON, and zod checks JSON by recursion: a context nested thousands
// of levels deep would overflow the stack while being validated. These caps are far beyond any
// real log line, and are checked without recursion before the JSON check runs.
const MAX_CONTEXT_DEPTH = 16;
const MAX_CONTEXT_VALUES = 2000;

/** True when every nested object or array sits within the depth cap and the values are few enough. */
function withinContextLimits(value: unknown): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  let seen = 0;
  while (pending.length > 0) {
    const item = pending.pop()!;
    seen += 1;
    // The count also ends the walk of a cyclic structure, which IPC cloning can carry.
    if (seen > MAX_CONTEXT_VALUES) return false;
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (item.depth >= MAX_CONTEXT_DEPTH) return false;
    for (const child of Object.values(item.value)) pending.push({ value: child, depth: item.depth + 1 });
  }
  return true;
}

/** A renderer log line's context: a JSON object of bounded depth and size. */
export const logContextSchema = z
  .custom<unknown>(withinContextLimits, {
    message: `Must be at most ${MAX_CONTEXT_DEPTH} levels deep with at most ${MAX_CONTEXT_VALUES} values`,
  })
  .pipe(z.record(z.string(), z.json()));

/** One file of the diagnostics bundle as the user sees it before saving. */
export const diagnosticsFileSchema = z.object({
  name: z.string(),
  bytes: z.number().int().min(0),
  /** What the file says; for a long log, its newest part (see `truncated`). */
  preview: z.string(),
  truncated: z.boolean(),
});
/** One previewed file of the bundle. */
export type DiagnosticsFile = z.infer<typeof diagnosticsFileSchema>;

/** The bundle about to be saved: its file name, files and what it deliberately leaves out. */
export const diagnosticsPreviewSchema = z.object({
  bundleId: z.string(),
  fileName: z.string(),
  files: z.array(diagnosticsFileSchema),
  leftOut: z.array(z.string()),
});
/** The preview of a diagnostics bundle. */
export type DiagnosticsPreview = z.infer<typeof diagnosticsPreviewSchema>;

/** How saving went: written where the user chose, cancelled, or handed back for a browser download. */
export const diagnosticsSavedSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('saved'), fileName: z.string() }),
  z.object({ outcome: z.literal('cancelled') }),
  z.object({
    outcome: z.literal('download'),
    fileName: z.string(),
    zipBase64: z.string(),
  }),
]);
/** The outcome of diagnostics.save. */
export type DiagnosticsSaved = z.infer<typeof diagnosticsSavedSchema>;

/** Log and diagnostics operations, spread into the contract's operation list. */
export const diagnosticsOperations = {
  'log.write': operation(
    'Write one renderer line to the app log (rate-limited and redacted on the main side)',
    z.strictObject({
      level: rendererLogLevelSchema,
      message: z.string().max(4000),
      context: logContextSchema.optional(),
    }),
    z.object({ written: z.boolean() }),
  ),
  'diagnostics.preview': operation(
    'Gather logs, versions, settings without secrets, sync, outbox and inbox state for the user to read',
    z.object({}),
    diagnosticsPreviewSchema,
  ),
  'diagnostics.save': operation(
    'Save the previewed bundle as one zip where the user chooses (desktop) or hand it back for download (browser preview)',
    z.strictObject({ bundleId: z.string().min(1).max(100) }),
    diagnosticsSavedSchema,
  ),
};
