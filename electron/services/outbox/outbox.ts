// The outbox: sends queued drafts to OGOship one request at a time, oldest
// first, with backoff, and never creates an order twice. Every state is written
// to SQLite before the request it describes, so a crash at any instant resumes
// safely. Never holds a token; the sender brings its own session.
import { backoffDelay } from '../api/retry-policy.js';
import type { OutboxStatus } from '../../../shared/contract/drafts.js';
import type { Order, OrderInput } from '../../../shared/domain/order.js';
import type { DraftRecord, DraftTable, OutboxOp } from '../drafts/draft-table.js';
import { classifyFailure, type Failure } from './failure.js';
import { outboxStatus, type OutboxPause } from './outbox-status.js';
import { sameOrderContent } from './same-content.js';

/** The three calls the outbox makes; the API client implements them without retries of its own. */
export interface OrderSender {
  create(body: Partial<OrderInput>, signal: AbortSignal): Promise<Order | null>;
  update(reference: string, body: Partial<OrderInput>, signal: AbortSignal): Promise<Order | null>;
  findByReference(reference: string, signal: AbortSignal): Promise<Order | null>;
}

/** What the outbox is built from. */
export interface OutboxDeps {
  table: DraftTable;
  transaction: <T>(work: () => T) => T;
  sender: OrderSender;
  now: () => number;
  random: () => number;
  /** Told after every change of an item or of the pause. */
  onChanged: (status: OutboxStatus) => void;
  /** Given every order OGOship answered with, so the cache shows it at once. */
  onOrder: (order: Order) => void;
  backoff?: { baseDelayMs: number; maxDelayMs: number };
}

const DEFAULT_BACKOFF = { baseDelayMs: 1_000, maxDelayMs: 300_000 };
const NO_PAUSE: OutboxPause = { kind: 'none', untilMs: null };

