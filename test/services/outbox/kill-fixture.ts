// Child process for the crash test: the real store, API client and outbox
// against a sandbox the parent runs. It stops at each interesting instant
// (printing a JSON line) and waits for "go" on stdin, so the parent can
// SIGKILL it exactly there. Test code only.
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { createApiClient, type ApiClient } from '../../../electron/services/api/index.js';
import { createDraftsFeature } from '../../../electron/services/drafts/drafts-feature.js';
import { EventBus } from '../../../electron/services/event-bus.js';
import { openStore } from '../../../electron/services/store/index.js';
import { demoTokenSource } from '../api/sandbox-helpers.js';
import { validContent } from './support.js';

/** One draft the fixture must get to OGOship. */
export interface PlannedDraft {
  reference: string;
  lines: Array<[string, number]>;
  comments: string;
}

const url = process.env.OGO_KILL_SANDBOX!;
const dataDir = process.env.OGO_KILL_DATA!;
const plan = JSON.parse(process.env.OGO_KILL_PLAN!) as PlannedDraft[];

const waiting = new Map<number, () => void>();
let nextPause = 1;
createInterface({ input: process.stdin }).on('line', (line) => {
  const id = Number(line.trim());
  waiting.get(id)?.();
  waiting.delete(id);
});

function pause(point: string, reference: string): Promise<void> {
  const id = nextPause++;
  process.stdout.write(`${JSON.stringify({ pause: id, point, reference })}\n`);
  return new Promise((resolve) => waiting.set(id, resolve));
}

/** The real client with a stop before and after each order call. */
function pausingClient(api: ApiClient): ApiClient {
  const orders = api.orders;
  return {
    ...api,
    orders: {
      ...orders,
      async create(input, options) {
        await pause('sending before request', input.reference);
        const order = await orders.create(input, options);
        await pause('sending after server committed', input.reference);
        return order;
      },
      async getByReference(reference, options) {
        await pause('outcome unknown', reference);
        return orders.getByReference(reference, options);
      },
    },
  };
}

const store = openStore(join(dataDir, 'ogo.sqlite'));
const api = pausingClient(
  createApiClient({ apiUrl: url, tokenSource: demoTokenSource(url), timeoutMs: 5_000 }),
);
const feature = createDraftsFeature({
  store,
  api,
  bus: new EventBus(),
  backoff: { baseDelayMs: 10, maxDelayMs: 100 },
});
feature.start();

async function deliver(planned: PlannedDraft): Promise<void> {
  const { drafts } = feature;
  let summary = drafts.list().find((draft) => draft.reference === planned.reference);
  if (!summary) {
    const draft = drafts.create();
    drafts.update(draft.id, validContent(planned.reference, planned.lines, planned.comments));
    await pause('draft saved', planned.reference);
    summary = drafts.list().find((item) => item.reference === planned.reference)!;
  }
  if (summary.state === 'draft') {
    drafts.send(summary.id);
    await pause('queued', planned.reference);
  }
  while (drafts.view(summary.id).state !== 'sent')
    await new Promise((resolve) => setTimeout(resolve, 10));
  await pause('sent', planned.reference);
}

for (const planned of plan) await deliver(planned);
await feature.stop();
store.close();
process.stdout.write(`${JSON.stringify({ done: true })}\n`);
process.exit(0);
