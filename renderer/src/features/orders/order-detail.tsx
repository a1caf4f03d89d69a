// The detail pane of the selected order: status and what it means, customer,
// lines with catalogue names, totals, tracking, warehouse comments, documents.
// Reads the orders store; the parts below take plain props.
import {
  ORDER_STATUS_MEANING,
  orderStatusSchema,
  type Customer,
  type Order,
  type OrderDocument,
} from '../../../../shared/domain/order.js';
import { formatDateTime, formatMoney } from '../../app/format.js';
import { ExternalLink } from '../../components/external-link.js';
import { totalBreakdown } from './order-totals.js';
import { StatusBadge } from './status-badge.js';
import { useOrdersStore } from './orders-store.js';

/** The pane, bound to the orders store. */
export function OrderDetailPane() {
  const selected = useOrdersStore((state) => state.selected);
  const detail = useOrdersStore((state) => state.detail);
  const detailError = useOrdersStore((state) => state.detailError);

  if (!selected) {
    return (
      <aside className="detail-pane empty" aria-label="Order detail">
        Select an order to see its details.
      </aside>
    );
  }
  if (detailError) {
    return (
      <aside className="detail-pane" aria-label="Order detail">
        <div className="notice notice-error" role="alert">
          {detailError}
        </div>
      </aside>
    );
  }
  if (!detail || detail.order.reference !== selected) {
    return (
      <aside className="detail-pane" aria-label="Order detail" aria-busy="true">
        Loading {selected}…
      </aside>
    );
  }
  return <OrderDetail order={detail.order} productNames={detail.productNames} />;
}

function statusMeaning(status: string | null | undefined): string {
  const known = orderStatusSchema.safeParse(status);
  return known.success
    ? ORDER_STATUS_MEANING[known.data]
    : 'OGO Desk does not know this status yet.';
}

/** One order, laid out for reading. */
export function OrderDetail(props: { order: Order; productNames: Record<string, string> }) {
  const { order } = props;
  return (
    <aside className="detail-pane" aria-label={`Order ${order.reference}`}>
      <h2>Order {order.reference}</h2>
      <section className="status-block">
        <StatusBadge status={order.status ?? null} />
        <p>{statusMeaning(order.status)}</p>
        {/* LIMIT: OGOship reports only the current status, so the history shown is the last change. */}
        <p className="muted small">Last changed {formatDateTime(order.editTime)}</p>
      </section>
      <CustomerSection customer={order.customer} />
      <LinesSection order={order} productNames={props.productNames} />
      <ShippingSection order={order} />
      <section>
        <h3>Warehouse comments</h3>
        <p className={order.warehouseComments ? '' : 'muted'}>
          {order.warehouseComments || 'None'}
        </p>
        {order.comments ? (
          <>
            <h3>Your comments</h3>
            <p>{order.comments}</p>
          </>
        ) : null}
      </section>
      <DocumentsSection documents={order.documents ?? []} />
    </aside>
  );
}

function CustomerSection({ customer }: { customer: Customer }) {
  return (
    <section>
      <h3>Customer</h3>
      <address>
        <strong>{customer.name}</strong>
        {customer.company ? <div>{customer.company}</div> : null}
        <div>{customer.address1}</div>
        {customer.address2 ? <div>{customer.address2}</div> : null}
        <div>
          {[customer.zip, customer.city].filter(Boolean).join(' ')} · {customer.countryCode}
        </div>
        {customer.email ? <div>{customer.email}</div> : null}
        {customer.phone ? <div>{customer.phone}</div> : null}
      </address>
    </section>
  );
}

function LinesSection({
  order,
  productNames,
}: {
  order: Order;
  productNames: Record<string, string>;
}) {
  return (
    <section>
      <h3>Lines</h3>
      <table className="mini-table">
        <thead>
          <tr>
            <th scope="col">Product</th>
            <th scope="col" className="align-end">
              Qty
            </th>
            <th scope="col" className="align-end">
              Unit price
            </th>
          </tr>
        </thead>
        <tbody>
          {(order.orderLines ?? []).map((line, index) => (
            <tr key={`${line.code}-${index}`}>
              <td>
                <div>{productNames[line.code] ?? 'Not in the catalogue'}</div>
                <div className="muted small mono">{line.code}</div>
              </td>
              <td className="align-end">{line.quantity}</td>
              <td className="align-end">{formatMoney(line.unitPrice, order.priceCurrency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <TotalLines order={order} />
      {order.cashOnDelivery ? (
        <p className="small">
          Cash on delivery:{' '}
          {formatMoney(order.cashOnDelivery.amount, order.cashOnDelivery.currencyCode)}
        </p>
      ) : null}
    </section>
  );
}

/** The total, preceded by what it is made of when it is more (or less) than the lines. */
function TotalLines({ order }: { order: Order }) {
  const parts = totalBreakdown(order);
  const money = (amount: number | null) => formatMoney(amount, order.priceCurrency);
  return (
    <>
      {parts.other !== null ? (
        <>
          <p className="total-line muted">
            <span>Lines</span>
            <span>{money(parts.lines)}</span>
          </p>
          <p className="total-line muted">
            <span>
              {parts.other > 0 ? 'Shipping and other charges' : 'Discounts and other adjustments'}
            </span>
            <span>{money(parts.other)}</span>
          </p>
        </>
      ) : null}
      <p className="total-line">
        <span>Total</span>
        <strong>{money(parts.total)}</strong>
      </p>
    </>
  );
}

function ShippingSection({ order }: { order: Order }) {
  return (
    <section>
      <h3>Shipping</h3>
      <dl className="facts">
        <dt>Method</dt>
        <dd>{order.shippingCode ?? '—'}</dd>
        <dt>Tracking</dt>
        <dd>
          {order.trackingUrl ? (
            <ExternalLink href={order.trackingUrl}>
              {order.trackingNumber ?? 'Track parcel'}
            </ExternalLink>
          ) : (
            (order.trackingNumber ?? 'Not shipped yet')
          )}
        </dd>
      </dl>
    </section>
  );
}

function DocumentsSection({ documents }: { documents: OrderDocument[] }) {
  return (
    <section>
      <h3>Documents</h3>
      {documents.length === 0 ? (
        <p className="muted">None</p>
      ) : (
        <ul className="plain-list">
          {documents.map((document, index) => (
            <li key={index}>
              {document.url ? (
                <ExternalLink href={document.url}>{document.type}</ExternalLink>
              ) : (
                <span>{document.type} (attached file)</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
