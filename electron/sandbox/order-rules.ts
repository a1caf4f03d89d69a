// The sandbox's stricter order checks on top of the shared zod schema: lengths,
// country/currency shapes, known product codes, allowed statuses and edit
// rules. Pure: reads the state, never changes it.
import type { OrderInput, OrderStatus } from '../../shared/domain/order.js';
import type { SandboxState } from './sandbox-state.js';
import type { FieldIssue } from './validation.js';

/** Statuses a merchant may still change an order in. */
export const EDITABLE_STATUSES: ReadonlySet<OrderStatus> = new Set(['Draft', 'New', 'Pending', 'Reserved']);

/** Statuses a merchant may set; the rest are the warehouse's to set. */
const MERCHANT_STATUSES: ReadonlySet<OrderStatus> = new Set(['Draft', 'New', 'Cancelled']);

const MAX_LENGTHS: ReadonlyArray<[string, (order: OrderInput) => unknown, number]> = [
  ['reference', (order) => order.reference, 50],
  ['shippingCode', (order) => order.shippingCode, 50],
  ['pickUpPointCode', (order) => order.pickUpPointCode, 50],
  ['comments', (order) => order.comments, 1000],
  ['customer.name', (order) => order.customer.name, 100],
  ['customer.company', (order) => order.customer.company, 100],
  ['customer.address1', (order) => order.customer.address1, 100],
  ['customer.address2', (order) => order.customer.address2, 100],
  ['customer.city', (order) => order.customer.city, 50],
  ['customer.zip', (order) => order.customer.zip, 20],
  ['customer.phone', (order) => order.customer.phone, 30],
  ['customer.email', (order) => order.customer.email, 100],
];

function shapeIssues(order: OrderInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  for (const [field, read, max] of MAX_LENGTHS) {
    const value = read(order);
    if (typeof value === 'string' && value.length > max) add(field, `must be at most ${max} characters`);
  }
  if (/[/\\]/.test(order.reference)) add('reference', 'must not contain / or \\ (it is used in the URL path)');
  if (!/^[A-Z]{2}$/.test(order.customer.countryCode)) add('customer.countryCode', 'must be 2 capital letters (ISO 3166-1 alpha-2), such as FI');
  if (order.priceCurrency && !/^[A-Z]{3}$/.test(order.priceCurrency)) add('priceCurrency', 'must be 3 capital letters (ISO 4217), such as EUR');
  if (order.priceTotal != null && order.priceTotal < 0) add('priceTotal', 'must not be negative');
  if (order.customer.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(order.customer.email)) add('customer.email', 'is not an email address');
  if (order.customer.phone && !/^\+?[0-9 ()-]{5,30}$/.test(order.customer.phone)) add('customer.phone', 'must be a phone number of digits, spaces, (, ), - and an optional leading +');
  const cod = order.cashOnDelivery;
  if (cod && cod.amount <= 0) add('cashOnDelivery.amount', 'must be greater than 0');
  if (cod?.currencyCode && !/^[A-Z]{3}$/.test(cod.currencyCode)) add('cashOnDelivery.currencyCode', 'must be 3 capital letters (ISO 4217)');
  order.documents?.forEach((document, index) => {
    if (!document.url && !document.base64Content) add(`documents[${index}]`, 'needs url or base64Content');
    if (document.url && !/^https?:\/\//i.test(document.url)) add(`documents[${index}].url`, 'must be an http or https URL');
  });
  return issues;
}

function lineIssues(state: SandboxState, order: OrderInput, creating: boolean): FieldIssue[] {
  const lines = order.orderLines;
  if (lines == null) return creating ? [{ field: 'orderLines', message: 'is required when creating an order' }] : [];
  if (lines.length === 0) return [{ field: 'orderLines', message: 'must have at least 1 line' }];
  const issues: FieldIssue[] = [];
  lines.forEach((line, index) => {
    if (!state.products.get(line.code)) issues.push({ field: `orderLines[${index}].code`, message: `names no product: '${line.code.slice(0, 60)}' does not exist` });
    if (line.quantity > 100_000) issues.push({ field: `orderLines[${index}].quantity`, message: 'must be at most 100000' });
  });
  return issues;
}

/** Every problem with an order body beyond the shared schema. */
export function orderIssues(state: SandboxState, order: OrderInput, creating: boolean): FieldIssue[] {
  const issues = [...shapeIssues(order), ...lineIssues(state, order, creating)];
  if (creating && order.status && order.status !== 'Draft' && order.status !== 'New') {
    issues.push({ field: 'status', message: 'must be Draft or New when creating an order' });
  }
  return issues;
}

/** Why an order in `current` cannot be changed to `wanted`, or undefined when it can. */
export function editRefusal(reference: string, current: OrderStatus, wanted: OrderStatus): string | undefined {
  if (current === 'Collecting' || current === 'Locked') {
    return `Order ${reference} is ${current} and can no longer be edited; only a cancellation can be requested from OGOship.`;
  }
  if (!EDITABLE_STATUSES.has(current)) return `Order ${reference} is ${current} and can no longer be edited.`;
  if (wanted !== current && !MERCHANT_STATUSES.has(wanted)) {
    return `status must be Draft, New or Cancelled; ${wanted} is set by the warehouse.`;
  }
  return undefined;
}
