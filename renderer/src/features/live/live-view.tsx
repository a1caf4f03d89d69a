// The Live updates view: connection status and tunnel choice, the account's
// webhooks, the delivery inbox, notifications and low-stock thresholds.
// Container: wires the live and webhooks stores to presentational parts.
import { useEffect } from 'react';
import { AlertSettings } from './alert-settings.js';
import { InboxTable } from './inbox-table.js';
import { LiveConnection } from './live-connection.js';
import { useLiveStore } from './live-store.js';
import { WebhookList } from './webhook-list.js';
import { useWebhooksStore } from './webhooks-store.js';
import './live.css';

/** The Live updates view. */
export function LiveView() {
  const status = useLiveStore((state) => state.status);
  const settings = useLiveStore((state) => state.settings);
  const busy = useLiveStore((state) => state.busy);
  const inbox = useLiveStore((state) => state.inbox);
  const inboxText = useLiveStore((state) => state.inboxText);
  const liveError = useLiveStore((state) => state.error);
  const webhooks = useWebhooksStore((state) => state.webhooks);
  const thresholds = useWebhooksStore((state) => state.thresholds);
  const problems = useWebhooksStore((state) => state.problems);
  const hooksError = useWebhooksStore((state) => state.error);
  const listen = useLiveStore((state) => state.listen);
  const loadHooks = useWebhooksStore((state) => state.load);
  const live = useLiveStore.getState();
  const hooks = useWebhooksStore.getState();

  useEffect(() => listen(), [listen]);
  // Connecting and disconnecting re-point or remove the app's webhooks; the list follows.
  useEffect(() => {
    if (busy === null) void loadHooks();
  }, [busy, loadHooks]);

  const error = liveError ?? hooksError;
  return (
    <section className="view live-view" aria-labelledby="live-title">
      <header className="view-header">
        <h1 id="live-title">Live updates</h1>
      </header>
      {error ? (
        <div className="notice notice-error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="live-body">
        <div className="live-column">
          {settings ? (
            <LiveConnection
              key={settings.tunnel}
              status={status}
              settings={settings}
              busy={busy}
              onConnect={(patch) => void live.connect(patch)}
              onDisconnect={() => void live.disconnect()}
              onNgrokAuthtoken={(token) => void live.setNgrokAuthtoken(token)}
            />
          ) : (
            <p className="muted">Loading…</p>
          )}
          {settings ? (
            <AlertSettings
              settings={settings}
              thresholds={thresholds}
              onSettings={(patch) => void live.saveSettings(patch)}
              onThreshold={(code, value) => void hooks.setThreshold(code, value)}
            />
          ) : null}
        </div>
        <div className="live-column">
          <InboxTable
            entries={inbox}
            search={inboxText}
            onSearch={(text) => void live.searchInbox(text)}
            onReplay={(id) => void live.replay(id)}
          />
          <WebhookList
            webhooks={webhooks}
            problems={problems}
            onSave={hooks.save}
            onDelete={(id) => void hooks.remove(id)}
          />
        </div>
      </div>
    </section>
  );
}
