// The local SQLite store: migrations, the queries the views run, and that data
// survives closing and reopening the file.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Migration, type Store } from '../../../electron/services/store/index.js';
import { MIGRATIONS } from '../../../electron/services/store/migrations/index.js';
import { makeOrder, makeProduct } from './fixtures.js';

describe('store', () => {
  let dir: string;
  let store: Store;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ogo-store-'));
    store = openStore(join(dir, 'ogo.db'));
    store.transaction(() => store.orders.put(Array.from({ length: 100 }, (_, n) => makeOrder(n))));
    // Noon UTC lands on the same calendar day in every time zone from -11 to +11.
    store.transaction(() =>
      store.orders.put([
        makeOrder(500, { editTime: '2026-03-15T12:00:00.000Z' }),
        makeOrder(501, { editTime: '2026-03-16T12:00:00.000Z' }),
      ]),
    );
    store.transaction(() =>
      store.products.put(Array.from({ length: 10 }, (_, n) => makeProduct(n))),
    );
  });
  after(async () => {
    store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('filters orders by status and counts every match', () => {
    const page = store.orders.query({ statuses: ['Shipped', 'Cancelled'], limit: 5 });
    assert.equal(page.total, 40);
    assert.equal(page.rows.length, 5);
    assert.ok(page.rows.every((row) => row.status === 'Shipped' || row.status === 'Cancelled'));
  });

  it('searches reference, customer name, email and tracking number, ignoring case', () => {
    assert.equal(store.orders.query({ search: 'ord-000042' }).rows[0]?.reference, 'ORD-000042');
    assert.equal(store.orders.query({ search: 'NYSTRÖM' }).total, 20);
    assert.equal(store.orders.query({ search: 'erik.11@' }).rows[0]?.reference, 'ORD-000011');
    assert.equal(store.orders.query({ search: 'JJFI0000000064' }).rows[0]?.reference, 'ORD-000064');
  });

  it('sorts by any column and pages with offset', () => {
    const newest = store.orders.query({
      sort: { column: 'editTime', direction: 'desc' },
      limit: 2,
    });
    assert.deepEqual(
      newest.rows.map((row) => row.reference),
      ['ORD-000501', 'ORD-000500'],
    );
    const byPrice = store.orders.query({
      sort: { column: 'priceTotal', direction: 'asc' },
      offset: 2,
      limit: 1,
    });
    assert.equal(byPrice.rows[0]?.priceTotal, 11);
    assert.equal(byPrice.offset, 2);
  });

  it('limits orders to a range of change dates, both days included', () => {
    assert.equal(
      store.orders.query({ changedFrom: '2026-03-15', changedTo: '2026-03-15' }).total,
      1,
    );
    assert.equal(
      store.orders.query({ changedFrom: '2026-03-15', changedTo: '2026-03-16' }).total,
      2,
    );
    assert.equal(
      store.orders.query({ changedFrom: '2026-03-16' }).rows[0]?.reference,
      'ORD-000501',
    );
    assert.equal(store.orders.query({ changedTo: '2026-03-14' }).total, 100);
  });

  it('reads one order back whole, with the names of its products', () => {
    const order = store.orders.get('ORD-000003');
    assert.equal(order?.customer.city, 'Helsinki');
    assert.deepEqual(store.products.namesOf(['P-3', 'missing']), { 'P-3': 'Tee 3' });
    assert.equal(store.orders.get('nope'), null);
  });

  it('searches products by code, name and EAN', () => {
    assert.equal(store.products.query({ search: 'kahvi' }).total, 5);
    assert.equal(store.products.query({ search: '6400000000007' }).rows[0]?.code, 'P-7');
    assert.equal(store.products.query({ search: 'p-9' }).rows[0]?.name, 'Tee 9');
  });

  it('lays stock levels over cached products', () => {
    store.transaction(() =>
      store.products.putStockLevels([
        { productCode: 'P-2', stock: 5, stockAvailable: 0, reserved: 5 },
      ]),
    );
    const row = store.products.query({ search: 'P-2' }).rows.find((r) => r.code === 'P-2');
    assert.equal(row?.stockAvailable, 0);
    assert.equal(store.products.get('P-2')?.reserved, 5);
  });

  it('updates a record in place instead of duplicating it', () => {
    store.transaction(() => store.orders.put([makeOrder(5, { status: 'Returned' })]));
    assert.equal(store.orders.count(), 102);
    assert.equal(store.orders.get('ORD-000005')?.status, 'Returned');
  });

  it('keeps everything across closing and reopening, without re-running migrations', () => {
    store.syncState.save('orders', {
      cursor: '2026-01-01T00:00:00.000Z',
      nextPage: 1,
      highWater: null,
      runStartedAt: null,
      lastSuccessAt: 42,
    });
    store.close();
    store = openStore(join(dir, 'ogo.db'));
    assert.equal(store.orders.count(), 102);
    assert.equal(store.syncState.get('orders').lastSuccessAt, 42);
    assert.equal(
      (store.db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version,
      MIGRATIONS.length,
    );
    assert.equal(
      (store.db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode,
      'wal',
    );
  });
});

describe('store cache owner', () => {
  it('empties the cache when someone else claims it, and keeps it for the same owner', () => {
    const store = openStore(':memory:');
    try {
      assert.equal(store.claimCache('production:1'), true);
      store.transaction(() => store.orders.put([makeOrder(1)]));

      assert.equal(store.claimCache('production:1'), false);
      assert.equal(store.orders.count(), 1);
      assert.equal(store.claimCache('sandbox:demo-merchant'), true);
      assert.equal(store.orders.count(), 0);
    } finally {
      store.close();
    }
  });
});

describe('store migrations', () => {
  it('applies only new migrations, in order, and rolls back one that fails', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ogo-migrate-'));
    try {
      const path = join(dir, 'm.db');
      const extra: Migration = {
        name: 'notes',
        up: (db) => db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)'),
      };
      const broken: Migration = {
        name: 'broken',
        up: (db) => db.exec('CREATE TABLE half (id INTEGER); INSERT INTO no_such_table VALUES (1)'),
      };
      openStore(path).close();
      const grown = openStore(path, [...MIGRATIONS, extra]);
      grown.db.exec("INSERT INTO notes (text) VALUES ('kept')");
      grown.close();

      assert.throws(
        () => openStore(path, [...MIGRATIONS, extra, broken]),
        new RegExp(`Migration ${MIGRATIONS.length + 2} \\(broken\\) failed`),
      );
      const reopened = openStore(path, [...MIGRATIONS, extra]);
      const tables = reopened.db
        .prepare("SELECT name FROM sqlite_master WHERE name = 'half'")
        .all();
      assert.deepEqual(tables, []);
      assert.equal(
        (reopened.db.prepare('SELECT text FROM notes').get() as { text: string }).text,
        'kept',
      );
      reopened.close();

      assert.throws(() => openStore(path, MIGRATIONS), /newer OGO Desk/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
