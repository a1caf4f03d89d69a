// GET/POST /webhooks and GET/PUT/DELETE /webhooks/{id}. The key is stored for
// signing and never answered back; an empty list answers the literal null.
import { randomUUID } from 'node:crypto';
import { webhookInputSchema, type WebhookInput } from '../../shared/domain/webhook.js';
import type { ApiContext, ApiRoute } from './api-router.js';
import type { WebhookRecord } from './records.js';
import { apiErrorReply, jsonReply, type Reply } from './reply.js';
import { type FieldIssue, parseWith, readJsonBody, rejectIssues } from './validation.js';

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/;
const RESERVED_HEADERS = new Set([
  'content-type',
  'content-length',
  'host',
  'connection',
  'transfer-encoding',
  'x-ogoship-hmac-sha256',
]);

/** A webhook as the API shows it: everything but the key. */
function publicView(record: WebhookRecord) {
  return { id: record.id, url: record.url, type: record.type, customHeaders: record.customHeaders };
}

function webhookIssues(input: WebhookInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  if (input.url.length > 2000) add('url', 'must be at most 2000 characters');
  else if (!URL.canParse(input.url)) add('url', 'is not a valid URL');
  if (input.key.length > 256) add('key', 'must be at most 256 characters');
  const headers = Object.entries(input.customHeaders ?? {});
  if (headers.length > 20) add('customHeaders', 'must have at most 20 headers');
  for (const [name, value] of headers) {
    if (!HEADER_NAME.test(name))
      add(`customHeaders.${name.slice(0, 40)}`, 'is not a valid header name');
    else if (RESERVED_HEADERS.has(name.toLowerCase()))
      add(`customHeaders.${name}`, 'is set by OGOship and cannot be overridden');
    if (/[\r\n\0]/.test(value) || value.length > 1000)
      add(`customHeaders.${name.slice(0, 40)}`, 'must be one line of at most 1000 characters');
  }
  return issues;
}

function readWebhook(context: ApiContext): WebhookInput {
  const input = parseWith(webhookInputSchema, readJsonBody(context.request), 'webhook');
  rejectIssues('webhook', webhookIssues(input));
  return input;
}

function findWebhook(context: ApiContext, id: string): WebhookRecord | Reply {
  return (
    context.state.webhooks.get(id.toLowerCase()) ??
    apiErrorReply(404, `No webhook with id ${id.slice(0, 40)}.`)
  );
}

function listWebhooks({ state }: ApiContext): Reply {
  const all = [...state.webhooks.values()].map(publicView);
  return jsonReply(all.length === 0 ? null : all);
}

function createWebhook(context: ApiContext): Reply {
  const input = readWebhook(context);
  const record: WebhookRecord = {
    id: randomUUID(),
    url: input.url,
    key: input.key,
    type: input.type,
    customHeaders: input.customHeaders ?? null,
  };
  context.state.webhooks.set(record.id, record);
  return jsonReply(publicView(record), 201);
}

function replaceWebhook(context: ApiContext, id: string): Reply {
  const found = findWebhook(context, id);
  if (!('key' in found)) return found;
  const input = readWebhook(context);
  const record: WebhookRecord = {
    ...found,
    url: input.url,
    key: input.key,
    type: input.type,
    customHeaders: input.customHeaders ?? null,
  };
  context.state.webhooks.set(record.id, record);
  return jsonReply(publicView(record));
}

function deleteWebhook(context: ApiContext, id: string): Reply {
  const found = findWebhook(context, id);
  if (!('key' in found)) return found;
  context.state.webhooks.delete(found.id);
  return { status: 204 };
}

/** The webhook routes. */
export const webhookRoutes: ApiRoute[] = [
  { method: 'GET', pattern: /^\/webhooks$/i, scope: 'read:webhook', handle: listWebhooks },
  { method: 'POST', pattern: /^\/webhooks$/i, scope: 'write:webhook', handle: createWebhook },
  {
    method: 'GET',
    pattern: /^\/webhooks\/([^/]+)$/i,
    scope: 'read:webhook',
    handle: (context, [id]) => {
      const found = findWebhook(context, id!);
      return 'key' in found ? jsonReply(publicView(found)) : found;
    },
  },
  {
    method: 'PUT',
    pattern: /^\/webhooks\/([^/]+)$/i,
    scope: 'write:webhook',
    handle: (context, [id]) => replaceWebhook(context, id!),
  },
  {
    method: 'DELETE',
    pattern: /^\/webhooks\/([^/]+)$/i,
    scope: 'write:webhook',
    handle: (context, [id]) => deleteWebhook(context, id!),
  },
];
