// Bounds how many product requests are in flight, and adapts: a 429 or 5xx halves
// the bound and holds every sender back for the server's Retry-After; steady
// success grows it back. Also where pause and cancel stop new sends. No I/O.

/** Why `acquire` gave no slot: the import was cancelled. */
export const CANCELLED = Symbol('cancelled');

/** The adaptive in-flight bound shared by one import's senders. */
export class SendLimiter {
  #limit: number;
  #active = 0;
  #successes = 0;
  #holdUntil = 0;
  #paused = false;
  #cancelled = false;
  #waiters: (() => void)[] = [];
  #timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly max: number,
    private readonly now: () => number = Date.now,
  ) {
    this.#limit = max;
  }

  /** The current bound (for progress and tests). */
  get limit(): number {
    return this.#limit;
  }

  /** Requests in flight right now. */
  get active(): number {
    return this.#active;
  }

  /** Waits for a free slot; resolves CANCELLED once the import is cancelled. */
  async acquire(): Promise<void | typeof CANCELLED> {
    while (!this.#mayStart()) {
      if (this.#cancelled) return CANCELLED;
      await new Promise<void>((resolve) => this.#waiters.push(resolve));
    }
    this.#active += 1;
  }

  /** Gives a slot back; a success may grow the bound again. */
  release(success: boolean): void {
    this.#active -= 1;
    if (success && this.#limit < this.max && ++this.#successes >= 10 * this.#limit) {
      this.#limit += 1;
      this.#successes = 0;
    }
    this.#wake();
  }

  /** The server pushed back: halve the bound and hold all senders for `delayMs`. */
  throttled(delayMs: number): void {
    this.#limit = Math.max(1, Math.floor(this.#limit / 2));
    this.#successes = 0;
    this.#holdUntil = Math.max(this.#holdUntil, this.now() + delayMs);
    this.#wake();
  }

  /** Waits out a hold set by `throttled` (for a sender about to retry). */
  async waitForHold(): Promise<void> {
    const wait = this.#holdUntil - this.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }

  /** Stops starting new sends until `resume`; requests in flight finish. */
  pause(): void {
    this.#paused = true;
  }

  /** Lets sends start again. */
  resume(): void {
    this.#paused = false;
    this.#wake();
  }

  /** Stops for good: waiting senders get CANCELLED. */
  cancel(): void {
    this.#cancelled = true;
    this.#wake();
  }

  /** True once cancelled. */
  get cancelled(): boolean {
    return this.#cancelled;
  }

  #mayStart(): boolean {
    return !this.#cancelled && !this.#paused && this.#active < this.#limit && this.now() >= this.#holdUntil;
  }

  #wake(): void {
    const waiters = this.#waiters.splice(0);
    for (const waiter of waiters) waiter();
    const wait = this.#holdUntil - this.now();
    if (wait > 0 && this.#timer === null) {
      this.#timer = setTimeout(() => {
        this.#timer = null;
        this.#wake();
      }, wait);
    }
  }
}
