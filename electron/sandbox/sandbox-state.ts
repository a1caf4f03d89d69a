// Everything one sandbox knows: orders, products, stock updates, webhooks and
// the clock their edit times come from. Announces shipments and stock changes
// to whoever delivers webhooks; never does network I/O itself.
import type { SandboxClock } from './clock.js';
import { KeyedStore } from './keyed-store.js';
import type {
  OrderJson,
  OrderRow,
  ProductJson,
  ProductRow,
  StockUpdateRow,
  WebhookRecord,
} from './records.js';
import { SortedIndex } from './sorted-index.js';

/** Products by code, indexed by edit time and separately by stock change time. */
export class ProductStore {
  private readonly rows = new KeyedStore<ProductRow>();
  private readonly byStockTime = new SortedIndex<ProductRow>();

  /** Replaces everything at once (seeding). */
  load(rows: ProductRow[]): void {
    this.rows.load(rows);
    this.byStockTime.load(rows.map((row) => ({ time: row.stockMs, key: row.key, item: row })));
  }

  /** The product with `code`, ignoring case. */
  get(code: string): ProductRow | undefined {
    return this.rows.get(code);
  }

  /** Adds or replaces a product row (rows are never changed in place). */
  put(row: ProductRow): void {
    this.remove(row.key);
    this.rows.put(row);
    this.byStockTime.insert(row.stockMs, row.key, row);
  }

  /** Drops the product with `code`. */
  remove(code: string): void {
    const old = this.rows.get(code);
    if (!old) return;
    this.rows.remove(code);
    this.byStockTime.remove(old.stockMs, old.key);
  }

  /** One page of products edited after `afterMs`. */
  page(afterMs: number | undefined, limit: number, page: number): ProductRow[] {
    return this.rows.page(afterMs, limit, page);
  }

  /** One page of products whose stock changed after `afterMs`. */
  stockPage(afterMs: number | undefined, limit: number, page: number): ProductRow[] {
    return this.byStockTime.page(afterMs, limit, page);
  }

  /** Every product, oldest edit first. */
  all(): ProductRow[] {
    return this.rows.all();
  }

  get size(): number {
    return this.rows.size;
  }
}

/** Things that happen in the warehouse and may trigger webhook deliveries. */
export interface SandboxEvents {
  orderShipped(order: OrderJson): void;
  stockChanged(product: ProductJson): void;
}

/** The whole in-memory account of the demo merchant. */
export class SandboxState {
  readonly orders = new KeyedStore<OrderRow>();
  readonly products = new ProductStore();
  readonly stockUpdates = new KeyedStore<StockUpdateRow>();
  readonly webhooks = new Map<string, WebhookRecord>();
  private lastEditMs = 0;

  constructor(
    readonly clock: SandboxClock,
    readonly events: SandboxEvents,
  ) {}

  /** The edit time of a change happening now: strictly after every earlier change, so a
   * client that syncs with modifiedAfter = the newest editTime it saw misses nothing. */
  nextEditTime(): number {
    this.lastEditMs = Math.max(this.clock.now(), this.lastEditMs + 1);
    return this.lastEditMs;
  }
}
