// Keeps the newest N orders by edit time while the pages stream past, for
// `ogo orders list --limit N` (OGOship has no sort). Never holds more than N.
import type { Order } from '../../shared/domain/order.js';
import { timeMs } from '../services/store/database.js';

interface Kept {
  readonly order: Order;
  readonly ms: number;
}

/** True when `a` is older than `b`; an order without a time counts as oldest, ties by reference. */
function older(a: Kept, b: Kept): boolean {
  if (a.ms !== b.ms) return a.ms < b.ms;
  return a.order.reference < b.order.reference;
}

/** A bounded collection of the newest `limit` orders seen so far. */
export function newestOrders(limit: number) {
  // Oldest first, so the one to drop is always at index 0; binary insertion keeps it sorted.
  const kept: Kept[] = [];
  return {
    /** Offers one order; it stays only if it is among the newest `limit` so far. */
    offer(order: Order): void {
      if (limit <= 0) return;
      const item = { order, ms: timeMs(order.editTime) ?? -Infinity };
      if (kept.length >= limit) {
        if (!older(kept[0]!, item)) return;
        kept.shift();
      }
      let low = 0;
      let high = kept.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (older(kept[mid]!, item)) low = mid + 1;
        else high = mid;
      }
      kept.splice(low, 0, item);
    },
    /** The kept orders, newest first. */
    newestFirst(): Order[] {
      return kept.map((item) => item.order).reverse();
    },
  };
}
