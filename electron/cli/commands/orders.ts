// `ogo orders list` and `ogo orders get`: straight from the OGOship API (not the
// cache), every page unless --limit says otherwise.
import { ApiError } from '../../../shared/errors.js';
import type { Order } from '../../../shared/domain/order.js';
import { UsageError, intOption, type CommandSpec } from '../command.js';

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
    summary: 'List orders from OGOship (all of them unless --limit)',
    options: {
      status: {
        type: 'string',
        value: 'S',
        help: 'only orders in this status (e.g. New, Shipped)',
      },
      limit: { type: 'string', value: 'N', help: 'stop after N orders' },
    },
    async run({ options, out, services, global, signal }) {
      const limit = intOption(options.limit, 'limit') ?? Infinity;
      const status = typeof options.status === 'string' ? options.status.toLowerCase() : null;
      const { api } = await services();
      const matching = (order: Order): boolean =>
        status === null || order.status?.toLowerCase() === status;
      const json = global.json ? out.jsonArray() : null;
      const rows: Order[] = [];
      let count = 0;
      // LIMIT: OGOship has no status filter, so every page is read and filtered here.
      for await (const page of api.orders.pages({}, { signal })) {
        for (const order of page.items.filter(matching)) {
          if (count >= limit) break;
          count += 1;
          if (json) json.push(order);
          else rows.push(order);
        }
        if (count >= limit) break;
      }
      if (json) return json.end();
      out.table(rows, COLUMNS);
      out.note(`${count} order${count === 1 ? '' : 's'}`);
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
