// The sandbox's stricter order checks on top of the shared zod schema: lengths,
// country/currency shapes, known product codes, allowed statuses and edit
// rules. Pure: reads the state, never changes it.
import { z } from 'zod';
import {
  cashOnDeliverySchema,
  customerSchema,
  orderDocumentSchema,
  orderInputSchema,
  orderLineSchema,
  type OrderStatus,
} from '../../shared/domain/order.js';
import type { SandboxState } from './sandbox-state.js';

/** Statuses a merchant may still change an order in. */
export const EDITABLE_STATUSES: ReadonlySet<OrderStatus> = new Set([
  'Draft',
  'New',
  'Pending',
  'Reserved',
]);

/** Statuses a merchant may set; the rest are the warehouse's to set. */
const MERCHANT_STATUSES: ReadonlySet<OrderStatus> = new Set(['Draft', 'New', 'Cancelled']);

const text = (max: number) => z.string().max(max).nullish();
const country = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be 2 capital letters (ISO 3166-1 alpha-2), such as FI');
const currency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be 3 capital letters (ISO 4217), such as EUR');
const httpUrl = z.string().regex(/^https?:\/\/\S+$/i, 'must be an http or https URL');

const strictCustomer = customerSchema.extend({
  name: z.string().min(1).max(100),
  company: text(100),
  address1: z.string().min(1).max(100),
  address2: text(100),
  city: z.string().min(1).max(50),
  countryCode: country,
  zip: text(20),
  phone: z
    .string()
    .regex(
      /^\+?[0-9 ()-]{5,30}$/,
      'must be a phone number of digits, spaces, (, ), - and an optional leading +',
    )
    .nullish(),
  email: z
    .string()
    .max(100)
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'is not an email address')
    .nullish(),
});

const strictDocument = orderDocumentSchema
  .extend({ url: httpUrl.nullish() })
  .refine(
    (document) => Boolean(document.url || document.base64Content),
    'needs url or base64Content',
  );

/** The sandbox's order body schema: the shared one with OGOship-plausible limits. */
const strictOrderSchema = orderInputSchema.extend({
  reference: z
    .string()
    .min(1)
    .max(50)
    .regex(/^[^/\\]*$/, 'must not contain / or \\ (it travels in the URL path)'),
  shippingCode: text(50),
  pickUpPointCode: text(50),
  orderLines: z
    .array(orderLineSchema.extend({ quantity: z.number().int().positive().max(100_000) }))
    .min(1)
    .nullish(),
  customer: strictCustomer,
  comments: text(1000),
  priceTotal: z.number().min(0).nullish(),
  priceCurrency: currency.nullish(),
  cashOnDelivery: cashOnDeliverySchema
    .extend({ amount: z.number().positive(), currencyCode: currency.nullish() })
    .nullish(),
  documents: z.array(strictDocument).nullish(),
});

/** The schema for one order write: shape, plus the rules that need the account's state. */
export function orderSchemaFor(state: SandboxState, creating: boolean) {
  return strictOrderSchema.superRefine((order, context) => {
    const issue = (path: PropertyKey[], message: string) =>
      context.addIssue({ code: 'custom', path, message });
    if (creating && order.orderLines == null)
      issue(['orderLines'], 'is required when creating an order');
    if (creating && order.status && order.status !== 'Draft' && order.status !== 'New') {
      issue(['status'], 'must be Draft or New when creating an order');
    }
    order.orderLines?.forEach((line, index) => {
      if (typeof line.code === 'string' && !state.products.get(line.code)) {
        issue(
          ['orderLines', index, 'code'],
          `names no product: '${line.code.slice(0, 60)}' does not exist`,
        );
      }
    });
  });
}

/** A Locked or Collecting order can no longer be edited, only asked to be cancelled. */
export function isCancellationRequest(current: OrderStatus, wanted: OrderStatus): boolean {
  return (current === 'Collecting' || current === 'Locked') && wanted === 'Cancelled';
}

/** Why an order in `current` cannot be changed to `wanted`, or undefined when it can. */
export function editRefusal(
  reference: string,
  current: OrderStatus,
  wanted: OrderStatus,
): string | undefined {
  if (isCancellationRequest(current, wanted)) return undefined;
  if (current === 'Collecting' || current === 'Locked') {
    return `Order ${reference} is ${current} and can no longer be edited; only a cancellation can be requested from OGOship.`;
  }
  if (!EDITABLE_STATUSES.has(current))
    return `Order ${reference} is ${current} and can no longer be edited.`;
  if (wanted !== current && !MERCHANT_STATUSES.has(wanted)) {
    return `status must be Draft, New or Cancelled; ${wanted} is set by the warehouse.`;
  }
  return undefined;
}