// LIMIT: one request at a time across all orders, not one per order: simpler ordering and
// rate-limit behaviour, at the cost of throughput when hundreds of drafts wait.
/** Builds the outbox; call `start` to let it send on its own, or `runOnce` to step it. */
export function createOutbox(deps: OutboxDeps) {
  const { table, transaction, sender, now } = deps;
  const backoff = {
    maxAttempts: Infinity,
    maxRetryAfterMs: Infinity,
    ...DEFAULT_BACKOFF,
    ...deps.backoff,
  };
  let pause: OutboxPause = NO_PAUSE;
  let inFlight: { draftId: string; opId: number } | null = null;
  let abort = new AbortController();

  const changed = (): void => deps.onChanged(outboxStatus(table, pause));
  const delayFor = (attempts: number): number =>
    backoffDelay(Math.min(attempts, 30), backoff, deps.random);

  /** After a crash: a create caught mid-flight may exist at OGOship; other requests may repeat. */
  function recover(): void {
    transaction(() => {
      for (const draft of table.inState('sending')) {
        const head = table.ops(draft.id)[0];
        const state = head?.kind === 'create' ? 'outcomeUnknown' : 'queued';
        table.patch(draft.id, { state, nextAttemptMs: null }, now());
      }
    });
  }

  function nextDue(): DraftRecord | { waitMs: number } | null {
    const waiting = [...table.inState('queued'), ...table.inState('outcomeUnknown')];
    waiting.sort((a, b) => a.createdMs - b.createdMs);
    const due = waiting.find(
      (draft) => draft.nextAttemptMs === null || draft.nextAttemptMs <= now(),
    );
    if (due) return due;
    const times = waiting.map((draft) => draft.nextAttemptMs ?? 0);
    return times.length > 0 ? { waitMs: Math.max(0, Math.min(...times) - now()) } : null;
  }

  function succeed(draft: DraftRecord, op: OutboxOp, order: Order | null): void {
    transaction(() => {
      table.removeOp(op.id);
      const done = table.ops(draft.id).length === 0;
      const orderReference = order?.reference ?? op.body.reference ?? draft.content.reference;
      const state = done ? 'sent' : 'queued';
      table.patch(
        draft.id,
        { state, message: null, attempts: 0, nextAttemptMs: null, orderReference },
        now(),
      );
    });
    if (pause.kind === 'offline' || pause.kind === 'rateLimited') pause = NO_PAUSE;
    if (order) deps.onOrder(order);
  }

  function pauseFor(failure: Failure, untilMs: number): void {
    if (failure.kind === 'auth') pause = { kind: 'signedOut', untilMs: null };
    else if (failure.kind === 'notSent') pause = { kind: 'offline', untilMs };
    else if (failure.status === 429) pause = { kind: 'rateLimited', untilMs };
  }

  function fail(draft: DraftRecord, op: OutboxOp, wasWired: boolean, failure: Failure): void {
    const attempts = draft.attempts + 1;
    const nextAttemptMs = now() + (failure.retryAfterMs ?? delayFor(attempts));
    const message = failure.message;
    transaction(() => {
      // Only an answer that proves nothing happened may clear "may have reached OGOship".
      const provenUnsent =
        failure.kind === 'notSent' || failure.kind === 'auth' || failure.kind === 'rejected';
      if (provenUnsent && !wasWired) table.setOpWired(op.id, false);
      switch (failure.kind) {
        case 'cancelled':
          table.patch(
            draft.id,
            { state: op.kind === 'create' ? 'outcomeUnknown' : 'queued' },
            now(),
          );
          return;
        case 'ambiguous':
          table.patch(
            draft.id,
            { state: 'outcomeUnknown', attempts, nextAttemptMs, message },
            now(),
          );
          return;
        case 'rejected':
          // An earlier attempt (or someone else) may have created the order: look first.
          if (op.kind === 'create' && (wasWired || failure.status === 409))
            table.patch(draft.id, { state: 'outcomeUnknown', nextAttemptMs: null, message }, now());
          else
            table.patch(
              draft.id,
              { state: 'needsAttention', attempts: 0, nextAttemptMs: null, message },
              now(),
            );
          return;
        default:
          table.patch(draft.id, { state: 'queued', attempts, nextAttemptMs, message }, now());
      }
    });
    pauseFor(failure, nextAttemptMs);
  }

  function request(op: OutboxOp): Promise<Order | null> {
    const reference = op.body.reference ?? '';
    if (op.kind === 'create') return sender.create(op.body, abort.signal);
    return sender.update(reference, op.body, abort.signal);
  }

  async function send(draft: DraftRecord, op: OutboxOp): Promise<void> {
    transaction(() => {
      table.patch(draft.id, { state: 'sending', message: null }, now());
      table.setOpWired(op.id, true);
    });
    changed();
    inFlight = { draftId: draft.id, opId: op.id };
    try {
      const order = await request(op);
      inFlight = null;
      succeed(table.get(draft.id) ?? draft, op, order);
    } catch (error) {
      inFlight = null;
      fail(table.get(draft.id) ?? draft, op, op.wired, classifyFailure(error, op.kind));
    }
  }

  /** Outcome unknown: the order is looked up by reference before anything is sent again. */
  async function settle(draft: DraftRecord, op: OutboxOp): Promise<void> {
    let found: Order | null;
    try {
      found = await sender.findByReference(
        op.body.reference ?? draft.content.reference,
        abort.signal,
      );
    } catch (error) {
      const failure = classifyFailure(error, 'update');
      if (failure.kind === 'cancelled') return;
      const attempts = draft.attempts + 1;
      const nextAttemptMs = now() + (failure.retryAfterMs ?? delayFor(attempts));
      table.patch(draft.id, { attempts, nextAttemptMs, message: failure.message }, now());
      pauseFor(failure, nextAttemptMs);
      return;
    }
    if (!found) {
      // OGOship has no such order, so no earlier attempt took effect: sending again is safe.
      transaction(() => {
        table.setOpWired(op.id, false);
        table.patch(draft.id, { state: 'queued', nextAttemptMs: null }, now());
      });
    } else if (sameOrderContent(op.body, found)) {
      succeed(draft, op, found);
    } else {
      const message = `OGOship already has an order ${found.reference} with different content.`;
      table.patch(
        draft.id,
        { state: 'conflict', attempts: 0, nextAttemptMs: null, message },
        now(),
      );
    }
  }

  /** Does one step of work; returns how long to wait before the next (null: until woken). */
  async function runOnce(): Promise<number | null> {
    if (pause.kind === 'signedOut') return null;
    if (pause.untilMs !== null && pause.untilMs > now()) return pause.untilMs - now();
    if (pause.untilMs !== null) pause = NO_PAUSE;
    const due = nextDue();
    if (due === null || 'waitMs' in due) return due?.waitMs ?? null;

    const head = table.ops(due.id)[0];
    if (!head) {
      table.patch(due.id, { state: 'sent', nextAttemptMs: null }, now());
    } else if (due.state === 'outcomeUnknown' && head.kind === 'create') {
      await settle(due, head);
    } else {
      await send(due, head);
    }
    changed();
    return 0;
  }

  let running = false;
  let wake: (() => void) | null = null;
  // Set by a poke while a step runs, so a draft queued then is not left waiting for a timer.
  let poked = false;
  let loop: Promise<void> | null = null;

  async function run(): Promise<void> {
    while (running) {
      poked = false;
      const waitMs = await runOnce();
      if (waitMs === 0 || !running || poked) continue;
      await new Promise<void>((resolve) => {
        const timer = waitMs === null ? null : setTimeout(resolve, waitMs);
        wake = () => {
          if (timer) clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  }

  return {
    /** Turns crash leftovers into safe states and starts sending on its own. */
    start(): void {
      if (running) return;
      recover();
      abort = new AbortController();
      running = true;
      loop = run();
      changed();
    },
    /** Stops sending; a request in flight is cut off (its item is looked up next time). */
    async stop(): Promise<void> {
      running = false;
      abort.abort();
      wake?.();
      await loop;
    },
    recover,
    runOnce,
    /** Re-reads the queue now (something was queued or edited). */
    poke(): void {
      poked = true;
      changed();
      wake?.();
    },
    /** Forgets every wait (backoff, offline, rate limit, signed out) and sends at once. */
    sendNow(): OutboxStatus {
      pause = NO_PAUSE;
      transaction(() => {
        for (const draft of [...table.inState('queued'), ...table.inState('outcomeUnknown')]) {
          table.patch(draft.id, { nextAttemptMs: null }, now());
        }
      });
      this.poke();
      return outboxStatus(table, pause);
    },
    /** The session works again: lift an authentication pause. */
    resume(): void {
      if (pause.kind === 'signedOut') pause = NO_PAUSE;
      this.poke();
    },
    /** The operation of this draft on the wire right now, if any. */
    inFlightOp(draftId: string): number | null {
      return inFlight?.draftId === draftId ? inFlight.opId : null;
    },
    status(): OutboxStatus {
      return outboxStatus(table, pause);
    },
  };
}

/** A running outbox. */
export type Outbox = ReturnType<typeof createOutbox>;
