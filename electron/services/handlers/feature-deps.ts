// Adapters from the service graph to what other features' handler factories
// ask for (the import's catalogue and sender). Never holds a token: the sender
// asks the current session for one per request.
import type { Catalogue } from '../import/diff.js';
import {
  createApiProductSender,
  type ProductSender,
  type ThrottleListener,
} from '../import/product-sender.js';
import type { TokenSource } from '../api/index.js';
import type { Services } from '../create-services.js';

const CATALOGUE_PAGE = 500;

/** The cached catalogue by exact code, read page by page from the store. */
export async function catalogueFromStore(services: Pick<Services, 'store'>): Promise<Catalogue> {
  const catalogue = new Map();
  for (let offset = 0; ; offset += CATALOGUE_PAGE) {
    const page = services.store.products.query({
      offset,
      limit: CATALOGUE_PAGE,
      sort: { column: 'code', direction: 'asc' },
    });
    for (const row of page.rows) {
      const product = services.store.products.get(row.code);
      if (product) catalogue.set(product.code, product);
    }
    if (page.rows.length < CATALOGUE_PAGE) return catalogue;
  }
}

/**
 * The catalogue as fresh as OGOship can make it: an incremental sync first (cheap
 * once the first sync is done), the cache as it is when OGOship cannot be reached.
 */
export async function freshCatalogue(services: Pick<Services, 'store' | 'sync'>): Promise<Catalogue> {
  // A stale cache would preview products that already exist as new, and their
  // creates would then fail with 409.
  await services.sync.run().catch(() => undefined);
  return catalogueFromStore(services);
}

/** A token source that always follows the current session (it changes on switching to the sandbox). */
function currentTokens(services: Pick<Services, 'session'>): TokenSource {
  return {
    accessToken: (signal) => services.session().tokenSource.accessToken(signal),
    rejectAccessToken: (token) => services.session().tokenSource.rejectAccessToken(token),
  };
}

/** A product sender for one import, over the current environment and session. */
export function importSender(
  services: Pick<Services, 'session' | 'endpoints'>,
  onThrottle: ThrottleListener,
): ProductSender {
  return createApiProductSender({
    apiUrl: () => services.endpoints().apiUrl,
    tokenSource: currentTokens(services),
    onThrottle,
  });
}
