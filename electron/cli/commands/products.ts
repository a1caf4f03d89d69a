// `ogo products list` and `ogo stock list`: straight from the OGOship API, every page.
import type { Product, StockLevel } from '../../../shared/domain/product.js';
import type { Page } from '../../services/api/index.js';
import type { CommandContext, CommandSpec } from '../command.js';

/** Prints every item of every page: streamed JSON, or a table at the end. */
async function printPages<T>(
  context: CommandContext,
  pages: AsyncIterable<Page<T>>,
  columns: ReadonlyArray<[string, (item: T) => unknown]>,
  noun: string,
): Promise<void> {
  const json = context.global.json ? context.out.jsonArray() : null;
  const rows: T[] = [];
  for await (const page of pages) {
    for (const item of page.items) {
      if (json) json.push(item);
      else rows.push(item);
    }
  }
  if (json) return json.end();
  context.out.table(rows, columns);
  context.out.note(`${rows.length} ${noun}`);
}

const PRODUCT_COLUMNS: ReadonlyArray<[string, (p: Product) => unknown]> = [
  ['CODE', (p) => p.code],
  ['NAME', (p) => p.name],
  ['EAN', (p) => p.eanCode],
  ['STOCK', (p) => p.stock],
  ['AVAILABLE', (p) => p.stockAvailable],
  ['RESERVED', (p) => p.reserved],
];

const STOCK_COLUMNS: ReadonlyArray<[string, (s: StockLevel) => unknown]> = [
  ['CODE', (s) => s.productCode],
  ['STOCK', (s) => s.stock],
  ['AVAILABLE', (s) => s.stockAvailable],
  ['RESERVED', (s) => s.reserved],
  ['CHANGED', (s) => s.modified],
];

/** Product and stock commands. */
export const commands: CommandSpec[] = [
  {
    name: 'products list',
    summary: 'List products from OGOship, optionally one code or EAN',
    options: {
      code: { type: 'string', value: 'C', help: 'only the product with this code' },
      ean: { type: 'string', value: 'E', help: 'only products with this EAN' },
    },
    async run(context) {
      const { api } = await context.services();
      const code = typeof context.options.code === 'string' ? context.options.code : undefined;
      const eanCode = typeof context.options.ean === 'string' ? context.options.ean : undefined;
      await printPages(
        context,
        api.products.pages({ code, eanCode }, { signal: context.signal }),
        PRODUCT_COLUMNS,
        'products',
      );
    },
  },
  {
    name: 'stock list',
    summary: 'List stock levels from OGOship',
    async run(context) {
      const { api } = await context.services();
      await printPages(
        context,
        api.stock.pages({}, { signal: context.signal }),
        STOCK_COLUMNS,
        'stock levels',
      );
    },
  },
];
