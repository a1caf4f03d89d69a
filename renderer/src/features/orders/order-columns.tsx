// Column definitions of the orders table: what each column shows and how wide
// it is. Presentational only.
import { createColumnHelper } from '@tanstack/react-table';
import type { OrderRow } from '../../../../shared/contract/orders.js';
import { dataTableFeatures } from '../../components/data-table.js';
import { StatusBadge } from './status-badge.js';
import { formatMoney, formatShortDateTime } from '../../app/format.js';

const helper = createColumnHelper<typeof dataTableFeatures, OrderRow>();

/** The orders table's columns, keyed by the contract's sort columns. */
export const orderColumns = helper.columns([
  helper.accessor('reference', {
    id: 'reference',
    header: 'Reference',
    size: 110,
    meta: { mono: true, fitChars: 16 },
  }),
  helper.accessor('status', {
    id: 'status',
    header: 'Status',
    size: 128,
    cell: (info) => <StatusBadge status={info.getValue()} />,
  }),
  helper.accessor('customerName', { id: 'customerName', header: 'Customer', size: 150 }),
  helper.accessor('email', { id: 'email', header: 'Email', size: 160 }),
  helper.accessor('trackingNumber', { id: 'trackingNumber', header: 'Tracking', size: 125 }),
  helper.accessor('priceTotal', {
    id: 'priceTotal',
    header: 'Total',
    size: 140,
    // Sized to the widest usual amount ("SEK 12,345.67") so totals never clip.
    meta: { align: 'end', fitChars: 14 },
    cell: (info) => formatMoney(info.getValue(), info.row.original.priceCurrency),
  }),
  helper.accessor('editTime', {
    id: 'editTime',
    header: 'Last changed',
    size: 180,
    meta: { fitChars: 16 },
    cell: (info) => formatShortDateTime(info.getValue()),
  }),
]);
