// The contract handlers of drafts.* and countries.list, for the integrator to
// spread into the router's handler map. Thin: every rule lives in the service.
import { COUNTRIES } from '../../../shared/domain/countries.js';
import type { OperationHandlers } from '../router.js';
import type { DraftCache, DraftService } from './draft-service.js';

type DraftOperationName = Extract<keyof OperationHandlers, `drafts.${string}` | 'countries.list'>;

/** What the draft handlers need. */
export interface DraftHandlerDeps {
  drafts: DraftService;
  cache: Pick<DraftCache, 'searchProducts'>;
}

/** Handlers for every drafts.* operation and the country list. */
export function createDraftHandlers(
  deps: DraftHandlerDeps,
): Pick<OperationHandlers, DraftOperationName> {
  const { drafts } = deps;
  return {
    'drafts.create': async () => drafts.create(),
    'drafts.duplicate': async ({ reference }) => drafts.duplicate(reference),
    'drafts.editLive': async ({ reference }) => drafts.editLive(reference),
    'drafts.update': async ({ id, content }) => drafts.update(id, content),
    'drafts.delete': async ({ id }) => {
      drafts.remove(id);
      return {};
    },
    'drafts.list': async () => drafts.list(),
    'drafts.get': async ({ id }) => (drafts.exists(id) ? drafts.view(id) : null),
    'drafts.send': async ({ id }) => drafts.send(id),
    'drafts.products': async ({ search, limit }) => deps.cache.searchProducts(search, limit),
    'countries.list': async () => COUNTRIES.map((country) => ({ ...country })),
  };
}
