// Contract: live updates (receiver + tunnel status), the delivery inbox, the
// account's webhook registrations, stock thresholds and notification settings,
// plus the events that tell open views a record changed. Pure TypeScript: no
// Node or DOM API. Never carries a webhook key or a tunnel token outward: keys
// only travel renderer → main on create/edit and come back as "set"/"not set".
import { z } from 'zod';
import { webhookTypeSchema } from '../domain/webhook.js';
import { event, operation } from './define.js';

/** How the receiver is reached from the internet. */
export const TUNNEL_KINDS = ['localtunnel', 'ngrok', 'forwarded', 'none'] as const;
/** One tunnel choice. */
export const tunnelKindSchema = z.enum(TUNNEL_KINDS);
export type TunnelKind = z.infer<typeof tunnelKindSchema>;

/** connected: deliveries proven to arrive; degraded: partly working, polling covers; down: polling only; polling: the user chose no tunnel. */
export const liveStatusSchema = z.object({
  state: z.enum(['connected', 'connecting', 'degraded', 'down', 'polling']),
  reason: z.string(),
  tunnel: tunnelKindSchema,
  publicUrl: z.string().nullable(),
  localUrl: z.string().nullable(),
  lastDeliveryAt: z.string().nullable(),
  lastSyncAt: z.string().nullable(),
  ngrokAuthtoken: z.enum(['set', 'not set']),
});
export type LiveStatus = z.infer<typeof liveStatusSchema>;

