// The log behind GET /__sandbox/requests: method, path, status and grant type
// of every API and token call, newest last. Never records a body, a header or
// a query string (they could carry secrets).

/** One logged request; status is null when the socket was dropped without an answer. */
export interface LoggedRequest {
  seq: number;
  method: string;
  path: string;
  status: number | null;
  grantType?: string;
  fault?: string;
  time: string;
}

// LIMIT: only the newest 100,000 entries are kept, so a days-long demo cannot grow memory without bound.
const MAX_ENTRIES = 100_000;

/** An append-only log with sequence numbers, for tests that count calls. */
export class RequestLog {
  private entries: LoggedRequest[] = [];
  private nextSeq = 1;

  /** Appends one entry and returns it. */
  add(entry: Omit<LoggedRequest, 'seq'>): LoggedRequest {
    const logged = { seq: this.nextSeq++, ...entry };
    this.entries.push(logged);
    if (this.entries.length > MAX_ENTRIES)
      this.entries.splice(0, this.entries.length - MAX_ENTRIES);
    return logged;
  }

  /** Entries with seq greater than `since` (all when 0). */
  since(since = 0): LoggedRequest[] {
    return this.entries.filter((entry) => entry.seq > since);
  }

  /** Forgets everything; sequence numbers keep counting so `since` stays meaningful. */
  clear(): void {
    this.entries = [];
  }
}
