// `ogo products import FILE`: the import engine on the command line — preview,
// then send only new and changed rows with a progress bar on a terminal. Exit 0
// when every row is fine, 1 when rows failed or were invalid, 2 for usage or fatal
// errors. Resumes an unfinished import of the same file and choices by itself.
import { writeFile } from 'node:fs/promises';
import { PRODUCT_FIELDS, type ProductField } from '../../../shared/domain/product.js';
import { CancelledError, OgoError } from '../../../shared/errors.js';
import { IMPORT_DELIMITERS, type ImportDelimiter } from '../../services/import/delimiter.js';
import type { Catalogue } from '../../services/import/diff.js';
import { IMPORT_ENCODINGS, type ImportEncoding } from '../../services/import/encoding.js';
import { resumeImport, startImport, type ImportEngineDeps, type PreparedPreview } from '../../services/import/engine.js';
import { failedRowsCsv } from '../../services/import/failed-csv.js';
import type { ImportReport, ImportRun } from '../../services/import/import-run.js';
import { unfinishedImports } from '../../services/import/journal.js';
import type { PreviewSummary } from '../../services/import/preview.js';
import { previewInWorker } from '../../services/import/preview-worker.js';
import { createApiProductSender, loadCatalogueFromApi } from '../../services/import/product-sender.js';
import type { ImportProgress } from '../../services/import/progress.js';
import { UsageError, intOption, type CommandContext, type CommandSpec } from '../command.js';
import { controlSafeOutput } from '../output.js';
import { formatDuration } from '../progress-bar.js';

const ENCODING_ALIASES: Record<string, ImportEncoding> = { utf8: 'utf-8', cp1252: 'windows-1252', latin1: 'iso-8859-1', latin9: 'iso-8859-15', mac: 'macintosh', macroman: 'macintosh', utf16: 'utf-16le', utf16le: 'utf-16le', utf16be: 'utf-16be' };
const DELIMITER_NAMES: Record<string, ImportDelimiter> = { tab: '\t', '\\t': '\t', semicolon: ';', comma: ',' };

interface ImportChoices {
  readonly file: string;
  readonly encoding?: ImportEncoding;
  readonly delimiter?: ImportDelimiter;
  readonly concurrency: number;
  readonly erase: ProductField[];
}

function readChoices({ positionals, options }: CommandContext): ImportChoices {
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('give exactly one FILE to import');
  const concurrency = intOption(options.concurrency, 'concurrency') ?? 4;
  if (concurrency < 1 || concurrency > 16) throw new UsageError('--concurrency must be between 1 and 16');
  return { file, encoding: encodingOf(options.encoding), delimiter: delimiterOf(options.delimiter), concurrency, erase: eraseOf(options.erase) };
}

function encodingOf(value: string | boolean | undefined): ImportEncoding | undefined {
  if (typeof value !== 'string') return undefined;
  const key = value.toLowerCase();
  const encoding = ENCODING_ALIASES[key.replace(/[-_]/g, '')] ?? (IMPORT_ENCODINGS as readonly string[]).find((name) => name === key);
  if (!encoding) throw new UsageError(`--encoding must be one of ${IMPORT_ENCODINGS.join(', ')}`);
  return encoding as ImportEncoding;
}

function delimiterOf(value: string | boolean | undefined): ImportDelimiter | undefined {
  if (typeof value !== 'string') return undefined;
  const delimiter = DELIMITER_NAMES[value.toLowerCase()] ?? (IMPORT_DELIMITERS as readonly string[]).find((candidate) => candidate === value);
  if (!delimiter) throw new UsageError('--delimiter must be ; , or tab');
  return delimiter as ImportDelimiter;
}

function eraseOf(value: string | boolean | undefined): ProductField[] {
  if (typeof value !== 'string') return [];
  const fields = value.split(',').map((field) => field.trim());
  const unknown = fields.filter((field) => !(PRODUCT_FIELDS as readonly string[]).includes(field));
  if (unknown.length > 0) throw new UsageError(`--erase takes product fields (${PRODUCT_FIELDS.join(', ')}); unknown: ${unknown.join(', ')}`);
  return fields as ProductField[];
}

