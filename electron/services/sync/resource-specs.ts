// The three resources a sync walks, as ResourceSpecs over the API client and the
// store. The only place that knows which field is each resource's change time.
import type { Order } from '../../../shared/domain/order.js';
import type { Product, StockLevel } from '../../../shared/domain/product.js';
import type { EventBus } from '../event-bus.js';
import type { ApiClient } from '../api/index.js';
import type { Store } from '../store/index.js';
import type { ResourceSpec } from './resource-sync.js';

/** Orders, by `editTime`. */
export function ordersSpec(api: ApiClient, store: Store, bus: EventBus): ResourceSpec<Order> {
  return {
    resource: 'orders',
    fetchPage: (modifiedAfter, page, limit, signal) =>
      api.orders.list({ modifiedAfter, page, limit }, { signal }),
    changeTime: (order) => order.editTime,
    key: (order) => order.reference,
    store: (orders) => store.orders.put(orders),
    announce: (orders) =>
      bus.emit('orders.changed', { references: orders.map((o) => o.reference), source: 'sync' }),
  };
}

/** Products, by `editTime`. */
export function productsSpec(api: ApiClient, store: Store, bus: EventBus): ResourceSpec<Product> {
  return {
    resource: 'products',
    fetchPage: (modifiedAfter, page, limit, signal) =>
      api.products.list({ modifiedAfter, page, limit }, { signal }),
    changeTime: (product) => product.editTime,
    key: (product) => product.code,
    store: (products) => store.products.put(products),
    announce: (products) =>
      bus.emit('products.changed', { codes: products.map((p) => p.code), source: 'sync' }),
  };
}

/** Stock levels, by `modified`; laid over the cached products. */
export function stockSpec(api: ApiClient, store: Store, bus: EventBus): ResourceSpec<StockLevel> {
  return {
    resource: 'stock',
    fetchPage: (modifiedAfter, page, limit, signal) =>
      api.stock.list({ modifiedAfter, page, limit }, { signal }),
    changeTime: (level) => level.modified,
    key: (level) => level.productCode,
    store: (levels) => store.products.putStockLevels(levels),
    announce: (levels) =>
      bus.emit('products.changed', { codes: levels.map((l) => l.productCode), source: 'sync' }),
  };
}
