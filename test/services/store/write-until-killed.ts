// Child process for the kill -9 test: writes pages of orders, each page in one
// transaction together with the sync position after it, until it is killed.
// Prints "committed N" after each commit so the parent knows when to strike.
import { openStore } from '../../../electron/services/store/index.js';
import { makeOrder } from './fixtures.js';

const [path, pageSizeText] = process.argv.slice(2);
const pageSize = Number(pageSizeText);
const store = openStore(path!);
for (let page = 1; ; page++) {
  store.transaction(() => {
    store.orders.put(
      Array.from({ length: pageSize }, (_, i) => makeOrder((page - 1) * pageSize + i)),
    );
    store.syncState.save('orders', {
      cursor: null,
      nextPage: page + 1,
      highWater: null,
      runStartedAt: 1,
      lastSuccessAt: null,
    });
  });
  process.stdout.write(`committed ${page}\n`);
}