function printPreview({ out }: CommandContext, summary: PreviewSummary): void {
  out.line(`Encoding: ${summary.encoding.name} (${summary.encoding.reason})`);
  out.line(`Delimiter: ${summary.delimiter.name} (${summary.delimiter.reason})`);
  out.line(`Columns: ${summary.columns.map((column) => `${column.header || `(column ${column.index + 1})`} → ${column.field ?? '-'}`).join(', ')}`);
  if (summary.unknownHeaders.length > 0) out.line(`Not imported (no matching field): ${summary.unknownHeaders.join(', ')}`);
  const { counts } = summary;
  out.line(`Rows: ${counts.rows} — ${counts.new} new, ${counts.changed} changed, ${counts.unchanged} unchanged, ${counts.invalid} invalid`);
  for (const row of summary.samples.changed) {
    out.line(`  line ${row.line} ${row.code}: ${row.changes.map((change) => `${change.field} ${JSON.stringify(change.from)} → ${JSON.stringify(change.to)}`).join(', ')}`);
  }
  for (const row of summary.samples.invalid) {
    for (const problem of row.problems) out.line(`  line ${problem.row ?? row.line}, ${problem.field}: ${problem.message}`);
  }
  for (const column of summary.erasable) out.line(`Blank "${column.header}" cells on ${column.rows} row(s) keep the stored values; --erase ${column.field} erases them`);
  if (summary.blocked) out.line(`Cannot import yet: ${summary.blocked}`);
}

function renderProgress(progress: ImportProgress): string {
  const settled = progress.done + progress.failed;
  const fraction = progress.total > 0 ? settled / progress.total : 1;
  const filled = Math.round(fraction * 24);
  const eta = progress.etaSeconds === null ? '' : ` · ETA ${formatDuration(progress.etaSeconds)}`;
  const failed = progress.failed > 0 ? ` · ${progress.failed} failed` : '';
  return `[${'#'.repeat(filled)}${'.'.repeat(24 - filled)}] ${settled}/${progress.total}${failed} · ${progress.ratePerSecond}/s${eta}${progress.state === 'paused' ? ' · paused' : ''}`;
}

async function runOrResume(context: CommandContext, deps: ImportEngineDeps, prepared: PreparedPreview, choices: ImportChoices, catalogue: Catalogue): Promise<ImportRun> {
  const { out } = context;
  const onProgress = (progress: ImportProgress) => {
    if (out.interactive) out.status(renderProgress(progress));
  };
  const options = { catalogue, concurrency: choices.concurrency, onProgress };
  const same = (await unfinishedImports(deps.dataDir)).find(
    (header) => header.digest === prepared.digest && header.encoding === prepared.encoding && header.delimiter === prepared.delimiter && header.erase.join() === choices.erase.join(),
  );
  if (same) {
    out.note(`Resuming import ${same.importId} of ${same.fileName} (started ${same.createdAt}); rows already sent are not sent again.`);
    return resumeImport(deps, same.importId, options);
  }
  return startImport(deps, prepared, choices.erase, options);
}

async function writeFailedRows(context: CommandContext, report: ImportReport): Promise<void> {
  const path = context.options['failed-csv'];
  if (report.failedRows.length === 0) return;
  if (typeof path !== 'string') {
    context.out.note(`${report.failedRows.length} row(s) did not import; add --failed-csv PATH to save them as a CSV to fix and import again.`);
    return;
  }
  await writeFile(path, failedRowsCsv(report.header, report.failedRows, report.delimiter));
  context.out.note(`Rows that did not import are in ${path} (cells that Excel would run as formulas start with an apostrophe).`);
}

