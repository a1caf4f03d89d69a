// Runs one import: reads the file again, checks it is the previewed one, and sends
// only new and changed rows through the adaptive limiter, journalling each row so
// a later run resumes where this one stopped. Pause, resume and cancel stop new
// sends only; requests already in flight finish and are journalled.
import { CancelledError, ValidationError } from '../../../shared/errors.js';
import type { Catalogue } from './diff.js';
import { productBody, type ClassifiedRow } from './diff.js';
import type { FailedRow } from './failed-csv.js';
import { Journal, readJournal, type JournalHeader, type JournalReplay } from './journal.js';
import type { ProductSender } from './product-sender.js';
import { ProgressMeter, type ImportProgress, type ImportState } from './progress.js';
import { openCsv } from './read-csv.js';
import { sendRow, type OutgoingRow } from './row-sender.js';
import type { CheckedRow } from './row-check.js';
import { scanCsv } from './scan.js';
import { CANCELLED, SendLimiter } from './send-limiter.js';
import { sourceChunks, sourceDigest } from './source.js';

/** What became of one row. */
export interface RowResult {
  readonly line: number;
  readonly code: string;
  readonly outcome: 'created' | 'updated' | 'failed' | 'invalid';
  readonly message?: string;
}

/** The end of a run. */
export interface ImportReport {
  readonly importId: string;
  readonly state: ImportState;
  readonly counts: { created: number; updated: number; unchanged: number; invalid: number; failed: number; notSent: number };
  readonly results: RowResult[];
  readonly header: string[];
  readonly delimiter: string;
  readonly failedRows: FailedRow[];
}

/** What a run needs from the rest of the app. */
export interface ImportRunDeps {
  readonly dataDir: string;
  readonly sender: ProductSender;
  readonly catalogue: Catalogue;
  readonly concurrency?: number;
  readonly onProgress?: (progress: ImportProgress) => void;
  readonly now?: () => number;
  /** Lets the sender adapter tell this run's limiter about push-back. */
  readonly limiter?: SendLimiter;
}

const PROGRESS_EVERY_MS = 250;

/** Starts a new import from its journal header (written first) and runs it. */
export async function startImportRun(header: JournalHeader, deps: ImportRunDeps): Promise<ImportRun> {
  const journal = await Journal.create(deps.dataDir, header);
  return new ImportRun(header, journal, emptyReplay(header), deps);
}

/** Resumes an import from its journal: rows already done or failed are not sent again. */
export async function resumeImportRun(importId: string, deps: ImportRunDeps): Promise<ImportRun> {
  const replay = await readJournal(deps.dataDir, importId);
  const journal = await Journal.reopen(deps.dataDir, importId);
  return new ImportRun(replay.header, journal, replay, deps);
}

function emptyReplay(header: JournalHeader): JournalReplay {
  return { header, rows: new Map(), state: 'running' };
}

/** A running import; `finished` resolves with the report when it stops. */
export class ImportRun {
  readonly importId: string;
  readonly limiter: SendLimiter;
  readonly finished: Promise<ImportReport>;
  readonly #meter: ProgressMeter;
  readonly #report: MutableReport;
  #state: ImportState = 'running';
  #lastEmit = 0;

  constructor(
    private readonly header: JournalHeader,
    private readonly journal: Journal,
    private readonly replay: JournalReplay,
    private readonly deps: ImportRunDeps,
  ) {
    this.importId = header.importId;
    this.limiter = deps.limiter ?? new SendLimiter(deps.concurrency ?? 4, deps.now);
    this.#meter = new ProgressMeter(header.importId, header.total, deps.now);
    this.#report = newReport(header);
    this.finished = this.#run();
  }

