// Works out a product's "stockUpdate" (quantity on its way in) and
// "stockUpdateTime" from the open announced deliveries. Pure.
import type { StockUpdateJson } from './records.js';

/** What is still expected in for one product code, and when the first of it arrives. */
export interface Incoming {
  stockUpdate: number;
  stockUpdateTime: string | null;
}

/** Sums the open (not yet received) deliveries of each product code, keyed in lower case. */
export function incomingByCode(updates: Iterable<StockUpdateJson>): Map<string, Incoming> {
  const result = new Map<string, Incoming>();
  for (const update of updates) {
    if (update.status === 'RECEIVED') continue;
    for (const line of update.products) {
      const key = line.code.toLowerCase();
      const open = Math.max(0, line.expectedQuantity - line.receivedQuantity);
      const current = result.get(key) ?? { stockUpdate: 0, stockUpdateTime: null };
      const earliest =
        current.stockUpdateTime === null || update.receiveDate < current.stockUpdateTime;
      result.set(key, {
        stockUpdate: current.stockUpdate + open,
        stockUpdateTime: earliest ? update.receiveDate : current.stockUpdateTime,
      });
    }
  }
  return result;
}