function printReport(context: CommandContext, summary: PreviewSummary, report: ImportReport): void {
  if (context.global.json) return context.out.json({ preview: summary, report: { importId: report.importId, state: report.state, counts: report.counts, results: report.results } });
  const { counts } = report;
  for (const row of report.results.filter((result) => result.outcome === 'failed')) context.out.line(`  line ${row.line} ${row.code}: ${row.message}`);
  context.out.line(`Created ${counts.created}, updated ${counts.updated}, unchanged ${counts.unchanged}, invalid ${counts.invalid}, failed ${counts.failed}${counts.notSent ? `, not sent ${counts.notSent}` : ''}.`);
}

async function importCommand(context: CommandContext): Promise<number> {
  const choices = readChoices(context);
  const services = await context.services();
  const catalogue = await loadCatalogueFromApi(services.api, { signal: context.signal });
  const prepared = await previewInWorker({ source: { filePath: choices.file }, encoding: choices.encoding, delimiter: choices.delimiter }, catalogue);
  const { summary } = prepared;
  const clean = summary.counts.invalid === 0 && summary.blocked === null;
  if (context.options['dry-run'] || summary.blocked) {
    if (context.global.json) context.out.json({ preview: summary });
    else printPreview(context, summary);
    return clean ? 0 : 1;
  }
  if (!context.global.json) printPreview(context, summary);
  const deps: ImportEngineDeps = {
    dataDir: services.config.dataDir,
    createSender: (onThrottle) => createApiProductSender({ apiUrl: () => services.endpoints().apiUrl, tokenSource: services.session().tokenSource, onThrottle }),
  };
  const run = await runOrResume(context, deps, prepared, choices, catalogue);
  const onAbort = () => run.cancel();
  context.signal.addEventListener('abort', onAbort, { once: true });
  const report = await run.finished.finally(() => context.signal.removeEventListener('abort', onAbort));
  if (context.out.interactive) context.out.status(`${renderProgress(run.progress())}\n`);
  printReport(context, summary, report);
  await writeFailedRows(context, report);
  if (report.state === 'cancelled') {
    context.out.note('Import cancelled; run the same command again to resume where it stopped.');
    return 130;
  }
  return report.counts.failed + report.counts.invalid > 0 ? 1 : 0;
}

function fatalMessage(error: unknown, file: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') return `cannot read ${file} (${code})`;
  if (error instanceof OgoError) return error.message;
  return `unexpected error: ${(error as Error).message}`;
}

/** The product import command. */
export const commands: CommandSpec[] = [
  {
    name: 'products import',
    summary: 'Import products from a CSV file (Excel, ERP or web shop export): preview, then send new and changed rows',
    args: 'FILE',
    options: {
      'dry-run': { type: 'boolean', help: 'only show what would change; send nothing' },
      concurrency: { type: 'string', value: 'N', help: 'requests in flight at once (default 4, 1–16)' },
      encoding: { type: 'string', value: 'E', help: `file encoding instead of the detected one (${IMPORT_ENCODINGS.join(', ')})` },
      delimiter: { type: 'string', value: 'D', help: 'delimiter instead of the detected one: ; , or tab' },
      erase: { type: 'string', value: 'FIELDS', help: 'comma-separated fields whose blank cells erase stored values (default: keep)' },
      'failed-csv': { type: 'string', value: 'PATH', help: 'write rows that did not import to PATH, to fix and import again' },
    },
    async run(raw) {
      // Codes, headers and messages come from the file and the server: never let them drive the terminal.
      const context: CommandContext = { ...raw, out: controlSafeOutput(raw.out) };
      try {
        return await importCommand(context);
      } catch (error) {
        if (error instanceof UsageError || error instanceof CancelledError) throw error;
        // Anything that stops the whole import (missing file, no sign-in, broken file) is fatal: exit 2.
        context.out.note(`ogo: ${fatalMessage(error, context.positionals[0] ?? '')}`);
        return 2;
      }
    },
  },
];
