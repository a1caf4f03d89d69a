// The orders toolbar: search, status chips and a date range, plus the count of
// matching orders announced to screen readers. Reads and writes the orders
// store only.
import { ORDER_STATUSES, type OrderStatus } from '../../../../shared/domain/order.js';
import { SearchBox } from '../../components/search-box.js';
import { formatCount } from '../../app/format.js';
import { useOrdersStore } from './orders-store.js';

function toggle(statuses: OrderStatus[], status: OrderStatus): OrderStatus[] {
  return statuses.includes(status)
    ? statuses.filter((item) => item !== status)
    : [...statuses, status];
}

/** The orders toolbar. */
export function OrderFilters() {
  const filters = useOrdersStore((state) => state.filters);
  const total = useOrdersStore((state) => state.rows.total);
  const loaded = useOrdersStore((state) => state.rows.loaded);
  const setFilters = useOrdersStore((state) => state.setFilters);

  return (
    <div className="toolbar" role="toolbar" aria-label="Order filters">
      <SearchBox
        label="Search orders"
        placeholder="Search reference, customer, email, tracking…"
        value={filters.search}
        onSearch={(search) => setFilters({ search })}
      />
      <div className="chips" role="group" aria-label="Status">
        {ORDER_STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            className="chip"
            aria-pressed={filters.statuses.includes(status)}
            onClick={() => setFilters({ statuses: toggle(filters.statuses, status) })}
          >
            {status}
          </button>
        ))}
      </div>
      <label className="inline-field">
        <span>Changed from</span>
        <input
          type="date"
          value={filters.changedFrom ?? ''}
          onChange={(event) => setFilters({ changedFrom: event.target.value || null })}
        />
      </label>
      <label className="inline-field">
        <span>to</span>
        <input
          type="date"
          value={filters.changedTo ?? ''}
          onChange={(event) => setFilters({ changedTo: event.target.value || null })}
        />
      </label>
      <span className="row-count" role="status" aria-live="polite">
        {loaded ? `${formatCount(total)} ${total === 1 ? 'order' : 'orders'}` : 'Loading…'}
      </span>
    </div>
  );
}
