// OGOship product, stock level and stock update models (../shared/ogoship-api.md).
// Pure schemas: no Node or DOM API.
import { z } from 'zod';

/** The body of POST /products and PUT /products/{code}. */
export const productInputSchema = z.looseObject({
  code: z.string().min(1),
  name: z.string().nullish(),
  description: z.string().nullish(),
  supplierCode: z.string().nullish(),
  supplier: z.string().nullish(),
  group: z.string().nullish(),
  eanCode: z.string().nullish(),
  supplyPrice: z.number().nullish(),
  salesPrice: z.number().nullish(),
  currencyCode: z.string().length(3).nullish(),
  infoUrl: z.string().nullish(),
  pictureUrl: z.string().nullish(),
  countryOfOrigin: z.string().length(2).nullish(),
  languageCode: z.string().length(2),
  customsDescription: z.string().nullish(),
  hsCode: z.string().nullish(),
});
export type ProductInput = z.infer<typeof productInputSchema>;

/** The product fields a merchant edits, in the order forms and imports show them. */
export const PRODUCT_FIELDS = [
  'code',
  'name',
  'description',
  'supplierCode',
  'supplier',
  'group',
  'eanCode',
  'supplyPrice',
  'salesPrice',
  'currencyCode',
  'infoUrl',
  'pictureUrl',
  'countryOfOrigin',
  'languageCode',
  'customsDescription',
  'hsCode',
] as const;
export type ProductField = (typeof PRODUCT_FIELDS)[number];

/** A product as the API returns it, with stock figures. */
export const productSchema = productInputSchema.extend({
  id: z.string().nullish(),
  languageCode: z.string().nullish(),
  stock: z.number().nullish(),
  stockAvailable: z.number().nullish(),
  reserved: z.number().nullish(),
  stockUpdate: z.number().nullish(),
  stockUpdateTime: z.string().nullish(),
  editTime: z.string().nullish(),
});
export type Product = z.infer<typeof productSchema>;

/** A stock level row of GET /stock. */
export const stockLevelSchema = z.looseObject({
  productCode: z.string(),
  stock: z.number().nullish(),
  stockAvailable: z.number().nullish(),
  reserved: z.number().nullish(),
  modified: z.string().nullish(),
});
export type StockLevel = z.infer<typeof stockLevelSchema>;

/** One product of an announced incoming delivery. */
export const stockUpdateProductSchema = z.looseObject({
  code: z.string().min(1),
  name: z.string().nullish(),
  expectedQuantity: z.number().int().min(0).max(1_000_000),
  supplyPrice: z.number().nullish(),
  eanCode: z.string().nullish(),
  countryOfOrigin: z.string().length(2),
  customsDescription: z.string().max(50).nullish(),
  hsCode: z.string().regex(/^\d{8}$/).nullish(),
  receivedQuantity: z.number().nullish(),
  warehouseComments: z.string().nullish(),
});

/** An announced incoming delivery (POST /StockUpdate). */
export const stockUpdateInputSchema = z.looseObject({
  warehouseCode: z.string().nullish(),
  supplier: z.string().min(1),
  containers: z.number().nullish(),
  pallets: z.number().nullish(),
  parcels: z.number().nullish(),
  deliveredBy: z.string().nullish(),
  receiveDate: z.string().min(1),
  merchantComments: z.string().nullish(),
  trackingCodes: z.array(z.string()).nullish(),
  specialAction: z.string().nullish(),
  reference: z.string().min(1),
  status: z.string().nullish(),
  products: z.array(stockUpdateProductSchema).nullish(),
});

/** A stock update as the API returns it. */
export const stockUpdateSchema = stockUpdateInputSchema.extend({
  autoReference: z.string().nullish(),
  arrivalDate: z.string().nullish(),
  warehouseComments: z.string().nullish(),
  created: z.string().nullish(),
  modified: z.string().nullish(),
});
export type StockUpdate = z.infer<typeof stockUpdateSchema>;
