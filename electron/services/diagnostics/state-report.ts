// Gathers the app's state for a diagnostics bundle: versions, settings without
// secrets, session, sync, cache and outbox counts, live updates and the webhook
// inbox summary. Counts and states only: no order, customer or product data, no
// draft content, no webhook body, and never a secret (everything is redacted again).
import os from 'node:os';
import packageJson from '../../../package.json' with { type: 'json' };
import type { Services } from '../create-services.js';
import { redactValue } from '../log/redact.js';

/** Versions of the app and what it runs on. */
export function versions(): Record<string, string> {
  return {
    app: packageJson.version,
    electron:
      process.versions.electron ?? 'not running in Electron (browser preview or ogo command)',
    chrome: process.versions.chrome ?? 'n/a',
    node: process.versions.node,
    os: `${os.type()} ${os.release()} (${process.platform}, ${process.arch})`,
  };
}

/** The settings file's content with any secret-sounding value blanked. */
export function settingsReport(services: Pick<Services, 'settings'>): unknown {
  return redactValue(services.settings.get());
}

function countRows(services: Pick<Services, 'store'>, sql: string): unknown {
  try {
    return services.store.db.prepare(sql).all();
  } catch {
    return 'not available';
  }
}

function outboxReport(services: Pick<Services, 'drafts'>) {
  const status = services.drafts.outbox.status();
  const byState: Record<string, number> = {};
  for (const item of status.items) byState[item.state] = (byState[item.state] ?? 0) + 1;
  return {
    waiting: status.count,
    pause: status.pause,
    resumeAt: status.resumeAt,
    byState,
  };
}

function liveSummary(webhooks: NonNullable<Services['webhooks']>) {
  const { state, tunnel } = webhooks.live.status();
  return { state, tunnel };
}

/** Session, sync, cache, outbox, live-update and inbox state, as counts and states. */
export function stateReport(services: Services): unknown {
  const session = services.session().state();
  return redactValue({
    environment: services.endpoints().environment,
    session: { status: session.status, merchantId: session.merchantId },
    sync: services.sync.status(),
    cache: countRows(
      services,
      'SELECT (SELECT count(*) FROM orders) AS orders, (SELECT count(*) FROM products) AS products',
    ),
    outbox: outboxReport(services),
    liveUpdates: services.webhooks ? liveSummary(services.webhooks) : 'not running',
    webhookInbox: countRows(
      services,
      `SELECT type, verification, outcome, count(*) AS deliveries, max(received_at) AS newest
       FROM webhook_inbox GROUP BY type, verification, outcome ORDER BY type`,
    ),
  });
}
