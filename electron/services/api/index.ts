// Public face of the API client module: what other services import.
export { createApiClient, type ApiClient } from './client.js';
export { ConnectionError } from './errors.js';
export { realSleep, type HttpSettings, type Sleep, type TokenSource } from './http.js';
export { MAX_PAGE_SIZE, collect, type Page } from './paging.js';
export type { CallOptions, Instant, PagingOptions } from './call-options.js';
export type { RetryMode } from './retry-policy.js';
export type { OrderQuery } from './orders.js';
export type { ProductQuery, StockQuery, StockUpdateQuery } from './products.js';
