// The cached catalogue: products from sync, stock levels laid over them, and the
// queries the products view runs. Only data OGOship shows the merchant.
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { productSchema, type Product, type StockLevel } from '../../../shared/domain/product.js';
import {
  productQuerySchema,
  type ProductPage,
  type ProductQuery,
  type ProductRow,
  type ProductSortColumn,
} from '../../../shared/contract/products.js';
import { timeMs } from './database.js';

const SORT_SQL: Record<ProductSortColumn, string> = {
  code: 'code',
  name: 'name COLLATE NOCASE',
  eanCode: 'ean_code',
  stock: 'stock',
  stockAvailable: 'stock_available',
  reserved: 'reserved',
  stockUpdate: 'stock_update',
};

const ROW_COLUMNS = `code, name, ean_code AS eanCode, stock, stock_available AS stockAvailable,
  reserved, stock_update AS stockUpdate`;

function searchText(product: Product): string {
  return [product.code, product.name, product.eanCode].filter(Boolean).join('\n').toLowerCase();
}

/** Product queries and writes over one open database. */
export function productsTable(db: DatabaseSync) {
  const upsert = db.prepare(`
    INSERT INTO products (code, name, ean_code, stock, stock_available, reserved, stock_update,
      edit_ms, search_text, json)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (code) DO UPDATE SET name = excluded.name, ean_code = excluded.ean_code,
      stock = excluded.stock, stock_available = excluded.stock_available, reserved = excluded.reserved,
      stock_update = excluded.stock_update, edit_ms = excluded.edit_ms,
      search_text = excluded.search_text, json = excluded.json`);
  const upsertLevel = db.prepare(`
    INSERT INTO stock_levels (product_code, stock, stock_available, reserved, modified_ms, json)
    VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (product_code) DO UPDATE SET stock = excluded.stock,
      stock_available = excluded.stock_available, reserved = excluded.reserved,
      modified_ms = excluded.modified_ms, json = excluded.json`);
  const overlayLevel = db.prepare(`
    UPDATE products SET stock = ?, stock_available = ?, reserved = ?,
      json = json_set(json, '$.stock', ?, '$.stockAvailable', ?, '$.reserved', ?)
    WHERE code = ?`);
  const selectOne = db.prepare('SELECT json FROM products WHERE code = ?');
  const countAll = db.prepare('SELECT count(*) AS n FROM products');
  const deleteOne = db.prepare('DELETE FROM products WHERE code = ?');
  const deleteLevel = db.prepare('DELETE FROM stock_levels WHERE product_code = ?');

  /** Writes products (caller wraps in a transaction for a page). */
  function put(products: readonly Product[]): void {
    for (const p of products) {
      upsert.run(
        p.code,
        p.name ?? null,
        p.eanCode ?? null,
        p.stock ?? null,
        p.stockAvailable ?? null,
        p.reserved ?? null,
        p.stockUpdate ?? null,
        timeMs(p.editTime),
        searchText(p),
        JSON.stringify(p),
      );
    }
  }

  /** Records stock levels and lays them over the cached products (sync fetches stock after products). */
  function putStockLevels(levels: readonly StockLevel[]): void {
    for (const level of levels) {
      const figures = [
        level.stock ?? null,
        level.stockAvailable ?? null,
        level.reserved ?? null,
      ] as const;
      upsertLevel.run(level.productCode, ...figures, timeMs(level.modified), JSON.stringify(level));
      overlayLevel.run(...figures, ...figures, level.productCode);
    }
  }

  /** One window of matching products, sorted, and how many match in all. */
  function query(input: ProductQuery): ProductPage {
    const parsed = productQuerySchema.parse(input);
    const params: SQLInputValue[] = [];
    let where = '';
    if (parsed.search.trim()) {
      where = 'WHERE instr(search_text, ?) > 0';
      params.push(parsed.search.trim().toLowerCase());
    }
    const direction = parsed.sort.direction === 'asc' ? 'ASC' : 'DESC';
    const order = `${SORT_SQL[parsed.sort.column]} ${direction}, code ${direction}`;
    const total = db.prepare(`SELECT count(*) AS n FROM products ${where}`).get(...params) as {
      n: number;
    };
    const rows = db
      .prepare(`SELECT ${ROW_COLUMNS} FROM products ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...params, parsed.limit, parsed.offset) as unknown as ProductRow[];
    return { total: total.n, offset: parsed.offset, rows: rows.map((row) => ({ ...row })) };
  }

  /** The cached product with this code, or null. */
  function get(code: string): Product | null {
    const row = selectOne.get(code) as { json: string } | undefined;
    return row ? productSchema.parse(JSON.parse(row.json)) : null;
  }

  /** Catalogue names of these codes (for order lines); unknown codes are left out. */
  function namesOf(codes: readonly string[]): Record<string, string> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return {};
    const rows = db
      .prepare(
        `SELECT code, name FROM products WHERE code IN (${unique.map(() => '?').join(', ')})`,
      )
      .all(...unique) as Array<{ code: string; name: string | null }>;
    return Object.fromEntries(
      rows.filter((row) => row.name !== null).map((row) => [row.code, row.name!]),
    );
  }

  /** Forgets the product with this code and its stock level (a rename moved it to a new code). */
  function remove(code: string): void {
    deleteOne.run(code);
    deleteLevel.run(code);
  }

  /** How many products the cache holds. */
  function count(): number {
    return (countAll.get() as { n: number }).n;
  }

  return { put, putStockLevels, query, get, namesOf, remove, count };
}

/** Product queries and writes of one store. */
export type ProductsTable = ReturnType<typeof productsTable>;
