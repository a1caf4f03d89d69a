// How an order's total splits into its lines and the rest (shipping, fees,
// discounts), so a total that differs from the lines' sum is explained rather
// than looking wrong. Pure functions: no store, no DOM.
import type { Order } from '../../../../shared/domain/order.js';

/** The parts of an order's total; `other` is null when lines and total agree or are unknown. */
export interface TotalBreakdown {
  lines: number | null;
  other: number | null;
  total: number | null;
}

/** Sums the lines (quantity × unit price) and names what the total adds or takes away. */
export function totalBreakdown(order: Pick<Order, 'orderLines' | 'priceTotal'>): TotalBreakdown {
  const total = order.priceTotal ?? null;
  const lines = order.orderLines ?? [];
  const priced = lines.every((line) => typeof line.unitPrice === 'number');
  if (lines.length === 0 || !priced) return { lines: null, other: null, total };
  // Cents avoid 0.1 + 0.2 drift turning an exact total into a 0.01 "charge".
  const cents = lines.reduce(
    (sum, line) => sum + Math.round((line.unitPrice as number) * 100) * line.quantity,
    0,
  );
  const sum = cents / 100;
  if (total === null) return { lines: sum, other: null, total };
  const otherCents = Math.round(total * 100) - cents;
  return { lines: sum, other: otherCents === 0 ? null : otherCents / 100, total };
}
