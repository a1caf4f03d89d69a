// OGOship product, stock level and stock update endpoints. Product codes always
// travel base64url-encoded in paths (`?base64url=true`): one code path for every
// code, and no case folding or `/`, `#`, `%` surprises in a case-insensitive router.
import {
  productSchema,
  stockLevelSchema,
  stockUpdateInputSchema,
  stockUpdateSchema,
  type Product,
  type ProductInput,
  type StockLevel,
  type StockUpdate,
} from '../../../shared/domain/product.js';
import type { z } from 'zod';
import { base64urlCode, type CallOptions, type Instant } from './call-options.js';
import type { Http } from './http.js';
import { listEndpoint } from './list-endpoint.js';
import { parseOne } from './validate.js';

/** Filters of GET /products. */
export type ProductQuery = {
  code?: string;
  eanCode?: string;
  modifiedAfter?: Instant;
};

/** Filters of GET /stock. */
export type StockQuery = {
  productCode?: string;
  modifiedAfter?: Instant;
};

/** Filters of GET /StockUpdate. */
export type StockUpdateQuery = {
  reference?: string;
  autoreference?: string;
  modifiedAfter?: Instant;
};

/** Product calls bound to one transport. */
export function productEndpoints(http: Http) {
  const listing = listEndpoint<typeof productSchema, ProductQuery>(
    http,
    '/products',
    productSchema,
  );

  /** Creates a product. */
  async function create(input: ProductInput, options: CallOptions = {}): Promise<Product | null> {
    const { body } = await http.request({
      method: 'POST',
      path: '/products',
      body: input,
      ...options,
    });
    return body === null ? null : parseOne(productSchema, body, 'POST /products');
  }

  /** Updates the product filed under `code`; a different `input.code` renames it. */
  async function update(
    code: string,
    input: ProductInput,
    options: CallOptions = {},
  ): Promise<Product | null> {
    const path = `/products/${base64urlCode(code)}`;
    const { body } = await http.request({
      method: 'PUT',
      path,
      query: { base64url: true },
      body: input,
      ...options,
    });
    return body === null ? null : parseOne(productSchema, body, 'PUT /products/{code}');
  }

  return { ...listing, create, update };
}

/** Stock level calls (read only). */
export function stockEndpoints(http: Http) {
  return listEndpoint<typeof stockLevelSchema, StockQuery>(http, '/stock', stockLevelSchema);
}

/** Stock update (incoming delivery) calls. */
export function stockUpdateEndpoints(http: Http) {
  const listing = listEndpoint<typeof stockUpdateSchema, StockUpdateQuery>(
    http,
    '/StockUpdate',
    stockUpdateSchema,
  );

  /** Announces an incoming delivery. */
  async function create(
    input: z.input<typeof stockUpdateInputSchema>,
    options: CallOptions = {},
  ): Promise<StockUpdate | null> {
    const { body } = await http.request({
      method: 'POST',
      path: '/StockUpdate',
      body: input,
      ...options,
    });
    return body === null ? null : parseOne(stockUpdateSchema, body, 'POST /StockUpdate');
  }

  return { ...listing, create };
}

export type { Product, StockLevel, StockUpdate };
