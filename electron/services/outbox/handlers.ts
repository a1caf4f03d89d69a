// The contract handlers of outbox.*, for the integrator to spread into the
// router's handler map. Thin: the outbox and draft service hold the rules.
import type { DraftService } from '../drafts/draft-service.js';
import type { OperationHandlers } from '../router.js';
import type { Outbox } from './outbox.js';

type OutboxOperationName = Extract<keyof OperationHandlers, `outbox.${string}`>;

/** Handlers for every outbox.* operation. */
export function createOutboxHandlers(deps: {
  drafts: DraftService;
  outbox: Outbox;
}): Pick<OperationHandlers, OutboxOperationName> {
  const { drafts, outbox } = deps;
  return {
    'outbox.list': async () => outbox.status(),
    'outbox.retry': async ({ id }) => drafts.retry(id),
    'outbox.sendNow': async () => outbox.sendNow(),
    'outbox.resolveConflict': async (input) => drafts.resolveConflict(input.id, input),
  };
}
