// An order total that differs from its lines is split into lines and the rest.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { totalBreakdown } from '../../../../../renderer/src/features/orders/order-totals.js';

describe('order totals', () => {
  it('names the shipping and other charges a total adds to its lines', () => {
    const order = {
      priceTotal: 52.8,
      orderLines: [
        { code: 'A', quantity: 3, unitPrice: 9.9 },
        { code: 'B', quantity: 1, unitPrice: 17.2 },
      ],
    };
    assert.deepEqual(totalBreakdown(order), { lines: 46.9, other: 5.9, total: 52.8 });
  });

  it('reports nothing extra when the lines add up to the total exactly', () => {
    const order = {
      priceTotal: 0.3,
      orderLines: [
        { code: 'A', quantity: 1, unitPrice: 0.1 },
        { code: 'B', quantity: 1, unitPrice: 0.2 },
      ],
    };
    assert.equal(totalBreakdown(order).other, null);
  });

  it('shows a discount as a negative part', () => {
    const order = { priceTotal: 40, orderLines: [{ code: 'A', quantity: 2, unitPrice: 25 }] };
    assert.equal(totalBreakdown(order).other, -10);
  });

  it('does not guess when a line has no price', () => {
    const order = { priceTotal: 40, orderLines: [{ code: 'A', quantity: 2, unitPrice: null }] };
    assert.deepEqual(totalBreakdown(order), { lines: null, other: null, total: 40 });
  });
});
