// OGOship order models, as the merchant API describes them (../shared/ogoship-api.md).
// Pure schemas: no Node or DOM API, imported by the sandbox, the client and the renderer.
import { z } from 'zod';

/** Every status OGOship reports for an order, in warehouse order. */
export const ORDER_STATUSES = [
  'Draft',
  'New',
  'Pending',
  'Reserved',
  'Locked',
  'Collecting',
  'Shipped',
  'Cancelled',
  'Returned',
] as const;

/** One order status. */
export const orderStatusSchema = z.enum(ORDER_STATUSES);
export type OrderStatus = z.infer<typeof orderStatusSchema>;

/** What each status means in the warehouse, in words a merchant reads. */
export const ORDER_STATUS_MEANING: Record<OrderStatus, string> = {
  Draft: 'Saved but not released: no stock is set aside and the warehouse ignores it.',
  New: 'Released to the warehouse: stock is set aside for it and it waits for picking.',
  Pending: 'Waiting for stock to arrive; turns New by itself when it does.',
  Reserved: 'Stopped by validation (for example a missing phone or customs data): fix it.',
  Locked: 'Held by the warehouse; it cannot be changed right now.',
  Collecting: 'Being picked: stock is deducted; only a cancellation can be requested.',
  Shipped: 'Left the warehouse with the carrier.',
  Cancelled: 'Cancelled; nothing will be shipped.',
  Returned: 'Came back to the warehouse.',
};

/** A product line of an order. */
export const orderLineSchema = z.looseObject({
  code: z.string().min(1),
  quantity: z.number().int().positive(),
  unitPrice: z.number().nullish(),
  vatPercentage: z.number().nullish(),
  productInfoUrl: z.string().nullish(),
  productPictureUrl: z.string().nullish(),
});
export type OrderLine = z.infer<typeof orderLineSchema>;

/** The order's recipient. */
export const customerSchema = z.looseObject({
  name: z.string().min(1),
  company: z.string().nullish(),
  address1: z.string().min(1),
  address2: z.string().nullish(),
  city: z.string().min(1),
  countryCode: z.string().length(2),
  zip: z.string().nullish(),
  phone: z.string().nullish(),
  email: z.string().nullish(),
});
export type Customer = z.infer<typeof customerSchema>;

/** Cash on delivery terms. */
export const cashOnDeliverySchema = z.looseObject({
  amount: z.number(),
  currencyCode: z.string().length(3).nullish(),
  reference: z.string().nullish(),
});

/** A document attached to an order; `receipt` documents are printed into every parcel. */
export const orderDocumentSchema = z.looseObject({
  type: z.string().min(1),
  url: z.string().nullish(),
  base64Content: z.string().nullish(),
});
export type OrderDocument = z.infer<typeof orderDocumentSchema>;

/** The body of POST /orders and PUT /orders/{reference}. */
export const orderInputSchema = z.looseObject({
  reference: z.string().min(1),
  shippingCode: z.string().nullish(),
  pickUpPointCode: z.string().nullish(),
  status: orderStatusSchema.nullish(),
  orderLines: z.array(orderLineSchema).nullish(),
  customer: customerSchema,
  comments: z.string().nullish(),
  priceTotal: z.number().nullish(),
  priceCurrency: z.string().length(3).nullish(),
  cashOnDelivery: cashOnDeliverySchema.nullish(),
  test: z.boolean().nullish(),
  documents: z.array(orderDocumentSchema).nullish(),
});
export type OrderInput = z.infer<typeof orderInputSchema>;

/** An order as the API returns it. Tolerant: unknown fields pass through. */
export const orderSchema = orderInputSchema.extend({
  id: z.string().nullish(),
  status: z.string().nullish(),
  trackingNumber: z.string().nullish(),
  trackingUrl: z.string().nullish(),
  warehouseComments: z.string().nullish(),
  editTime: z.string().nullish(),
});
export type Order = z.infer<typeof orderSchema>;
