// Contract: browsing the cached orders (paged queries the main side runs in its
// store) and reading one order with the product names its lines refer to.
// Pure TypeScript: no Node or DOM API.
import { z } from 'zod';
import { orderSchema, orderStatusSchema } from '../domain/order.js';
import { operation } from './define.js';

/** Columns the orders table can sort by. */
export const ORDER_SORT_COLUMNS = [
  'reference',
  'status',
  'customerName',
  'email',
  'trackingNumber',
  'priceTotal',
  'editTime',
] as const;
export const orderSortColumnSchema = z.enum(ORDER_SORT_COLUMNS);
export type OrderSortColumn = z.infer<typeof orderSortColumnSchema>;

/** Sort direction shared by every table. */
export const sortDirectionSchema = z.enum(['asc', 'desc']);

/** A calendar day, YYYY-MM-DD. */
const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-01-31');

/** What the orders table asks for: filters, sort and one window of rows. */
export const orderQuerySchema = z.object({
  search: z.string().max(200).default(''),
  statuses: z.array(orderStatusSchema).max(20).default([]),
  changedFrom: daySchema.nullable().default(null),
  changedTo: daySchema.nullable().default(null),
  sort: z
    .object({ column: orderSortColumnSchema, direction: sortDirectionSchema })
    .default({ column: 'editTime', direction: 'desc' }),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type OrderQuery = z.input<typeof orderQuerySchema>;

/** One row of the orders table: what a list shows, not the whole order. */
export const orderRowSchema = z.object({
  reference: z.string(),
  status: z.string().nullable(),
  customerName: z.string().nullable(),
  email: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  priceTotal: z.number().nullable(),
  priceCurrency: z.string().nullable(),
  editTime: z.string().nullable(),
  lineCount: z.number().int(),
});
export type OrderRow = z.infer<typeof orderRowSchema>;

/** A window of matching rows and how many match in all. */
export const orderPageSchema = z.object({
  total: z.number().int().min(0),
  offset: z.number().int().min(0),
  rows: z.array(orderRowSchema),
});
export type OrderPage = z.infer<typeof orderPageSchema>;

/** One order with the catalogue names of the products its lines name. */
export const orderDetailSchema = z.object({
  order: orderSchema,
  productNames: z.record(z.string(), z.string()),
});
export type OrderDetail = z.infer<typeof orderDetailSchema>;

export const orderOperations = {
  'orders.list': operation(
    'List cached orders matching filters, one window at a time',
    orderQuerySchema,
    orderPageSchema,
  ),
  'orders.get': operation(
    'Read one cached order with its product names',
    z.object({ reference: z.string().min(1).max(200) }),
    orderDetailSchema.nullable(),
  ),
};
