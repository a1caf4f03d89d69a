// The header row and one body row of the data table. Presentational: plain
// props in, markup out; never loads or selects anything itself.
import { FlexRender, type Header, type Row, type RowData } from '@tanstack/react-table';
import type { DataTableFeatures } from './data-table.js';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;
const SORT_MARK = { asc: '▲', desc: '▼' } as const;

/** What a column may ask of its cells: right alignment, a monospace font, a width in characters. */
export interface ColumnLook {
  align?: 'end';
  mono?: boolean;
  /** Characters the column always fits (codes, references, dates), so they never get cut. */
  fitChars?: number;
}

/** The CSS classes that right-align or set in monospace a column whose meta asks for it. */
export function alignOf(meta: unknown): string {
  const look = (meta ?? {}) as ColumnLook;
  return [look.align === 'end' ? 'align-end' : '', look.mono ? 'mono' : '']
    .filter(Boolean)
    .join(' ');
}

/** The grid track of one column: fixed to its characters when it asks, else a share of the pane. */
export function columnTrack(meta: unknown, size: number): string {
  const fit = ((meta ?? {}) as ColumnLook).fitChars;
  // One spare character and the cell padding on top of the content itself.
  if (fit) return `calc(${fit + 1}ch + 16px)`;
  return `minmax(${Math.round(size * 0.55)}px, ${size}fr)`;
}

/** The column headers; sortable ones are buttons that announce their sort. */
export function HeaderRow<T extends RowData>(props: {
  headers: Header<DataTableFeatures, T, unknown>[];
  template: string;
}) {
  return (
    <div
      className="data-table-row"
      role="row"
      aria-rowindex={1}
      style={{ gridTemplateColumns: props.template }}
    >
      {props.headers.map((header) => {
        const sorted = header.column.getIsSorted();
        return (
          <div
            key={header.id}
            role="columnheader"
            aria-sort={sorted ? ARIA_SORT[sorted] : 'none'}
            className={`cell head-cell ${alignOf(header.column.columnDef.meta)}`}
          >
            {header.column.getCanSort() ? (
              <button
                type="button"
                className="sort-button"
                onClick={header.column.getToggleSortingHandler()}
              >
                <FlexRender header={header} />
                <span className="sort-mark" aria-hidden="true">
                  {sorted ? SORT_MARK[sorted] : ''}
                </span>
              </button>
            ) : (
              <FlexRender header={header} />
            )}
          </div>
        );
      })}
    </div>
  );
}

/** Props of one virtual body row; `row` is absent while its page loads. */
export interface BodyRowProps<T extends RowData> {
  id: string;
  index: number;
  start: number;
  template: string;
  row: Row<DataTableFeatures, T> | undefined;
  selected: boolean;
  active: boolean;
  onClick(): void;
}

/** One positioned body row, or a loading placeholder in its place. */
export function BodyRow<T extends RowData>(props: BodyRowProps<T>) {
  const state = `${props.selected ? ' selected' : ''}${props.active ? ' active' : ''}`;
  return (
    <div
      id={props.id}
      role="row"
      aria-rowindex={props.index + 2}
      aria-selected={props.selected}
      className={`data-table-row body-row${state}${props.row ? '' : ' loading'}`}
      style={{ gridTemplateColumns: props.template, transform: `translateY(${props.start}px)` }}
      onClick={props.onClick}
    >
      {props.row ? (
        props.row.getAllCells().map((cell) => (
          <div
            key={cell.id}
            role="gridcell"
            className={`cell ${alignOf(cell.column.columnDef.meta)}`}
          >
            <FlexRender cell={cell} />
          </div>
        ))
      ) : (
        <div role="gridcell" className="cell skeleton">
          Loading…
        </div>
      )}
    </div>
  );
}
