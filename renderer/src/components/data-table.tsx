// A dense, virtualised, keyboard-driven table over a paged data source: the
// table library owns columns and sort state, the virtualiser renders only the
// visible rows, and the caller loads rows by index window. Presentational: it
// takes plain props and never calls the bridge.
import { useEffect, useMemo, useRef } from 'react';
import {
  columnSizingFeature,
  columnVisibilityFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { BodyRow, HeaderRow, columnTrack } from './data-table-rows.js';
import { useRowKeys } from './use-row-keys.js';

/** The table features every data table uses; column helpers must use the same. */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
});
export type DataTableFeatures = typeof dataTableFeatures;

/** A column sort as the contract expresses it. */
export interface SortSpec<C extends string> {
  column: C;
  direction: 'asc' | 'desc';
}

/** Props of the data table. */
export interface DataTableProps<T extends RowData, C extends string> {
  label: string;
  idPrefix: string;
  columns: ColumnDef<DataTableFeatures, T, any>[];
  total: number;
  rowAt(index: number): T | undefined;
  rowKey(row: T): string;
  onVisibleRange(start: number, end: number): void;
  sort: SortSpec<C>;
  onSort(sort: SortSpec<C>): void;
  selectedKey: string | null;
  onSelect(row: T): void;
  emptyText: string;
}

const ROW_HEIGHT = 30;

/** The rows in a window that have loaded, for the table library to model. */
function useVisibleRows<T>(
  rowAt: (index: number) => T | undefined,
  first: number,
  last: number,
): T[] {
  return useMemo(() => {
    const rows: T[] = [];
    for (let index = first; index <= last; index += 1) {
      const row = rowAt(index);
      if (row) rows.push(row);
    }
    return rows;
  }, [first, last, rowAt]);
}

/** The table model of the visible rows, sorted by the contract's sort (the server sorts). */
function useSortedTable<T extends RowData, C extends string>(
  props: DataTableProps<T, C>,
  rows: T[],
) {
  const sorting: SortingState = useMemo(
    () => [{ id: props.sort.column, desc: props.sort.direction === 'desc' }],
    [props.sort],
  );
  return useTable({
    features: dataTableFeatures,
    columns: props.columns,
    data: rows,
    getRowId: (row: T) => props.rowKey(row),
    state: { sorting },
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const head = next[0];
      if (head) props.onSort({ column: head.id as C, direction: head.desc ? 'desc' : 'asc' });
    },
  });
}

/** The virtualised table. */
export function DataTable<T extends RowData, C extends string>(props: DataTableProps<T, C>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: props.total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // The sticky header row sits above the first body row inside the same scroll area.
    scrollMargin: ROW_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (last >= first) props.onVisibleRange(first, last);
  }, [first, last, props.total, props.onVisibleRange]);

  const table = useSortedTable(props, useVisibleRows(props.rowAt, first, last));
  const rowsById = new Map(table.getRowModel().rows.map((row) => [row.id, row]));
  const keys = useRowKeys({
    total: props.total,
    rowHeight: ROW_HEIGHT,
    scrollRef,
    scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
    selectIndex: (index) => {
      const row = props.rowAt(index);
      if (row) props.onSelect(row);
      return row !== undefined;
    },
    rowsVersion: props.rowAt,
  });
  // Column sizes act as proportions with a floor, so the table fills its pane without a sideways scroll.
  const template = table
    .getVisibleLeafColumns()
    .map((column) => columnTrack(column.columnDef.meta, column.getSize()))
    .join(' ');

  return (
    <div className="data-table">
      <div
        ref={scrollRef}
        className="data-table-scroll"
        role="grid"
        aria-label={props.label}
        aria-rowcount={props.total + 1}
        aria-colcount={props.columns.length}
        tabIndex={0}
        aria-activedescendant={
          keys.activeIndex >= 0 ? `${props.idPrefix}-row-${keys.activeIndex}` : undefined
        }
        onKeyDown={keys.onKeyDown}
      >
        <div className="data-table-head" role="rowgroup">
          <HeaderRow headers={table.getHeaderGroups()[0]?.headers ?? []} template={template} />
        </div>
        <div className="data-table-body" role="rowgroup">
          {props.total === 0 ? <div className="data-table-empty">{props.emptyText}</div> : null}
          <div className="data-table-space" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const data = props.rowAt(item.index);
              const key = data === undefined ? null : props.rowKey(data);
              return (
                <BodyRow
                  key={item.key}
                  id={`${props.idPrefix}-row-${item.index}`}
                  index={item.index}
                  start={item.start - ROW_HEIGHT}
                  template={template}
                  row={key === null ? undefined : rowsById.get(key)}
                  selected={key !== null && key === props.selectedKey}
                  active={item.index === keys.activeIndex}
                  onClick={() => {
                    keys.setActiveIndex(item.index);
                    if (data !== undefined) props.onSelect(data);
                  }}
                />
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