/** User choices for live updates; none of them is a secret. */
export const liveSettingsSchema = z.object({
  tunnel: tunnelKindSchema,
  localtunnelHost: z.string().url().nullable(),
  ngrokDomain: z.string().max(253).nullable(),
  forwardedUrl: z.string().regex(/^https?:\/\//i, 'must be an http or https URL').nullable(),
  port: z.number().int().min(0).max(65535),
  notifyShipped: z.boolean(),
  notifyLowStock: z.boolean(),
  inboxRetentionDays: z.number().int().min(1).max(365),
});
export type LiveSettings = z.infer<typeof liveSettingsSchema>;

/** Whether and why a delivery's signature was accepted. */
export const verificationSchema = z.enum(['valid', 'missing', 'malformed', 'mismatch', 'tooLarge']);
export type Verification = z.infer<typeof verificationSchema>;

/** What the app did with a delivery. */
export const deliveryOutcomeSchema = z.enum(['pending', 'applied', 'unchanged', 'duplicate', 'rejected', 'failed', 'selfTest']);
export type DeliveryOutcome = z.infer<typeof deliveryOutcomeSchema>;

/** One inbox entry: a delivery as kept locally, secrets stripped. */
export const inboxEntrySchema = z.object({
  id: z.number().int(),
  receivedAt: z.string(),
  type: z.string(),
  verification: verificationSchema,
  outcome: deliveryOutcomeSchema,
  detail: z.string().nullable(),
  subject: z.string().nullable(),
  body: z.string().nullable(),
  contentType: z.string().nullable(),
  replayOf: z.number().int().nullable(),
});
export type InboxEntry = z.infer<typeof inboxEntrySchema>;

/** An inbox search: free text plus filters, newest first, paged by id. */
export const inboxQuerySchema = z.object({
  text: z.string().max(200).default(''),
  type: z.string().max(60).nullable().default(null),
  verified: z.boolean().nullable().default(null),
  beforeId: z.number().int().nullable().default(null),
  limit: z.number().int().min(1).max(500).default(100),
});
export type InboxQuery = z.input<typeof inboxQuerySchema>;

/** A webhook registration as the renderer sees it: the key only as set / not set. */
export const webhookViewSchema = z.object({
  id: z.string(),
  url: z.string(),
  type: z.string(),
  key: z.enum(['set', 'not set']),
  customHeaderNames: z.array(z.string()),
  madeByThisApp: z.boolean(),
});
export type WebhookView = z.infer<typeof webhookViewSchema>;

const webhookUrlSchema = z.string().regex(/^https?:\/\/\S+$/i, 'Enter an http or https URL');
const customHeadersSchema = z.record(z.string().min(1).max(100), z.string().max(1000));

const webhookKeySchema = z.string().min(16, 'Use a key of at least 16 characters').max(200);

/** Creating a webhook: the key is the merchant's choice, shared with the system that receives it. */
export const webhookCreateSchema = z.object({
  url: webhookUrlSchema,
  type: webhookTypeSchema,
  key: webhookKeySchema,
  customHeaders: customHeadersSchema.nullable().default(null),
});

/** Editing a webhook; a null key keeps the current one where OGOship still has it. */
export const webhookUpdateSchema = webhookCreateSchema.extend({
  id: z.string().min(1).max(100),
  key: webhookKeySchema.nullable().default(null),
});

/** A per-product low-stock threshold. */
export const stockThresholdSchema = z.object({
  productCode: z.string().min(1).max(200),
  threshold: z.number().int().min(0).max(1_000_000),
});
export type StockThreshold = z.infer<typeof stockThresholdSchema>;

/** Live updates, inbox, webhook management and threshold operations. */
export const webhookOperations = {
  'live.status': operation('Read the live-updates status', z.object({}), liveStatusSchema),
  'live.connect': operation('Connect live updates: tunnel, webhooks, self-test', z.object({}), liveStatusSchema),
  'live.disconnect': operation('Stop live updates and remove the app’s webhooks', z.object({}), liveStatusSchema),
  'live.settings.get': operation('Read live-update settings', z.object({}), liveSettingsSchema),
  'live.settings.set': operation('Change live-update settings', liveSettingsSchema.partial(), liveSettingsSchema),
  'live.ngrokAuthtoken.set': operation(
    'Keep (or with null, forget) the ngrok authtoken in the keychain',
    z.object({ authtoken: z.string().min(10).max(500).nullable() }),
    liveStatusSchema,
  ),
  'webhooks.inbox.search': operation('Search the delivery inbox', inboxQuerySchema, z.array(inboxEntrySchema)),
  'webhooks.inbox.replay': operation('Replay a verified delivery into the app', z.object({ id: z.number().int() }), inboxEntrySchema),
  'webhooks.list': operation('List the account’s webhooks', z.object({}), z.array(webhookViewSchema)),
  'webhooks.create': operation('Create a webhook at OGOship', webhookCreateSchema, webhookViewSchema),
  'webhooks.update': operation('Edit a webhook at OGOship', webhookUpdateSchema, webhookViewSchema),
  'webhooks.delete': operation('Delete a webhook at OGOship', z.object({ id: z.string().min(1).max(100) }), z.object({})),
  'webhooks.thresholds.list': operation('List low-stock thresholds', z.object({}), z.array(stockThresholdSchema)),
  'webhooks.thresholds.set': operation(
    'Set (or with null, clear) a product’s low-stock threshold',
    z.object({ productCode: z.string().min(1).max(200), threshold: z.number().int().min(0).max(1_000_000).nullable() }),
    z.array(stockThresholdSchema),
  ),
};

/** Why a record changed: a webhook hint, a replay or a catch-up sync. */
const changeSourceSchema = z.enum(['webhook', 'replay', 'sync']);

/** Delivery, status, record-change and notification events. */
export const webhookEvents = {
  'webhooks.delivery': event('A delivery (or replay) was recorded, and again once its outcome is known; same id', inboxEntrySchema),
  'live.status': event('The live-updates status changed', liveStatusSchema),
  'orders.changed': event(
    'Cached orders changed; open views should re-read them',
    z.object({ references: z.array(z.string()), source: changeSourceSchema }),
  ),
  'products.changed': event(
    'Cached products changed; open views should re-read them',
    z.object({ codes: z.array(z.string()), source: changeSourceSchema }),
  ),
  notify: event(
    'Ask the shell for a desktop notification',
    z.object({ title: z.string(), body: z.string(), url: z.string().nullable(), kind: z.enum(['orderShipped', 'lowStock']) }),
  ),
};
