// Fills a fresh sandbox with the demo merchant's account. Deterministic for a
// seed and a clock reading; touches nothing outside the state it is given.
import { incomingByCode } from '../incoming-stock.js';
import type { ProductRow } from '../records.js';
import type { SandboxState } from '../sandbox-state.js';
import { SeededRandom } from './random.js';
import { seedOrders } from './seed-orders.js';
import { seedProducts, seedStockUpdates } from './seed-products.js';

/** How much demo data to make. */
export interface SeedSizes {
  orders: number;
  products: number;
  seed: number;
}

/** Loads products, stock updates and orders into an empty state. */
export function seedAccount(state: SandboxState, sizes: SeedSizes): void {
  const random = new SeededRandom(sizes.seed);
  const now = state.clock.now();
  const products = seedProducts(random, sizes.products, now);
  const stockUpdates = seedStockUpdates(random, products, now);
  const incoming = incomingByCode(stockUpdates.map((row) => row.json));
  const withIncoming: ProductRow[] = products.map((row) => {
    const open = incoming.get(row.key.toLowerCase());
    return open ? { ...row, json: { ...row.json, ...open } } : row;
  });
  state.products.load(withIncoming);
  state.stockUpdates.load(stockUpdates);
  state.orders.load(seedOrders(random, sizes.orders, withIncoming, now));
}
