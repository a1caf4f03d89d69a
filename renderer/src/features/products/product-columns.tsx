// Column definitions of the products table. Presentational only.
import { createColumnHelper } from '@tanstack/react-table';
import type { ProductRow } from '../../../../shared/contract/products.js';
import { dataTableFeatures } from '../../components/data-table.js';
import { formatCount } from '../../app/format.js';

const helper = createColumnHelper<typeof dataTableFeatures, ProductRow>();
const number = (info: { getValue(): number | null }) => formatCount(info.getValue());

/** The products table's columns, keyed by the contract's sort columns. */
export const productColumns = helper.columns([
  helper.accessor('code', { id: 'code', header: 'Code', size: 160 }),
  helper.accessor('name', { id: 'name', header: 'Name', size: 280 }),
  helper.accessor('eanCode', {
    id: 'eanCode',
    header: 'EAN',
    size: 150,
    meta: { mono: true, fitChars: 13 },
  }),
  helper.accessor('stock', {
    id: 'stock',
    header: 'Stock',
    size: 90,
    meta: { align: 'end' },
    cell: number,
  }),
  helper.accessor('stockAvailable', {
    id: 'stockAvailable',
    header: 'Available',
    size: 90,
    meta: { align: 'end' },
    cell: number,
  }),
  helper.accessor('reserved', {
    id: 'reserved',
    header: 'Reserved',
    size: 90,
    meta: { align: 'end' },
    cell: number,
  }),
  helper.accessor('stockUpdate', {
    id: 'stockUpdate',
    header: 'Incoming',
    size: 90,
    meta: { align: 'end' },
    cell: number,
  }),
]);
