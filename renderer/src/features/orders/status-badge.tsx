// A coloured badge for an order status, with its plain-words meaning as a
// tooltip. Presentational only.
import { ORDER_STATUS_MEANING, orderStatusSchema } from '../../../../shared/domain/order.js';

/** Shows one order status. */
export function StatusBadge({ status }: { status: string | null }) {
  if (!status) return <span className="muted">—</span>;
  const known = orderStatusSchema.safeParse(status);
  const meaning = known.success
    ? ORDER_STATUS_MEANING[known.data]
    : 'A status OGO Desk does not know yet.';
  return (
    <span className={`badge status-${status.toLowerCase()}`} title={meaning}>
      {status}
    </span>
  );
}
