// Contract: browsing the cached catalogue, and creating or editing a product at
// OGOship. Pure TypeScript: no Node or DOM API.
import { z } from 'zod';
import { productInputSchema, productSchema } from '../domain/product.js';
import { operation } from './define.js';
import { sortDirectionSchema } from './orders.js';

/** Columns the products table can sort by. */
export const PRODUCT_SORT_COLUMNS = [
  'code',
  'name',
  'eanCode',
  'stock',
  'stockAvailable',
  'reserved',
  'stockUpdate',
] as const;
export const productSortColumnSchema = z.enum(PRODUCT_SORT_COLUMNS);
export type ProductSortColumn = z.infer<typeof productSortColumnSchema>;

/** What the products table asks for: a search, a sort and one window of rows. */
export const productQuerySchema = z.object({
  search: z.string().max(200).default(''),
  sort: z
    .object({ column: productSortColumnSchema, direction: sortDirectionSchema })
    .default({ column: 'code', direction: 'asc' }),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type ProductQuery = z.input<typeof productQuerySchema>;

/** One row of the products table. */
export const productRowSchema = z.object({
  code: z.string(),
  name: z.string().nullable(),
  eanCode: z.string().nullable(),
  stock: z.number().nullable(),
  stockAvailable: z.number().nullable(),
  reserved: z.number().nullable(),
  stockUpdate: z.number().nullable(),
});
export type ProductRow = z.infer<typeof productRowSchema>;

/** A window of matching products and how many match in all. */
export const productPageSchema = z.object({
  total: z.number().int().min(0),
  offset: z.number().int().min(0),
  rows: z.array(productRowSchema),
});
export type ProductPage = z.infer<typeof productPageSchema>;

/** A product code as the API accepts it in a new product. */
export const newProductInputSchema = productInputSchema.extend({
  code: z
    .string()
    .trim()
    .min(1, 'Enter a product code')
    .max(100)
    .refine((code) => !/[/\\]/.test(code), 'OGOship asks for no / or \\ in product codes'),
});

export const productOperations = {
  'products.list': operation(
    'List cached products matching a search, one window at a time',
    productQuerySchema,
    productPageSchema,
  ),
  'products.get': operation(
    'Read one cached product',
    z.object({ code: z.string().min(1).max(200) }),
    productSchema.nullable(),
  ),
  'products.create': operation(
    'Create a product at OGOship and cache it',
    z.object({ product: newProductInputSchema }),
    productSchema,
  ),
  'products.update': operation(
    'Change a product at OGOship (sending a new code renames it, a paid service) and cache it',
    z.object({ code: z.string().min(1).max(200), product: productInputSchema }),
    productSchema,
  ),
};
