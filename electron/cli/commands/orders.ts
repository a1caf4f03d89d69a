// `ogo orders list` and `ogo orders get`: straight from the OGOship API (not the
// cache); every matching order, or with --limit the newest N by edit time.
import { ApiError } from '../../../shared/errors.js';
import type { Order } from '../../../shared/domain/order.js';
import { UsageError, intOption, type CommandSpec } from '../command.js';
import { newestOrders } from '../newest-orders.js';

const COLUMNS: ReadonlyArray<[string, (order: Order) => unknown]> = [
  ['REFERENCE', (o) => o.reference],
  ['STATUS', (o) => o.status],
  ['CUSTOMER', (o) => o.customer.name],
  ['COUNTRY', (o) => o.customer.countryCode],
  [
    'TOTAL',
    (o) => (o.priceTotal == null ? '' : `${o.priceTotal.toFixed(2)} ${o.priceCurrency ?? ''}`),
  ],
  ['TRACKING', (o) => o.trackingNumber],
  ['CHANGED', (o) => o.editTime],
];

/** Order commands. */
export const commands: CommandSpec[] = [
  {
    name: 'orders list',
    summary: 'List orders from OGOship (all of them, or the newest N with --limit)',
    options: {
      status: {
        type: 'string',
        value: 'S',
        help: 'only orders in this status (e.g. New, Shipped)',
      },
      limit: { type: 'string', value: 'N', help: 'only the N most recently changed, newest first' },
    },
    async run({ options, out, services, global, signal }) {
      const limit = intOption(options.limit, 'limit');
      const status = typeof options.status === 'string' ? options.status.toLowerCase() : null;
      const { api } = await services();
      const matching = (order: Order): boolean =>
        status === null || order.status?.toLowerCase() === status;
      // LIMIT: OGOship has no status filter and no sort, so every page is read and
      // filtered here; with --limit only the newest N are held while the pages pass.
      if (limit !== undefined) {
        const newest = newestOrders(limit);
        for await (const page of api.orders.pages({}, { signal })) {
          for (const order of page.items.filter(matching)) newest.offer(order);
        }
        return print(newest.newestFirst());
      }
      const json = global.json ? out.jsonArray() : null;
      const rows: Order[] = [];
      for await (const page of api.orders.pages({}, { signal })) {
        for (const order of page.items.filter(matching)) {
          if (json) json.push(order);
          else rows.push(order);
        }
      }
      if (json) return json.end();
      return print(rows);

      function print(orders: Order[]): void {
        if (global.json) return out.json(orders);
        out.table(orders, COLUMNS);
        out.note(`${orders.length} order${orders.length === 1 ? '' : 's'}`);
      }
    },
  },
  {
    name: 'orders get',
    summary: 'Show one order by its reference',
    args: 'REF',
    async run({ positionals, out, services, global, signal }) {
      const reference = positionals[0];
      if (!reference) throw new UsageError('give the order reference: ogo orders get REF');
      const { api } = await services();
      const order = await api.orders.getByReference(reference, { signal });
      if (!order) throw new ApiError(`OGOship has no order with reference ${reference}.`, 404);
      if (global.json) return out.json(order);
      printOrder(out.line, order);
    },
  },
];

function printOrder(line: (text?: string) => void, order: Order): void {
  const c = order.customer;
  line(`Order ${order.reference}  ${order.status ?? ''}`);
  line(`  customer  ${[c.name, c.company].filter(Boolean).join(', ')}`);
  line(
    `  address   ${[c.address1, c.address2, `${c.zip ?? ''} ${c.city}`.trim(), c.countryCode].filter(Boolean).join(', ')}`,
  );
  if (c.email || c.phone) line(`  contact   ${[c.email, c.phone].filter(Boolean).join(', ')}`);
  if (order.trackingNumber)
    line(`  tracking  ${order.trackingNumber} ${order.trackingUrl ?? ''}`.trimEnd());
  if (order.priceTotal != null)
    line(`  total     ${order.priceTotal.toFixed(2)} ${order.priceCurrency ?? ''}`);
  line(`  changed   ${order.editTime ?? ''}`);
  line('  lines');
  for (const item of order.orderLines ?? [])
    line(`    ${String(item.quantity).padStart(4)} × ${item.code}`);
}
