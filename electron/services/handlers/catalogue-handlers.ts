// Contract handlers of orders.* and products.*: reads come from the offline
// cache; product writes go to OGOship first and land in the cache only once
// OGOship accepted them. Thin: queries live in the store, URL shapes in the
// API client. Never returns anything OGOship did not confirm as saved.
import type { Product, ProductInput } from '../../../shared/domain/product.js';
import type { ApiClient } from '../api/index.js';
import type { OperationHandlers } from '../router.js';
import type { Store } from '../store/index.js';
import { withProductProblems } from './product-problems.js';

type CatalogueOperationName = Extract<
  keyof OperationHandlers,
  `orders.${string}` | `products.${string}`
>;

/** What the order and product handlers need. */
export interface CatalogueHandlerDeps {
  store: Pick<Store, 'orders' | 'products' | 'transaction'>;
  /** The API client of the signed-in environment (it may change on sign-in). */
  api: () => Pick<ApiClient, 'products'>;
}

/** The saved product: OGOship's answer, or (when it answers with no body) a fresh read. */
async function confirmedProduct(
  deps: CatalogueHandlerDeps,
  answer: Product | null,
  input: ProductInput,
): Promise<Product> {
  if (answer) return answer;
  const [found] = await deps.api().products.list({ code: input.code, limit: 1, page: 1 });
  return found ?? { ...input };
}

function rethrowWithProblems(error: unknown): never {
  throw withProductProblems(error);
}

/** Handlers for orders.* and products.*. */
export function createCatalogueHandlers(
  deps: CatalogueHandlerDeps,
): Pick<OperationHandlers, CatalogueOperationName> {
  const { store } = deps;
  // A rename's old code goes in the same transaction, so no reader sees both codes or neither.
  const cache = (saved: Product, replacedCode?: string): Product => {
    store.transaction(() => {
      if (replacedCode !== undefined && replacedCode !== saved.code) store.products.remove(replacedCode);
      store.products.put([saved]);
    });
    return store.products.get(saved.code) ?? saved;
  };
  return {
    'orders.list': async (query) => store.orders.query(query),
    'orders.get': async ({ reference }) => {
      const order = store.orders.get(reference);
      if (!order) return null;
      const codes = (order.orderLines ?? []).map((line) => line.code);
      return { order, productNames: store.products.namesOf(codes) };
    },
    'products.list': async (query) => store.products.query(query),
    'products.get': async ({ code }) => store.products.get(code),
    'products.create': async ({ product }) => {
      const answer = await deps.api().products.create(product).catch(rethrowWithProblems);
      return cache(await confirmedProduct(deps, answer, product));
    },
    'products.update': async ({ code, product }) => {
      const answer = await deps.api().products.update(code, product).catch(rethrowWithProblems);
      return cache(await confirmedProduct(deps, answer, product), code);
    },
  };
}
