// newest-orders: what `ogo orders list --limit N` keeps while pages stream past.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Order } from '../../shared/domain/order.js';
import { newestOrders } from '../../electron/cli/newest-orders.js';

const order = (reference: string, editTime: string | null): Order =>
  ({ reference, editTime, customer: { name: 'A', countryCode: 'FI' } }) as unknown as Order;

describe('newest-orders', () => {
  it('keeps the newest N by edit time in any arrival order, newest first, undated ones last', () => {
    const newest = newestOrders(3);
    const arrivals = [
      order('A', '2026-01-01T10:00:00Z'),
      order('B', null),
      order('C', '2026-03-01T10:00:00Z'),
      order('D', '2026-02-01T10:00:00+02:00'),
      order('E', '2026-01-15T10:00:00'),
      order('F', '2025-12-01T10:00:00Z'),
    ];
    for (const item of arrivals) newest.offer(item);
    assert.deepEqual(newest.newestFirst().map((o) => o.reference), ['C', 'D', 'E']);

    const padded = newestOrders(10);
    for (const item of arrivals) padded.offer(item);
    assert.deepEqual(padded.newestFirst().map((o) => o.reference), ['C', 'D', 'E', 'A', 'F', 'B']);
  });

  it('keeps nothing with --limit 0', () => {
    const none = newestOrders(0);
    none.offer(order('A', '2026-01-01T10:00:00Z'));
    assert.deepEqual(none.newestFirst(), []);
  });
});
