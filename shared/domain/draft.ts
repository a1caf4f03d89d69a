// The order draft: what a merchant is typing (tolerant of half-filled fields),
// its outbox states, and the conversions between a draft and an OGOship order.
// Pure TypeScript: no Node or DOM API; never decides whether a draft is valid
// (draft-rules.ts does).
import { z } from 'zod';
import type { Order, OrderInput } from './order.js';

const text = (max: number) => z.string().max(max).default('');

/** One product line as typed: quantity may be empty or wrong until validated. */
export const draftLineSchema = z.object({
  code: text(200),
  quantity: z.number().nullable().default(1),
  unitPrice: z.number().nullable().default(null),
  vatPercentage: z.number().nullable().default(null),
});
export type DraftLine = z.infer<typeof draftLineSchema>;

/** The recipient as typed. */
export const draftCustomerSchema = z.object({
  name: text(200),
  company: text(200),
  address1: text(200),
  address2: text(200),
  city: text(100),
  zip: text(30),
  countryCode: text(2),
  phone: text(50),
  email: text(200),
});

/** A document given as a URL or as a file read into base64. */
export const draftDocumentSchema = z.object({
  type: text(50),
  url: text(2000),
  fileName: text(260),
  // LIMIT: a file is capped near 5 MB (7 M base64 characters): it crosses IPC and sits in sqlite.
  base64Content: z.string().max(7_000_000).default(''),
});
export type DraftDocument = z.infer<typeof draftDocumentSchema>;

/** Cash on delivery as typed. */
export const draftCashOnDeliverySchema = z.object({
  amount: z.number().nullable().default(null),
  currencyCode: text(3),
  reference: text(100),
});

/** Everything the editor shows; saved as typed, validated only before sending. */
export const draftContentSchema = z.object({
  reference: text(200),
  customer: draftCustomerSchema.default(() => draftCustomerSchema.parse({})),
  orderLines: z.array(draftLineSchema).max(500).default([]),
  shippingCode: text(100),
  pickUpPointCode: text(100),
  comments: text(2000),
  priceTotal: z.number().nullable().default(null),
  priceCurrency: text(3),
  cashOnDelivery: draftCashOnDeliverySchema.nullable().default(null),
  documents: z.array(draftDocumentSchema).max(20).default([]),
  test: z.boolean().default(false),
});
export type DraftContent = z.infer<typeof draftContentSchema>;

/** What sending the draft does: create an order, change a live one, or ask to cancel one. */
export const DRAFT_KINDS = ['new', 'edit', 'cancel'] as const;
export const draftKindSchema = z.enum(DRAFT_KINDS);
export type DraftKind = z.infer<typeof draftKindSchema>;

/** Where a draft is on its way to OGOship. */
export const DRAFT_STATES = [
  'draft',
  'queued',
  'sending',
  'outcomeUnknown',
  'sent',
  'needsAttention',
  'conflict',
] as const;
export const draftStateSchema = z.enum(DRAFT_STATES);
export type DraftState = z.infer<typeof draftStateSchema>;

/** States counted on the outbox badge: waiting to go, or waiting for the merchant. */
export const OUTBOX_STATES: readonly DraftState[] = [
  'queued',
  'sending',
  'outcomeUnknown',
  'needsAttention',
  'conflict',
];

/** How each state reads in the app. */
export const DRAFT_STATE_LABEL: Record<DraftState, string> = {
  draft: 'Draft',
  queued: 'Queued',
  sending: 'Sending',
  outcomeUnknown: 'Outcome unknown',
  sent: 'Sent',
  needsAttention: 'Needs attention',
  conflict: 'Conflict',
};

/** Statuses whose order can still be changed (moved to Draft, changed, released again). */
export const EDITABLE_STATUSES: readonly string[] = ['Draft', 'New', 'Pending', 'Reserved'];
/** Statuses where only a cancellation can be requested. */
export const CANCELLABLE_STATUSES: readonly string[] = ['Locked', 'Collecting'];

