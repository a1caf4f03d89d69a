// Counts an import's progress and turns it into rate and ETA for the progress bar.
// Pure arithmetic over an injected clock.

/** Where an import stands. */
export type ImportState = 'running' | 'paused' | 'cancelling' | 'cancelled' | 'finished' | 'failed';

/** One progress report, as the contract's import.progress event carries it. */
export interface ImportProgress {
  readonly importId: string;
  readonly done: number;
  readonly failed: number;
  readonly total: number;
  readonly ratePerSecond: number;
  readonly etaSeconds: number | null;
  readonly state: ImportState;
}

const WINDOW_MS = 10_000;

/** Tracks completions over a sliding window for the rate; ETA is what is left at that rate. */
export class ProgressMeter {
  done = 0;
  failed = 0;
  #recent: number[] = [];

  constructor(
    readonly importId: string,
    readonly total: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts rows finished in an earlier run (no effect on the rate). */
  carryOver(done: number, failed: number): void {
    this.done += done;
    this.failed += failed;
  }

  /** Counts one row finished now. */
  record(ok: boolean): void {
    if (ok) this.done += 1;
    else this.failed += 1;
    this.#recent.push(this.now());
  }

  /** The report for the current moment. */
  snapshot(state: ImportState): ImportProgress {
    const now = this.now();
    while (this.#recent.length > 0 && this.#recent[0]! < now - WINDOW_MS) this.#recent.shift();
    const span = this.#recent.length > 1 ? (now - this.#recent[0]!) / 1000 : 0;
    const ratePerSecond = span > 0 ? Math.round((this.#recent.length / span) * 10) / 10 : 0;
    const left = Math.max(0, this.total - this.done - this.failed);
    const etaSeconds = left === 0 ? 0 : ratePerSecond > 0 ? Math.round(left / ratePerSecond) : null;
    return { importId: this.importId, done: this.done, failed: this.failed, total: this.total, ratePerSecond, etaSeconds, state };
  }
}
