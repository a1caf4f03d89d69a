// The live-updates status block: connected / connecting / degraded / down / polling,
// the reason in words, the public and receiver URLs and the last delivery and
// sync. Presentational: plain props only.
import type { LiveStatus } from '../../../../shared/contract/webhooks.js';
import { formatAgo } from '../../app/format.js';

const STATE_TEXT: Record<LiveStatus['state'], string> = {
  connected: 'Connected',
  connecting: 'Connecting',
  degraded: 'Degraded',
  down: 'Down',
  polling: 'Polling',
};

/** The status, why, and where deliveries arrive. */
export function LiveStatusBlock({ status }: { status: LiveStatus }) {
  return (
    <div className="status-block live-status" role="status" aria-live="polite">
      <p>
        <span className={`badge live-${status.state}`}>{STATE_TEXT[status.state]}</span>{' '}
        {status.reason}
      </p>
      <dl className="facts small">
        <dt>Public URL</dt>
        <dd className="mono">{status.publicUrl ?? '—'}</dd>
        <dt>Receiver</dt>
        <dd className="mono live-local-url">{status.localUrl ?? '—'}</dd>
        <dt>Last delivery</dt>
        <dd>{formatAgo(status.lastDeliveryAt)}</dd>
        <dt>Last sync</dt>
        <dd>{formatAgo(status.lastSyncAt)}</dd>
      </dl>
    </div>
  );
}
