// Applies a delivery hint: fetches each named order or product from the API (the
// truth), stores it in the cache, tells open views, and raises the notices the
// user asked for. Must never trust the delivery's own copy of a record.
import type { Order } from '../../../shared/domain/order.js';
import type { Product } from '../../../shared/domain/product.js';
import type { EventBus } from '../event-bus.js';
import type { DeliveryHint } from './delivery-hint.js';
import type { Preferences } from './preferences.js';

/** The cache and the API, as far as live updates need them. */
export interface RecordSource {
  fetchOrder(reference: string): Promise<Order | null>;
  fetchProduct(code: string): Promise<Product | null>;
  cachedOrder(reference: string): Order | null;
  cachedProduct(code: string): Product | null;
  saveOrder(order: Order): void;
  saveProduct(product: Product): void;
}

/** What applying a hint did, in words for the inbox. */
export interface HintEffect {
  readonly changed: boolean;
  readonly detail: string;
}

type Emit = EventBus['emit'];
type Source = 'webhook' | 'replay';

/** Fetches, caches and announces every record the hint names. */
export async function applyHint(
  hint: DeliveryHint,
  source: Source,
  deps: { records: RecordSource; preferences: Preferences; emit: Emit },
): Promise<HintEffect> {
  const lines: string[] = [];
  const changedIds: string[] = [];
  const ids = hint.kind === 'order' ? hint.references : hint.codes;

  for (const id of ids) {
    const effect = hint.kind === 'order' ? await applyOrder(id, deps) : await applyProduct(id, deps);
    lines.push(effect.detail);
    if (effect.changed) changedIds.push(id);
  }

  if (changedIds.length > 0 && hint.kind === 'order') deps.emit('orders.changed', { references: changedIds, source });
  if (changedIds.length > 0 && hint.kind === 'product') deps.emit('products.changed', { codes: changedIds, source });
  return { changed: changedIds.length > 0, detail: lines.join('; ') };
}

async function applyOrder(reference: string, deps: { records: RecordSource; preferences: Preferences; emit: Emit }): Promise<HintEffect> {
  const fresh = await deps.records.fetchOrder(reference);
  if (fresh === null) return { changed: false, detail: `Order ${reference} was not found at OGOship` };

  const previous = deps.records.cachedOrder(reference);
  const changed = previous === null || JSON.stringify(previous) !== JSON.stringify(fresh);
  if (changed) deps.records.saveOrder(fresh);

  if (fresh.status === 'Shipped' && previous?.status !== 'Shipped' && deps.preferences.settings().notifyShipped) {
    const tracking = fresh.trackingNumber ? `Tracking ${fresh.trackingNumber}` : 'No tracking number yet';
    deps.emit('notify', { kind: 'orderShipped', title: `Order ${reference} shipped`, body: tracking, url: fresh.trackingUrl ?? null });
  }

  if (!changed) return { changed, detail: `Order ${reference} already up to date (${fresh.status ?? 'no status'})` };
  const from = previous === null ? 'not cached' : (previous.status ?? 'no status');
  return { changed, detail: `Order ${reference}: ${from} → ${fresh.status ?? 'no status'}` };
}

async function applyProduct(code: string, deps: { records: RecordSource; preferences: Preferences; emit: Emit }): Promise<HintEffect> {
  const fresh = await deps.records.fetchProduct(code);
  if (fresh === null) return { changed: false, detail: `Product ${code} was not found at OGOship` };

  const previous = deps.records.cachedProduct(code);
  const changed = previous === null || JSON.stringify(previous) !== JSON.stringify(fresh);
  if (changed) deps.records.saveProduct(fresh);

  const before = previous === null ? null : available(previous);
  const after = available(fresh);
  raiseLowStock(code, before, after, deps);

  if (!changed) return { changed, detail: `Product ${code} already up to date (${after ?? '?'} available)` };
  return { changed, detail: `Product ${code}: ${before ?? 'not cached'} → ${after ?? '?'} available` };
}

function available(product: Product): number | null {
  return product.stockAvailable ?? product.stock ?? null;
}

// Only a crossing raises the notice, so a replay or a second change below the
// line does not nag the user again.
function raiseLowStock(
  code: string,
  before: number | null,
  after: number | null,
  deps: { preferences: Preferences; emit: Emit },
): void {
  const threshold = deps.preferences.thresholdFor(code);
  if (threshold === null || after === null || after >= threshold) return;
  if (before !== null && before < threshold) return;
  if (!deps.preferences.settings().notifyLowStock) return;
  deps.emit('notify', {
    kind: 'lowStock',
    title: `Low stock: ${code}`,
    body: `${after} available, below your threshold of ${threshold}`,
    url: null,
  });
}
