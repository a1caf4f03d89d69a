// The OGOship REST client: the one place that knows OGOship's URL shapes. Plain
// Node over global fetch. Never sees a secret other than the bearer token it is
// handed per request, and never logs that.
import { createHttp, type HttpSettings } from './http.js';
import { orderEndpoints } from './orders.js';
import { productEndpoints, stockEndpoints, stockUpdateEndpoints } from './products.js';
import { webhookEndpoints } from './webhooks.js';

/** Builds the client for one API host; see HttpSettings for the knobs. */
export function createApiClient(settings: HttpSettings) {
  const http = createHttp(settings);
  return {
    orders: orderEndpoints(http),
    products: productEndpoints(http),
    stock: stockEndpoints(http),
    stockUpdates: stockUpdateEndpoints(http),
    webhooks: webhookEndpoints(http),
  };
}

/** The typed OGOship client. */
export type ApiClient = ReturnType<typeof createApiClient>;
