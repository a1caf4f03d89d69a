// The products view: search, the virtualised catalogue table, and a pane with
// the selected product or the create/edit form. Container: wires the products
// store to presentational parts.
import { useCallback, useEffect } from 'react';
import type { ProductRow, ProductSortColumn } from '../../../../shared/contract/products.js';
import { DataTable, type SortSpec } from '../../components/data-table.js';
import { SearchBox } from '../../components/search-box.js';
import { formatCount } from '../../app/format.js';
import { rowAt } from '../../app/paged-rows.js';
import { productColumns } from './product-columns.js';
import { ProductDetail } from './product-detail.js';
import { ProductForm } from './product-form.js';
import { useProductsStore } from './products-store.js';

const rowKey = (row: ProductRow) => row.code;

function ProductPane() {
  const editing = useProductsStore((state) => state.editing);
  const detail = useProductsStore((state) => state.detail);
  const selected = useProductsStore((state) => state.selected);
  const notice = useProductsStore((state) => state.notice);
  const startEdit = useProductsStore((state) => state.startEdit);

  let body;
  if (editing.mode !== 'none') {
    body = (
      <ProductForm key={editing.mode === 'edit' ? `edit-${editing.product.code}` : 'create'} />
    );
  } else if (detail && detail.code === selected) {
    body = <ProductDetail product={detail} onEdit={startEdit} />;
  } else {
    body = (
      <p className="muted">
        {selected ? `Loading ${selected}…` : 'Select a product, or create a new one.'}
      </p>
    );
  }
  return (
    <aside className="detail-pane" aria-label="Product detail">
      {notice ? (
        <div className="notice notice-ok" role="status">
          {notice}
        </div>
      ) : null}
      {body}
    </aside>
  );
}

/** The products view. */
export function ProductsView() {
  const rows = useProductsStore((state) => state.rows);
  const sort = useProductsStore((state) => state.sort);
  const search = useProductsStore((state) => state.search);
  const selected = useProductsStore((state) => state.selected);
  const error = useProductsStore((state) => state.error);
  const { setSearch, setSort, ensureRange, select, reload, startCreate } =
    useProductsStore.getState();

  useEffect(() => reload(), [reload]);

  const getRow = useCallback((index: number) => rowAt(rows, index), [rows]);
  const onSort = useCallback((next: SortSpec<ProductSortColumn>) => setSort(next), [setSort]);
  const onSelect = useCallback((row: ProductRow) => select(row.code), [select]);

  return (
    <section className="view" aria-labelledby="products-title">
      <header className="view-header">
        <h1 id="products-title">Products</h1>
        <button type="button" className="button primary" onClick={startCreate}>
          New product
        </button>
      </header>
      <div className="toolbar" role="toolbar" aria-label="Product search">
        <SearchBox
          label="Search products"
          placeholder="Search code, name or EAN…"
          value={search}
          onSearch={setSearch}
        />
        <span className="row-count" role="status" aria-live="polite">
          {rows.loaded
            ? `${formatCount(rows.total)} ${rows.total === 1 ? 'product' : 'products'}`
            : 'Loading…'}
        </span>
      </div>
      {error ? (
        <div className="notice notice-error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="split">
        <DataTable
          label="Products"
          idPrefix="products"
          columns={productColumns}
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
              ? 'No products match. Clear the search, or wait for the sync.'
              : 'Loading products…'
          }
        />
        <ProductPane />
      </div>
    </section>
  );
}
