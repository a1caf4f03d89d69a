// Group commit for the inbox: writes asked for in the same turn of the event loop
// share one transaction, so fifty concurrent deliveries cost one disk flush, not
// fifty, and each is still durable before its sender gets a 200. Keeps the order
// writes were asked in; never drops one silently (a failed batch rejects them all).
import type { DeliveryOutcome, InboxEntry } from '../../../shared/contract/webhooks.js';
import type { Inbox, NewInboxEntry } from './inbox.js';

type WriteRequest =
  | { kind: 'add'; entry: NewInboxEntry }
  | { kind: 'settle'; id: number; outcome: DeliveryOutcome; detail: string };

type Write = WriteRequest & { done: (result: InboxEntry | Error) => void };

/** Queues inbox writes and commits them together. */
export function createInboxWriter(inbox: Inbox) {
  let queue: Write[] = [];

  function flush(): void {
    const batch = queue;
    queue = [];
    try {
      const results = inbox.batch(() =>
        batch.map((write) => (write.kind === 'add' ? inbox.add(write.entry) : inbox.settle(write.id, write.outcome, write.detail))),
      );
      batch.forEach((write, index) => write.done(results[index] as InboxEntry));
    } catch (error) {
      const failure = error instanceof Error ? error : new Error('inbox write failed');
      for (const write of batch) write.done(failure);
    }
  }

  function push(write: WriteRequest): Promise<InboxEntry> {
    return new Promise((resolve, reject) => {
      if (queue.length === 0) setImmediate(flush);
      queue.push({ ...write, done: (result: InboxEntry | Error) => (result instanceof Error ? reject(result) : resolve(result)) });
    });
  }

  return {
    /** Stores a new entry; resolves once it is committed. */
    add: (entry: NewInboxEntry) => push({ kind: 'add', entry }),
    /** Records an entry's outcome; resolves once it is committed. */
    settle: (id: number, outcome: DeliveryOutcome, detail: string) => push({ kind: 'settle', id, outcome, detail }),
  };
}
