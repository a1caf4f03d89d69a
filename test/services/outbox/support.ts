// A real rig for outbox tests: a sandbox on loopback, a store in a temp folder,
// the real API client and the drafts feature built as the app builds it.
// Test code only.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type SandboxHandle } from '../../../electron/sandbox/index.js';
import {
  createApiClient,
  type ApiClient,
  type TokenSource,
} from '../../../electron/services/api/index.js';
import {
  createDraftsFeature,
  type DraftsFeature,
} from '../../../electron/services/drafts/drafts-feature.js';
import { EventBus } from '../../../electron/services/event-bus.js';
import { openStore, type Store } from '../../../electron/services/store/index.js';
import type { DraftView, OutboxStatus } from '../../../shared/contract/drafts.js';
import type { SessionState } from '../../../shared/contract/session.js';
import type { DraftContent } from '../../../shared/domain/draft.js';
import type { Order } from '../../../shared/domain/order.js';
import { demoTokenSource } from '../api/sandbox-helpers.js';

/** Everything one test needs, and how to tear it down. */
export interface Rig {
  sandbox: SandboxHandle;
  store: Store;
  api: ApiClient;
  feature: DraftsFeature;
  bus: EventBus;
  events: OutboxStatus[];
  productCodes: string[];
  close(): Promise<void>;
}

/** The session event of the demo merchant signed in to the sandbox. */
export const SIGNED_IN: SessionState = {
  status: 'signedIn',
  merchantId: 'demo-merchant',
  environment: 'sandbox',
  message: null,
};

/** Copies the sandbox's catalogue into the store, as a sync would. */
export async function loadCatalogue(api: ApiClient, store: Store): Promise<string[]> {
  const codes: string[] = [];
  for await (const page of api.products.pages({})) {
    store.transaction(() => store.products.put(page.items));
    codes.push(...page.items.map((product) => product.code));
  }
  return codes;
}

/** Starts sandbox, store and feature; the outbox is started unless told not to. */
export async function startRig(
  options: { start?: boolean; dataDir?: string; tokenSource?: TokenSource } = {},
): Promise<Rig> {
  const sandbox = await startSandbox({ orders: 10, products: 20 });
  const dir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'ogo-outbox-')));
  const store = openStore(join(dir, 'ogo.sqlite'));
  const tokenSource = options.tokenSource ?? demoTokenSource(sandbox.url);
  const api = createApiClient({ apiUrl: sandbox.url, tokenSource, timeoutMs: 5_000 });
  const bus = new EventBus();
  const events: OutboxStatus[] = [];
  bus.on('outbox.changed', (status) => events.push(status));
  const feature = createDraftsFeature({
    store,
    api,
    bus,
    backoff: { baseDelayMs: 20, maxDelayMs: 200 },
  });
  bus.emit('session.changed', SIGNED_IN);
  const productCodes = await loadCatalogue(
    createApiClient({ apiUrl: sandbox.url, tokenSource: demoTokenSource(sandbox.url) }),
    store,
  );
  if (options.start !== false) feature.start();
  return {
    sandbox,
    store,
    api,
    feature,
    bus,
    events,
    productCodes,
    async close() {
      await feature.stop();
      store.close();
      await sandbox.close();
      if (!options.dataDir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A complete, valid draft content for `reference` with the given lines. */
export function validContent(
  reference: string,
  lines: Array<[string, number]>,
  comments = '',
): DraftContent {
  return {
    reference,
    customer: {
      name: 'Aino Virtanen',
      company: '',
      address1: 'Mannerheimintie 1',
      address2: '',
      city: 'Helsinki',
      zip: '00100',
      countryCode: 'FI',
      phone: '+358 40 123 4567',
      email: 'aino@example.fi',
    },
    orderLines: lines.map(([code, quantity]) => ({
      code,
      quantity,
      unitPrice: null,
      vatPercentage: null,
    })),
    shippingCode: '',
    pickUpPointCode: '',
    comments,
    priceTotal: 19.9,
    priceCurrency: 'EUR',
    cashOnDelivery: null,
    documents: [],
    test: true,
  };
}

/** Creates a draft, fills it and puts it in the outbox. */
export function queueDraft(rig: Rig, lines: Array<[string, number]>, comments = ''): DraftView {
  const draft = rig.feature.drafts.create();
  rig.feature.drafts.update(draft.id, validContent(draft.content.reference, lines, comments));
  return rig.feature.drafts.send(draft.id);
}

/** Polls until `check` returns a value (not undefined); a liveness guard, not a speed target. */
export async function waitFor<T>(
  what: string,
  check: () => T | undefined | Promise<T | undefined>,
  limitMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until the draft reaches `state`. */
export function waitForState(rig: Rig, id: string, state: DraftView['state']): Promise<DraftView> {
  return waitFor(`draft in state ${state}`, () => {
    const view = rig.feature.drafts.view(id);
    return view.state === state ? view : undefined;
  });
}

/** The order as the sandbox holds it, or null. */
export async function sandboxOrder(url: string, reference: string): Promise<Order | null> {
  const response = await fetch(`${url}/__sandbox/state/orders/${encodeURIComponent(reference)}`);
  return response.status === 404 ? null : ((await response.json()) as Order);
}

/** Switches the sandbox's network off or on. */
export async function setOffline(url: string, offline: boolean): Promise<void> {
  await fetch(`${url}/__sandbox/offline`, { method: 'POST', body: JSON.stringify({ offline }) });
}
