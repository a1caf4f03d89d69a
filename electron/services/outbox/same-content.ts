// Decides whether an order found at OGOship is the one a create sent, when the
// outcome of that create is unknown. Pure: no I/O. Errs towards "different":
// a false conflict costs the merchant a click, a false match would lose an order.
import type { Order, OrderInput } from '../../../shared/domain/order.js';

const text = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value).trim();
const upper = (value: unknown): string => text(value).toUpperCase();
const amount = (value: unknown): number | null =>
  typeof value === 'number' ? Math.round(value * 100) : null;

const CUSTOMER_FIELDS = [
  'name',
  'company',
  'address1',
  'address2',
  'city',
  'zip',
  'phone',
  'email',
] as const;

function sameCustomer(sent: OrderInput['customer'], found: Order['customer']): boolean {
  if (upper(sent.countryCode) !== upper(found.countryCode)) return false;
  return CUSTOMER_FIELDS.every((field) => text(sent[field]) === text(found[field]));
}

function lineKeys(lines: OrderInput['orderLines']): string[] {
  return (lines ?? []).map((line) => `${upper(line.code)}\u0000${line.quantity}`).sort();
}

function sameLines(sent: OrderInput['orderLines'], found: Order['orderLines']): boolean {
  const a = lineKeys(sent);
  const b = lineKeys(found);
  return a.length === b.length && a.every((key, index) => key === b[index]);
}

/**
 * Whether `found` carries what `sent` asked for. Fields the server fills in
 * (id, status, tracking, edit time) are ignored; empty and missing are equal.
 */
export function sameOrderContent(sent: Partial<OrderInput>, found: Order): boolean {
  if (upper(sent.reference) !== upper(found.reference)) return false;
  if (!sent.customer || !sameCustomer(sent.customer, found.customer)) return false;
  if (!sameLines(sent.orderLines, found.orderLines)) return false;
  const sameScalars =
    text(sent.shippingCode) === text(found.shippingCode) &&
    text(sent.pickUpPointCode) === text(found.pickUpPointCode) &&
    text(sent.comments) === text(found.comments) &&
    amount(sent.priceTotal) === amount(found.priceTotal) &&
    upper(sent.priceCurrency) === upper(found.priceCurrency) &&
    Boolean(sent.test) === Boolean(found.test);
  if (!sameScalars) return false;
  // LIMIT: documents are not compared: OGOship may not echo base64 content back.
  return amount(sent.cashOnDelivery?.amount) === amount(found.cashOnDelivery?.amount);
}
