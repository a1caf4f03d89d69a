// Products view state: the search and sort, the loaded windows of matching
// products, the selection, and the create/edit form's saving state. Queries
// run in the main side's store; writes go to OGOship through the contract.
import { create } from 'zustand';
import type { ProductRow, ProductSortColumn } from '../../../../shared/contract/products.js';
import type { Product, ProductInput } from '../../../../shared/domain/product.js';
import type { FieldProblem } from '../../../../shared/errors.js';
import { call, errorMessage } from '../../bridge/index.js';
import { toBridgeError } from '../../bridge/errors.js';
import { PAGE_SIZE, freshRows, type PagedRows } from '../../app/paged-rows.js';
import { createPagedLoader } from '../../app/paged-loader.js';
import type { SortSpec } from '../../components/data-table.js';
import { stillListed } from '../../app/selection-check.js';

/** What the form is doing: nothing, creating, or editing the selected product. */
export type ProductEditing =
  { mode: 'none' } | { mode: 'create' } | { mode: 'edit'; product: Product };

/** The outcome of the last save, for the form to show. */
export interface SaveFailure {
  message: string;
  problems: FieldProblem[];
}

interface ProductsState {
  search: string;
  sort: SortSpec<ProductSortColumn>;
  rows: PagedRows<ProductRow>;
  error: string | null;
  selected: string | null;
  detail: Product | null;
  editing: ProductEditing;
  saving: boolean;
  saveFailure: SaveFailure | null;
  notice: string | null;
  setSearch(search: string): void;
  setSort(sort: SortSpec<ProductSortColumn>): void;
  reload(): void;
  refresh(): void;
  ensureRange(start: number, end: number): void;
  select(code: string | null): void;
  startCreate(): void;
  startEdit(): void;
  cancelEdit(): void;
  save(product: ProductInput): Promise<void>;
}

/** The products store. */
export const useProductsStore = create<ProductsState>((set, get) => {
  const { ensureRange, refresh, reload } = createPagedLoader<ProductRow>(set, get, (offset, limit) => {
    const { search, sort } = get();
    return call((api) => api['products.list']({ search, sort, offset, limit }));
  });

  async function select(code: string | null): Promise<void> {
    set({ selected: code, editing: { mode: 'none' }, saveFailure: null, notice: null });
    if (code === null) return set({ detail: null });
    try {
      const detail = await call((api) => api['products.get']({ code }));
      if (get().selected === code) set({ detail });
    } catch (error) {
      if (get().selected === code) set({ detail: null, error: errorMessage(error) });
    }
  }

  /** Lets the detail pane go when the new search hides its product (unless it is being edited). */
  async function dropHiddenSelection(): Promise<void> {
    const { selected, search, sort, editing } = get();
    // An empty search lists every product, the selected one included.
    if (selected === null || editing.mode !== 'none' || search.trim() === '') return;
    try {
      const listed = await stillListed(
        selected,
        (row: ProductRow) => row.code,
        () => call((api) => api['products.list']({ search, sort, offset: 0, limit: PAGE_SIZE })),
        // LIMIT: a match below the first window of a broad search is let go rather than paged for.
        null,
      );
      const same = get().selected === selected && get().search === search;
      if (!listed && same && get().editing.mode === 'none') void select(null);
    } catch {
      // The list shows its own error; the pane keeps what it had.
    }
  }

  async function save(product: ProductInput): Promise<void> {
    const editing = get().editing;
    if (editing.mode === 'none' || get().saving) return;
    set({ saving: true, saveFailure: null });
    try {
      const saved =
        editing.mode === 'create'
          ? await call((api) => api['products.create']({ product }))
          : await call((api) => api['products.update']({ code: editing.product.code, product }));
      set({
        saving: false,
        editing: { mode: 'none' },
        selected: saved.code,
        detail: saved,
        notice: `Saved ${saved.code} at OGOship.`,
      });
      reload();
    } catch (reason) {
      const error = toBridgeError(reason);
      set({ saving: false, saveFailure: { message: error.message, problems: error.problems } });
    }
  }

  return {
    search: '',
    sort: { column: 'code', direction: 'asc' },
    rows: freshRows(0),
    error: null,
    selected: null,
    detail: null,
    editing: { mode: 'none' },
    saving: false,
    saveFailure: null,
    notice: null,
    setSearch: (search) => {
      set({ search });
      reload();
      void dropHiddenSelection();
    },
    setSort: (sort) => {
      set({ sort });
      reload();
    },
    reload,
    refresh,
    ensureRange,
    select: (code) => void select(code),
    startCreate: () => set({ editing: { mode: 'create' }, saveFailure: null, notice: null }),
    startEdit: () => {
      const detail = get().detail;
      if (detail)
        set({ editing: { mode: 'edit', product: detail }, saveFailure: null, notice: null });
    },
    cancelEdit: () => set({ editing: { mode: 'none' }, saveFailure: null }),
    save,
  };
});
