// `ogo webhooks listen|list|create|delete`: a receiver for merchants wiring their
// own systems, and management of the account's webhooks. Keys are read from a
// hidden prompt or stdin and go to OGOship only; nothing here prints a key.
import type { InboxEntry, LiveStatus } from '../../../shared/contract/webhooks.js';
import { webhookTypeSchema } from '../../../shared/domain/webhook.js';
import { ValidationError } from '../../../shared/errors.js';
import type { Services } from '../../services/create-services.js';
import { registerSecret } from '../../services/log/redact.js';
import { openVault } from '../../services/vault/vault.js';
import { memorySecrets, vaultSecrets, type LiveSecrets } from '../../services/webhooks/live-secrets.js';
import { startListenSession } from '../../services/webhooks/listen-session.js';
import { createWebhookManagement } from '../../services/webhooks/management.js';
import { createPreferences } from '../../services/webhooks/preferences.js';
import { intOption, UsageError, type CommandSpec } from '../command.js';
import type { Output } from '../output.js';
import { readSecret } from '../prompt.js';

const TUNNELS = ['localtunnel', 'ngrok', 'none'] as const;

/** Webhook commands. */
export const commands: CommandSpec[] = [
  {
    name: 'webhooks listen',
    summary: 'Receive webhooks here: registers both types at this URL, prints each delivery, removes them on exit',
    options: {
      tunnel: { type: 'string', help: 'localtunnel, ngrok or none (default none: the local URL is registered)' },
      port: { type: 'string', help: 'local port on 127.0.0.1 (default: any free port)' },
      'forward-to': { type: 'string', help: 'POST each verified delivery body to this URL too' },
      'localtunnel-host': { type: 'string', help: 'a self-hosted localtunnel server (default localtunnel.me)' },
      'ngrok-domain': { type: 'string', help: 'a reserved ngrok domain' },
    },
    async run({ options, out, services, global, signal }) {
      const tunnel = (options.tunnel ?? 'none') as (typeof TUNNELS)[number];
      if (!TUNNELS.includes(tunnel)) throw new UsageError('--tunnel must be localtunnel, ngrok or none');
      const forwardTo = textOption(options['forward-to']);
      if (forwardTo !== null && !/^https?:\/\/\S+$/i.test(forwardTo)) throw new UsageError('--forward-to needs an http(s) URL');

      const ready = await services();
      const keychain = tunnel === 'ngrok' ? vaultSecrets(await openVault({ serviceName: keychainServiceOf(ready) })) : null;
      const session = await startListenSession(
        {
          api: ready.api, store: ready.store, bus: ready.events, keychain,
          onDelivery: (entry, forwarded) => printDelivery(out, global.json, entry, forwarded),
          onStatus: (status) => printStatus(out, status),
        },
        {
          tunnel, forwardTo,
          port: intOption(options.port, 'port') ?? 0,
          localtunnelHost: textOption(options['localtunnel-host']),
          ngrokDomain: textOption(options['ngrok-domain']),
        },
      );
      try {
        const url = session.status.publicUrl;
        if (url === null) throw new ValidationError(`Could not start listening: ${session.status.reason}`);
        if (global.json) out.json({ url, state: session.status.state });
        else out.line(`Listening at ${url} (${session.status.state}); Ctrl-C removes the webhooks and stops`);
        await untilStopped(signal);
      } finally {
        await session.close();
        out.note('webhooks removed; stopped');
      }
    },
  },
  {
    name: 'webhooks list',
    summary: 'List the account’s webhooks (keys shown only as set / not set)',
    async run({ out, services, global }) {
      const views = await managementOf(await services()).list();
      if (global.json) return out.json(views);
      out.table(views, [
        ['ID', (w) => w.id],
        ['TYPE', (w) => w.type],
        ['URL', (w) => w.url],
        ['KEY', (w) => w.key],
        ['BY OGO DESK', (w) => (w.madeByThisApp ? 'yes' : '')],
      ]);
    },
  },
  {
    name: 'webhooks create',
    summary: 'Create a webhook; its key is read from stdin or a hidden prompt',
    options: {
      url: { type: 'string', help: 'where OGOship should POST (http or https)' },
      type: { type: 'string', help: 'OrderShipped or ProductStockLevelChanged' },
    },
    async run({ options, out, services, global }) {
      const url = textOption(options.url);
      const type = webhookTypeSchema.safeParse(options.type);
      if (url === null || !/^https?:\/\/\S+$/i.test(url)) throw new UsageError('--url needs an http(s) URL');
      if (!type.success) throw new UsageError('--type must be OrderShipped or ProductStockLevelChanged');
      const key = await readSecret('Webhook key (not shown, at least 16 characters): ');
      registerSecret(key);
      if (key.length < 16) throw new ValidationError('Use a webhook key of at least 16 characters.');

      const view = await managementOf(await services()).create({ url, type: type.data, key, customHeaders: null });
      if (global.json) return out.json(view);
      out.line(`Created webhook ${view.id} (${view.type} → ${view.url})`);
    },
  },
  {
    name: 'webhooks delete',
    summary: 'Delete a webhook by its id',
    args: 'ID',
    async run({ positionals, out, services, global }) {
      const id = positionals[0];
      if (!id) throw new UsageError('Give the webhook id: ogo webhooks delete ID');
      await managementOf(await services()).remove(id);
      if (global.json) return out.json({ deleted: id });
      out.line(`Deleted webhook ${id}`);
    },
  },
];

function managementOf(services: Services) {
  // Editing keys is not offered here, so no keychain access is needed.
  const secrets: LiveSecrets = memorySecrets();
  return createWebhookManagement(services.api.webhooks, createPreferences(services.store.db).appWebhookIds, secrets);
}

// Mirrors how the session files each environment's secrets, so the ngrok authtoken is found where the app keeps it.
function keychainServiceOf(services: Services): string {
  const base = services.config.keychainService ?? 'ogo-desk';
  const { environment } = services.endpoints();
  return environment === 'production' ? base : `${base}.${environment}`;
}

function printDelivery(out: Output, json: boolean, entry: InboxEntry, forwarded: string | null): void {
  if (json) return out.line(JSON.stringify({ ...entry, body: undefined, forwarded }));
  const verified = entry.verification === 'valid' ? 'verified' : `NOT verified (${entry.verification})`;
  const parts = [entry.receivedAt, entry.type, verified, entry.subject ?? '-', entry.outcome, forwarded ?? ''];
  out.line(parts.join('  ').trimEnd());
}

function printStatus(out: Output, status: LiveStatus): void {
  out.note(`live: ${status.state}: ${status.reason}`);
}

function textOption(value: string | boolean | undefined): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function untilStopped(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
    process.once('SIGTERM', () => resolve());
  });
}
