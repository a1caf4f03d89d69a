// Orders view state: the filters, the loaded windows of the matching orders and
// the selected order's detail. Queries run in the main side's store through the
// contract; this store only remembers what came back.
import { create } from 'zustand';
import type { OrderDetail, OrderRow, OrderSortColumn } from '../../../../shared/contract/orders.js';
import type { OrderStatus } from '../../../../shared/domain/order.js';
import { call, errorMessage } from '../../bridge/index.js';
import { PAGE_SIZE, freshRows, type PagedRows } from '../../app/paged-rows.js';
import { createPagedLoader } from '../../app/paged-loader.js';
import type { SortSpec } from '../../components/data-table.js';
import { stillListed } from '../../app/selection-check.js';

/** The filters a merchant sets on the orders table. */
export interface OrderFilters {
  search: string;
  statuses: OrderStatus[];
  changedFrom: string | null;
  changedTo: string | null;
  sort: SortSpec<OrderSortColumn>;
}

interface OrdersState {
  filters: OrderFilters;
  rows: PagedRows<OrderRow>;
  error: string | null;
  selected: string | null;
  detail: OrderDetail | null;
  detailError: string | null;
  setFilters(change: Partial<OrderFilters>): void;
  reload(): void;
  refresh(): void;
  ensureRange(start: number, end: number): void;
  select(reference: string | null): void;
}

const initialFilters: OrderFilters = {
  search: '',
  statuses: [],
  changedFrom: null,
  changedTo: null,
  sort: { column: 'editTime', direction: 'desc' },
};

/** The orders store. */
export const useOrdersStore = create<OrdersState>((set, get) => {
  const { ensureRange, refresh, reload } = createPagedLoader<OrderRow>(set, get, (offset, limit) =>
    call((api) => api['orders.list']({ ...get().filters, offset, limit })),
  );

  async function select(reference: string | null): Promise<void> {
    set({ selected: reference, detailError: null });
    if (reference === null) return set({ detail: null });
    try {
      const detail = await call((api) => api['orders.get']({ reference }));
      if (get().selected === reference) set({ detail });
    } catch (error) {
      if (get().selected === reference) set({ detail: null, detailError: errorMessage(error) });
    }
  }

  /** Lets the detail pane go when the new filters hide its order. */
  async function dropHiddenSelection(): Promise<void> {
    const { selected, filters } = get();
    if (selected === null) return;
    const query = (search: string) =>
      call((api) => api['orders.list']({ ...filters, search, offset: 0, limit: PAGE_SIZE }));
    // LIMIT: with a search typed, an order below the first window cannot be narrowed to and is let go.
    const narrowed = filters.search.trim() === '' ? () => query(selected) : null;
    try {
      const listed = await stillListed(
        selected,
        (row: OrderRow) => row.reference,
        () => query(filters.search),
        narrowed,
      );
      if (!listed && get().selected === selected && get().filters === filters) void select(null);
    } catch {
      // The list shows its own error; the pane keeps what it had.
    }
  }

  return {
    filters: initialFilters,
    rows: freshRows(0),
    error: null,
    selected: null,
    detail: null,
    detailError: null,
    setFilters: (change) => {
      set((state) => ({ filters: { ...state.filters, ...change } }));
      reload();
      void dropHiddenSelection();
    },
    reload,
    refresh,
    ensureRange,
    select: (reference) => void select(reference),
  };
});
