// The orders view: toolbar, the virtualised table of cached orders and the
// detail pane of the selected one. Container: wires the orders store to
// presentational parts.
import { useCallback, useEffect } from 'react';
import type { OrderRow, OrderSortColumn } from '../../../../shared/contract/orders.js';
import { DataTable, type SortSpec } from '../../components/data-table.js';
import { rowAt } from '../../app/paged-rows.js';
import { orderColumns } from './order-columns.js';
import { OrderDetailPane } from './order-detail.js';
import { OrderFilters } from './order-filters.js';
import { useOrdersStore } from './orders-store.js';

const rowKey = (row: OrderRow) => row.reference;

/** The orders view. */
export function OrdersView() {
  const rows = useOrdersStore((state) => state.rows);
  const sort = useOrdersStore((state) => state.filters.sort);
  const selected = useOrdersStore((state) => state.selected);
  const error = useOrdersStore((state) => state.error);
  const { setFilters, ensureRange, select, reload } = useOrdersStore.getState();

  useEffect(() => reload(), [reload]);

  const getRow = useCallback((index: number) => rowAt(rows, index), [rows]);
  const onSort = useCallback(
    (next: SortSpec<OrderSortColumn>) => setFilters({ sort: next }),
    [setFilters],
  );
  const onSelect = useCallback((row: OrderRow) => select(row.reference), [select]);

  return (
    <section className="view" aria-labelledby="orders-title">
      <header className="view-header">
        <h1 id="orders-title">Orders</h1>
      </header>
      <OrderFilters />
      {error ? (
        <div className="notice notice-error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="split">
        <DataTable
          label="Orders"
          idPrefix="orders"
          columns={orderColumns}
          total={rows.total}
          rowAt={getRow}
          rowKey={rowKey}
          onVisibleRange={ensureRange}
          sort={sort}
          onSort={onSort}
          selectedKey={selected}
          onSelect={onSelect}
          emptyText={
            rows.loaded
              ? 'No orders match. Clear the search or filters, or wait for the sync.'
              : 'Loading orders…'
          }
        />
        <OrderDetailPane />
      </div>
    </section>
  );
}
