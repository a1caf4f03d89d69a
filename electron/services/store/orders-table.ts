// The cached orders: upserts from sync and the queries the orders view runs.
// Only data OGOship shows the merchant; never a secret.
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { z } from 'zod';
import { orderSchema, type Order } from '../../../shared/domain/order.js';
import {
  orderQuerySchema,
  type OrderPage,
  type OrderQuery,
  type OrderRow,
  type OrderSortColumn,
} from '../../../shared/contract/orders.js';
import { timeMs } from './database.js';

const SORT_SQL: Record<OrderSortColumn, string> = {
  reference: 'reference',
  status: 'status',
  customerName: 'customer_name COLLATE NOCASE',
  email: 'email COLLATE NOCASE',
  trackingNumber: 'tracking_number',
  priceTotal: 'price_total',
  editTime: 'edit_ms',
};

const ROW_COLUMNS = `reference, status, customer_name AS customerName, email,
  tracking_number AS trackingNumber, price_total AS priceTotal, price_currency AS priceCurrency,
  edit_time AS editTime, line_count AS lineCount`;

/** Lower-cased haystack for the search box: reference, customer, email, tracking. */
function searchText(order: Order): string {
  const parts = [
    order.reference,
    order.customer.name,
    order.customer.company,
    order.customer.email,
    order.trackingNumber,
  ];
  return parts.filter(Boolean).join('\n').toLowerCase();
}

// LIMIT: the date range filters on the last change (editTime): the contract has no order date.
/** Start of a local calendar day (the merchant's own time zone), epoch ms. */
function dayStartMs(day: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date).getTime();
}

/** Builds the WHERE clause and its parameters for a query. */
function whereFor(query: z.output<typeof orderQuerySchema>): {
  sql: string;
  params: SQLInputValue[];
} {
  const clauses: string[] = [];
  const params: SQLInputValue[] = [];
  if (query.search.trim()) {
    clauses.push('instr(search_text, ?) > 0');
    params.push(query.search.trim().toLowerCase());
  }
  if (query.statuses.length > 0) {
    clauses.push(`status IN (${query.statuses.map(() => '?').join(', ')})`);
    params.push(...query.statuses);
  }
  if (query.changedFrom) {
    clauses.push('edit_ms >= ?');
    params.push(dayStartMs(query.changedFrom));
  }
  if (query.changedTo) {
    clauses.push('edit_ms < ?');
    params.push(dayStartMs(query.changedTo) + 86_400_000);
  }
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** Order queries and writes over one open database. */
export function ordersTable(db: DatabaseSync) {
  const upsert = db.prepare(`
    INSERT INTO orders (reference, status, customer_name, email, tracking_number, price_total,
      price_currency, edit_time, edit_ms, line_count, search_text)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (reference) DO UPDATE SET status = excluded.status,
      customer_name = excluded.customer_name, email = excluded.email,
      tracking_number = excluded.tracking_number, price_total = excluded.price_total,
      price_currency = excluded.price_currency, edit_time = excluded.edit_time,
      edit_ms = excluded.edit_ms, line_count = excluded.line_count, search_text = excluded.search_text
    RETURNING id`);
  const upsertJson = db.prepare('INSERT OR REPLACE INTO order_json (id, json) VALUES (?, ?)');
  const selectOne = db.prepare(
    'SELECT j.json FROM orders o JOIN order_json j ON j.id = o.id WHERE o.reference = ?',
  );
  const countAll = db.prepare('SELECT count(*) AS n FROM orders');

  /** Writes orders (caller wraps in a transaction for a page). */
  function put(orders: readonly Order[]): void {
    for (const order of orders) {
      const { id } = upsert.get(
        order.reference,
        order.status ?? null,
        order.customer.name,
        order.customer.email ?? null,
        order.trackingNumber ?? null,
        order.priceTotal ?? null,
        order.priceCurrency ?? null,
        order.editTime ?? null,
        timeMs(order.editTime),
        order.orderLines?.length ?? 0,
        searchText(order),
      ) as { id: number };
      upsertJson.run(id, JSON.stringify(order));
    }
  }

  /** One window of matching rows, sorted, and how many match in all. */
  function query(input: OrderQuery): OrderPage {
    const parsed = orderQuerySchema.parse(input);
    const where = whereFor(parsed);
    const direction = parsed.sort.direction === 'asc' ? 'ASC' : 'DESC';
    const order = `${SORT_SQL[parsed.sort.column]} ${direction}, reference ${direction}`;
    const total = db
      .prepare(`SELECT count(*) AS n FROM orders ${where.sql}`)
      .get(...where.params) as { n: number };
    const rows = db
      .prepare(`SELECT ${ROW_COLUMNS} FROM orders ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...where.params, parsed.limit, parsed.offset) as unknown as OrderRow[];
    return { total: total.n, offset: parsed.offset, rows: rows.map((row) => ({ ...row })) };
  }

  /** The cached order with this reference, or null. */
  function get(reference: string): Order | null {
    const row = selectOne.get(reference) as { json: string } | undefined;
    return row ? orderSchema.parse(JSON.parse(row.json)) : null;
  }

  /** How many orders the cache holds. */
  function count(): number {
    return (countAll.get() as { n: number }).n;
  }

  return { put, query, get, count };
}

/** Order queries and writes of one store. */
export type OrdersTable = ReturnType<typeof ordersTable>;
