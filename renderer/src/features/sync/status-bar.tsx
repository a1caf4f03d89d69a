// The status bar, always visible once signed in: who is signed in, online or
// offline, when the last sync finished, and a button to sync now.
import { useEffect, useState } from 'react';
import { formatAgo } from '../../app/format.js';
import { useSessionStore } from '../session/session-store.js';
import { useSyncStore } from './sync-store.js';

/** The status bar. */
export function StatusBar() {
  const status = useSyncStore((state) => state.status);
  const error = useSyncStore((state) => state.error);
  const runNow = useSyncStore((state) => state.runNow);
  const session = useSessionStore((state) => state.session);
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);

  const online = status?.online ?? true;
  const lastSync = status?.lastSyncAt ? new Date(status.lastSyncAt).toISOString() : null;
  return (
    <footer className="status-bar" aria-label="Status">
      <span className={`dot ${online ? 'online' : 'offline'}`} aria-hidden="true" />
      <span data-testid="connection">{online ? 'Online' : 'Offline — showing cached data'}</span>
      <span className="sep" aria-hidden="true">
        ·
      </span>
      <span data-testid="last-sync">
        {status?.running ? 'Syncing…' : `Last sync ${formatAgo(lastSync, now)}`}
      </span>
      {status?.lastError || error ? (
        <span className="status-error">{status?.lastError ?? error}</span>
      ) : null}
      <span className="grow" />
      {session?.merchantId ? (
        <span className="muted">
          {session.environment === 'sandbox' ? 'Sandbox · ' : ''}merchant {session.merchantId}
        </span>
      ) : null}
      <button
        type="button"
        className="link-button"
        onClick={() => void runNow()}
        disabled={status?.running}
      >
        Sync now
      </button>
    </footer>
  );
}
