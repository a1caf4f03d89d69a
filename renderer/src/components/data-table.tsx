// A dense, virtualised, keyboard-driven table over a paged data source: the
// table library owns columns and sort state, the virtualiser renders only the
// visible rows, and the caller loads rows by index window. Presentational: it
// takes plain props and never calls the bridge.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
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

/** The virtualised table. */
export function DataTable<T extends RowData, C extends string>(props: DataTableProps<T, C>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(-1);
  const virtualizer = useVirtualizer({
    count: props.total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (last >= first) props.onVisibleRange(first, last);
  }, [first, last, props.total, props.onVisibleRange]);

  const visibleRows = useMemo(() => {
    const rows: T[] = [];
    for (let index = first; index <= last; index += 1) {
      const row = props.rowAt(index);
      if (row) rows.push(row);
    }
    return rows;
  }, [first, last, props.rowAt]);

  const sorting: SortingState = useMemo(
    () => [{ id: props.sort.column, desc: props.sort.direction === 'desc' }],
    [props.sort],
  );
  const table = useTable({
    features: dataTableFeatures,
    columns: props.columns,
    data: visibleRows,
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

  // Column sizes act as proportions with a floor, so the table fills its pane without a sideways scroll.
  const template = table
    .getVisibleLeafColumns()
    .map((column) => `minmax(${Math.round(column.getSize() * 0.55)}px, ${column.getSize()}fr)`)
    .join(' ');
  const rowsById = new Map(table.getRowModel().rows.map((row) => [row.id, row]));

  const moveTo = (index: number) => {
    if (props.total === 0) return;
    const clamped = Math.max(0, Math.min(props.total - 1, index));
    setActiveIndex(clamped);
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
    const row = props.rowAt(clamped);
    if (row) props.onSelect(row);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 300) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: props.total - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  };

  const activeId = activeIndex >= 0 ? `${props.idPrefix}-row-${activeIndex}` : undefined;

  return (
    <div
      className="data-table"
      role="grid"
      aria-label={props.label}
      aria-rowcount={props.total + 1}
      aria-colcount={props.columns.length}
    >
      <div className="data-table-head" role="rowgroup">
        <div
          className="data-table-row"
          role="row"
          aria-rowindex={1}
          style={{ gridTemplateColumns: template }}
        >
          {table.getHeaderGroups()[0]?.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            return (
              <div
                key={header.id}
                role="columnheader"
                aria-sort={
                  sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
                }
                className={`cell head-cell ${alignOf(header.column.columnDef.meta)}`}
              >
                {header.column.getCanSort() ? (
                  <button
                    type="button"
                    className="sort-button"
                    onClick={header.column.getToggleSortingHandler()}
                  >
                    <table.FlexRender header={header} />
                    <span className="sort-mark" aria-hidden="true">
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                    </span>
                  </button>
                ) : (
                  <table.FlexRender header={header} />
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div
        ref={scrollRef}
        className="data-table-body"
        role="rowgroup"
        tabIndex={0}
        aria-activedescendant={activeId}
        onKeyDown={onKeyDown}
      >
        {props.total === 0 ? <div className="data-table-empty">{props.emptyText}</div> : null}
        <div className="data-table-space" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const data = props.rowAt(item.index);
            const row = data ? rowsById.get(props.rowKey(data)) : undefined;
            const selected = data !== undefined && props.rowKey(data) === props.selectedKey;
            return (
              <div
                key={item.key}
                id={`${props.idPrefix}-row-${item.index}`}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={selected}
                className={`data-table-row body-row${selected ? ' selected' : ''}${item.index === activeIndex ? ' active' : ''}${row ? '' : ' loading'}`}
                style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)` }}
                onClick={() => {
                  setActiveIndex(item.index);
                  if (data) props.onSelect(data);
                }}
              >
                {row ? (
                  row.getAllCells().map((cell) => (
                    <div
                      key={cell.id}
                      role="gridcell"
                      className={`cell ${alignOf(cell.column.columnDef.meta)}`}
                    >
                      <table.FlexRender cell={cell} />
                    </div>
                  ))
                ) : (
                  <div role="gridcell" className="cell skeleton">
                    Loading…
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function alignOf(meta: unknown): string {
  return (meta as { align?: string } | undefined)?.align === 'end' ? 'align-end' : '';
}
