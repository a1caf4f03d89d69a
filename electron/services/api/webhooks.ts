// OGOship webhook registration endpoints. A webhook's `key` is a secret: it is
// sent to OGOship and returned to the caller, never logged or put in an error.
import { webhookSchema, type Webhook, type WebhookInput } from '../../../shared/domain/webhook.js';
import type { CallOptions } from './call-options.js';
import type { Http } from './http.js';
import { parseList, parseOne } from './validate.js';

/** Webhook calls bound to one transport. */
export function webhookEndpoints(http: Http) {
  const pathOf = (id: string): string => `/webhooks/${encodeURIComponent(id)}`;

  /** Every registered webhook; OGOship's `null` answer is an empty list. */
  async function list(options: CallOptions = {}): Promise<Webhook[]> {
    const { body } = await http.request({ method: 'GET', path: '/webhooks', ...options });
    return parseList(webhookSchema, body, 'GET /webhooks');
  }

  /** One webhook by id. */
  async function get(id: string, options: CallOptions = {}): Promise<Webhook> {
    const { body } = await http.request({ method: 'GET', path: pathOf(id), ...options });
    return parseOne(webhookSchema, body, 'GET /webhooks/{id}');
  }

  /** Registers a webhook; a POST, so retried only when OGOship certainly did not process it. */
  async function create(input: WebhookInput, options: CallOptions = {}): Promise<Webhook> {
    const { body } = await http.request({
      method: 'POST',
      path: '/webhooks',
      body: input,
      ...options,
    });
    return parseOne(webhookSchema, body, 'POST /webhooks');
  }

  /** Replaces a webhook's URL, key, type and headers. */
  async function update(
    id: string,
    input: WebhookInput,
    options: CallOptions = {},
  ): Promise<Webhook | null> {
    const { body } = await http.request({
      method: 'PUT',
      path: pathOf(id),
      body: input,
      ...options,
    });
    return body === null ? null : parseOne(webhookSchema, body, 'PUT /webhooks/{id}');
  }

  /** Deletes a webhook (OGOship answers 204). */
  async function remove(id: string, options: CallOptions = {}): Promise<void> {
    await http.request({ method: 'DELETE', path: pathOf(id), ...options });
  }

  return { list, get, create, update, remove };
}