  /** Stops starting new sends; in-flight ones finish. */
  pause(): void {
    if (this.#state !== 'running') return;
    this.limiter.pause();
    this.#setState('paused');
  }

  /** Continues after a pause. */
  resume(): void {
    if (this.#state !== 'paused') return;
    this.limiter.resume();
    this.#setState('running');
  }

  /** Stops for good; the journal keeps what was done, so a later resume continues. */
  cancel(): void {
    if (this.#state !== 'running' && this.#state !== 'paused') return;
    this.limiter.cancel();
    this.#setState('cancelling');
  }

  /** The current progress. */
  progress(): ImportProgress {
    return this.#meter.snapshot(this.#state);
  }

  /** The outcome so far (final once `finished` resolves). */
  report(): ImportReport {
    const report = this.#report;
    return { ...report, state: this.#state, counts: { ...report.counts }, results: [...report.results], failedRows: [...report.failedRows] };
  }

  /** The name of the file being imported. */
  get fileName(): string {
    return this.header.fileName;
  }

  async #run(): Promise<ImportReport> {
    const report = this.#report;
    try {
      await this.#checkFileUnchanged();
      await this.#sendAll(report);
      const state = this.limiter.cancelled ? 'cancelled' : 'finished';
      await this.journal.append({ type: 'state', state });
      this.#setState(state);
    } catch (error) {
      this.#setState(error instanceof CancelledError ? 'cancelled' : 'failed');
      throw error;
    } finally {
      await this.journal.close().catch(() => undefined);
    }
    return this.report();
  }

  async #checkFileUnchanged(): Promise<void> {
    const digest = await sourceDigest({ filePath: this.header.filePath });
    if (digest !== this.header.digest) {
      throw new ValidationError(`${this.header.fileName} changed since it was previewed; preview it again before importing`);
    }
  }

  async #sendAll(report: MutableReport): Promise<void> {
    const { header, deps } = this;
    const stream = await openCsv(sourceChunks({ filePath: header.filePath }), { encoding: header.encoding, delimiter: header.delimiter });
    report.header = stream.header.cells;
    const inFlight = new Set<Promise<void>>();
    let fatal: unknown = null;
    const visit = async (row: ClassifiedRow, checked: CheckedRow) => {
      const outgoing = this.#triage(row, checked, report);
      if (outgoing === null) return;
      // The intent goes to disk while the row waits for a slot. A row cancelled in between
      // keeps an intent without an outcome, which a resume settles by looking the code up.
      outgoing.intent?.catch(() => undefined);
      if (this.limiter.cancelled || (await this.limiter.acquire()) === CANCELLED) {
        report.counts.notSent += 1;
        return;
      }
      const task = this.#send(outgoing, checked, report)
        .catch((error: unknown) => void (fatal ??= error))
        .finally(() => inFlight.delete(task));
      inFlight.add(task);
    };
    try {
      await scanCsv(stream, header.mapping, deps.catalogue, new Set(header.erase), visit);
    } finally {
      await Promise.all(inFlight);
    }
    if (fatal !== null) throw fatal;
  }

  // Decides what to do with a row: report it, skip it, or send it.
  #triage(row: ClassifiedRow, checked: CheckedRow, report: MutableReport): OutgoingRow | null {
    // The journal speaks first: a row settled in an earlier run is reported, never re-sent,
    // even though the catalogue now shows it as unchanged.
    // LIMIT: a row that failed in an earlier run stays failed on resume; fixing it means a new import.
    const earlier = row.category === 'invalid' ? undefined : this.replay.rows.get(row.line);
    if (earlier && earlier.type !== 'intent') {
      this.#recordEarlier(earlier, checked, report);
      return null;
    }
    if (row.category === 'unchanged' && !earlier) {
      report.counts.unchanged += 1;
      return null;
    }
    if (row.category === 'invalid') {
      const message = row.problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ') || 'The code appears on more than one line';
      report.counts.invalid += 1;
      report.results.push({ line: row.line, code: row.code, outcome: 'invalid', message });
      report.failedRows.push({ line: row.line, cells: checked.cells, message });
      return null;
    }
    const op = earlier?.op ?? (row.category === 'new' ? 'create' : 'update');
    const body = productBody(row, this.deps.catalogue.get(row.code));
    const maybeSent = earlier !== undefined;
    const intent = maybeSent ? null : this.journal.append({ type: 'intent', line: row.line, code: row.code, op });
    return { line: row.line, code: row.code, op, body, maybeSent, intent };
  }

  #recordEarlier(entry: { type: 'done' | 'failed'; line: number; code: string; op: 'create' | 'update'; message?: string }, checked: CheckedRow, report: MutableReport): void {
    if (entry.type === 'done') {
      tally(report, entry.op);
      report.results.push({ line: entry.line, code: entry.code, outcome: entry.op === 'create' ? 'created' : 'updated' });
      this.#meter.carryOver(1, 0);
      return;
    }
    const message = entry.message ?? 'Failed in an earlier run';
    report.counts.failed += 1;
    report.results.push({ line: entry.line, code: entry.code, outcome: 'failed', message });
    report.failedRows.push({ line: entry.line, cells: checked.cells, message });
    this.#meter.carryOver(0, 1);
  }

  async #send(row: OutgoingRow, checked: CheckedRow, report: MutableReport): Promise<void> {
    let ok = false;
    try {
      // sendRow gives the limiter slot back itself, as soon as the server has answered.
      const outcome = await sendRow(row, this.deps.sender, this.journal, this.limiter);
      ok = outcome.ok;
      if (outcome.ok) {
        tally(report, row.op);
        report.results.push({ line: row.line, code: row.code, outcome: row.op === 'create' ? 'created' : 'updated' });
      } else {
        report.counts.failed += 1;
        report.results.push({ line: row.line, code: row.code, outcome: 'failed', message: outcome.message });
        report.failedRows.push({ line: row.line, cells: checked.cells, message: outcome.message });
      }
    } catch (error) {
      // The journal cannot be written: sending more would break the no-duplicates promise.
      this.limiter.cancel();
      throw error;
    }
    this.#meter.record(ok);
    this.#emit(false);
  }

  #setState(state: ImportState): void {
    this.#state = state;
    this.#emit(true);
  }

  #emit(force: boolean): void {
    const now = (this.deps.now ?? Date.now)();
    if (!force && now - this.#lastEmit < PROGRESS_EVERY_MS) return;
    this.#lastEmit = now;
    this.deps.onProgress?.(this.#meter.snapshot(this.#state));
  }
}

// LIMIT: per-row results of sent, failed and invalid rows are kept in memory for the report
// (unchanged rows are only counted); a 100,000-row import holds 100,000 small objects.
type MutableReport = { -readonly [K in keyof ImportReport]: ImportReport[K] };

function newReport(header: JournalHeader): MutableReport {
  return {
    importId: header.importId,
    state: 'running',
    counts: { created: 0, updated: 0, unchanged: 0, invalid: 0, failed: 0, notSent: 0 },
    results: [],
    header: [],
    delimiter: header.delimiter,
    failedRows: [],
  };
}

function tally(report: MutableReport, op: 'create' | 'update'): void {
  if (op === 'create') report.counts.created += 1;
  else report.counts.updated += 1;
}
