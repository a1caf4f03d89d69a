// Connects delivery hints to the API client (the truth) and the store (the
// cache). Never writes a record the API did not return.
import type { ApiClient } from '../api/index.js';
import type { Store } from '../store/index.js';
import type { RecordSource } from './apply-hint.js';

/** The RecordSource over the real API client and store. */
export function apiRecordSource(api: ApiClient, store: Store): RecordSource {
  return {
    fetchOrder: (reference) => api.orders.getByReference(reference),
    async fetchProduct(code) {
      const found = await api.products.list({ code, limit: 1, page: 1 });
      return found.find((product) => product.code === code) ?? null;
    },
    cachedOrder: (reference) => store.orders.get(reference),
    cachedProduct: (code) => store.products.get(code),
    saveOrder: (order) => store.transaction(() => store.orders.put([order])),
    saveProduct: (product) => store.transaction(() => store.products.put([product])),
  };
}