/** What a merchant may do with a live order in this status. */
export function liveOrderAction(status: string | null | undefined): 'edit' | 'cancel' | 'none' {
  const value = status ?? 'New';
  if (EDITABLE_STATUSES.includes(value)) return 'edit';
  if (CANCELLABLE_STATUSES.includes(value)) return 'cancel';
  return 'none';
}

/** An empty draft with the given reference and one empty line. */
export function emptyDraftContent(reference: string): DraftContent {
  return draftContentSchema.parse({ reference, orderLines: [{}] });
}

const blank = (value: string | null | undefined): string => (value ?? '').toString();

/** A draft prefilled from an order (for duplicating or editing it). */
export function draftContentFromOrder(order: Order, reference: string): DraftContent {
  const customer = order.customer;
  return draftContentSchema.parse({
    reference,
    customer: {
      name: blank(customer.name),
      company: blank(customer.company),
      address1: blank(customer.address1),
      address2: blank(customer.address2),
      city: blank(customer.city),
      zip: blank(customer.zip),
      countryCode: blank(customer.countryCode).slice(0, 2),
      phone: blank(customer.phone),
      email: blank(customer.email),
    },
    orderLines: (order.orderLines ?? []).map((line) => ({
      code: line.code,
      quantity: line.quantity,
      unitPrice: line.unitPrice ?? null,
      vatPercentage: line.vatPercentage ?? null,
    })),
    shippingCode: blank(order.shippingCode),
    pickUpPointCode: blank(order.pickUpPointCode),
    comments: blank(order.comments),
    priceTotal: order.priceTotal ?? null,
    priceCurrency: blank(order.priceCurrency).slice(0, 3),
    cashOnDelivery: order.cashOnDelivery
      ? {
          amount: order.cashOnDelivery.amount,
          currencyCode: blank(order.cashOnDelivery.currencyCode),
          reference: blank(order.cashOnDelivery.reference),
        }
      : null,
    documents: (order.documents ?? []).map((doc) => ({
      type: doc.type,
      url: blank(doc.url),
      base64Content: blank(doc.base64Content),
    })),
    test: order.test ?? false,
  });
}

const optional = (value: string): string | undefined =>
  value.trim() === '' ? undefined : value.trim();

/** The order body OGOship receives for a (valid) draft; status is left to the caller. */
export function orderInputFromDraft(content: DraftContent): OrderInput {
  const c = content.customer;
  const cod = content.cashOnDelivery;
  return {
    reference: content.reference.trim(),
    customer: {
      name: c.name.trim(),
      company: optional(c.company),
      address1: c.address1.trim(),
      address2: optional(c.address2),
      city: c.city.trim(),
      zip: optional(c.zip),
      countryCode: c.countryCode.trim().toUpperCase(),
      phone: optional(c.phone),
      email: optional(c.email),
    },
    orderLines: content.orderLines.map((line) => ({
      code: line.code.trim(),
      quantity: line.quantity ?? 0,
      ...(line.unitPrice === null ? {} : { unitPrice: line.unitPrice }),
      ...(line.vatPercentage === null ? {} : { vatPercentage: line.vatPercentage }),
    })),
    shippingCode: optional(content.shippingCode),
    pickUpPointCode: optional(content.pickUpPointCode),
    comments: optional(content.comments),
    priceTotal: content.priceTotal ?? undefined,
    priceCurrency: optional(content.priceCurrency.toUpperCase()),
    cashOnDelivery: cod
      ? {
          amount: cod.amount ?? 0,
          currencyCode: optional(cod.currencyCode.toUpperCase()),
          reference: optional(cod.reference),
        }
      : undefined,
    documents: content.documents.map((doc) => ({
      type: doc.type.trim(),
      ...(optional(doc.url) ? { url: doc.url.trim() } : { base64Content: doc.base64Content }),
    })),
    test: content.test,
  };
}
