// The shapes the sandbox stores and answers with: OGOship's camelCase JSON,
// every known field present (null when empty), plus the index fields. Rows are
// immutable; a change builds a new row.
import type { OrderStatus } from '../../shared/domain/order.js';

/** An order line as stored. */
export interface OrderLineJson {
  code: string;
  quantity: number;
  unitPrice: number | null;
  vatPercentage: number | null;
  productInfoUrl: string | null;
  productPictureUrl: string | null;
}

/** A customer as stored. */
export interface CustomerJson {
  name: string;
  company: string | null;
  address1: string;
  address2: string | null;
  city: string;
  countryCode: string;
  zip: string | null;
  phone: string | null;
  email: string | null;
}

/** An order as the API answers it. */
export interface OrderJson {
  id: string;
  reference: string;
  status: OrderStatus;
  shippingCode: string | null;
  pickUpPointCode: string | null;
  orderLines: OrderLineJson[];
  customer: CustomerJson;
  comments: string | null;
  priceTotal: number | null;
  priceCurrency: string | null;
  cashOnDelivery: { amount: number; currencyCode: string | null; reference: string | null } | null;
  test: boolean;
  documents: Array<{ type: string; url: string | null; base64Content: string | null }>;
  trackingNumber: string | null;
  trackingUrl: string | null;
  warehouseComments: string | null;
  editTime: string;
}

/** A product as the API answers it. */
export interface ProductJson {
  id: string;
  code: string;
  name: string | null;
  description: string | null;
  supplierCode: string | null;
  supplier: string | null;
  group: string | null;
  eanCode: string | null;
  supplyPrice: number | null;
  salesPrice: number | null;
  currencyCode: string | null;
  infoUrl: string | null;
  pictureUrl: string | null;
  countryOfOrigin: string | null;
  languageCode: string;
  customsDescription: string | null;
  hsCode: string | null;
  stock: number;
  stockAvailable: number;
  reserved: number;
  stockUpdate: number;
  stockUpdateTime: string | null;
  editTime: string;
}

/** One product line of a stock update as stored. */
export interface StockUpdateProductJson {
  code: string;
  name: string | null;
  expectedQuantity: number;
  supplyPrice: number | null;
  eanCode: string | null;
  countryOfOrigin: string;
  customsDescription: string | null;
  hsCode: string | null;
  receivedQuantity: number;
  warehouseComments: string | null;
}

/** An announced incoming delivery as the API answers it. */
export interface StockUpdateJson {
  reference: string;
  autoReference: string;
  status: string;
  warehouseCode: string | null;
  supplier: string;
  containers: number | null;
  pallets: number | null;
  parcels: number | null;
  deliveredBy: string | null;
  receiveDate: string;
  arrivalDate: string | null;
  merchantComments: string | null;
  trackingCodes: string[];
  specialAction: string | null;
  products: StockUpdateProductJson[];
  warehouseComments: string | null;
  created: string;
  modified: string;
}

/** A webhook registration; `key` is a secret and is never answered back. */
export interface WebhookRecord {
  id: string;
  url: string;
  key: string;
  type: 'OrderShipped' | 'ProductStockLevelChanged';
  customHeaders: Record<string, string> | null;
}

/** A stored order. */
export interface OrderRow {
  key: string;
  editMs: number;
  json: OrderJson;
}

/** A stored product; `stockMs` orders GET /stock. */
export interface ProductRow {
  key: string;
  editMs: number;
  stockMs: number;
  json: ProductJson;
}

/** A stored stock update. */
export interface StockUpdateRow {
  key: string;
  editMs: number;
  json: StockUpdateJson;
}
