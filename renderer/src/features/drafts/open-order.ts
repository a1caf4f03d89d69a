// Moves between drafts and the orders view: open the live order a draft became
// (or collides with), and start a draft from an order the orders view shows.
// Only switches views and calls store actions; holds no state.
import { useAppStore } from '../../app/app-store.js';
import { useOrdersStore } from '../orders/orders-store.js';
import { useDraftsStore } from './drafts-store.js';

/** Shows the orders view filtered to this reference, with the order selected. */
export function openOrder(reference: string): void {
  const orders = useOrdersStore.getState();
  orders.setFilters({ search: reference });
  orders.select(reference);
  useAppStore.getState().showView('orders');
}

/** Starts a copy or a change of a cached order and shows it in the drafts view (for the orders view). */
export async function startDraftFrom(
  reference: string,
  how: 'duplicate' | 'editLive',
): Promise<void> {
  useAppStore.getState().showView('drafts');
  await useDraftsStore.getState().start(how, reference);
}
