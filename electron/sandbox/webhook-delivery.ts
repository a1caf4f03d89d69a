// Delivers OrderShipped and ProductStockLevelChanged events to the merchant's
// registered webhooks, signed as OGOship signs them, asynchronously with
// retries. Never blocks an API answer, never logs a key or a signature.
import { createHmac } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { WEBHOOK_SIGNATURE_HEADER } from '../../shared/domain/webhook.js';
import { isoTime, type SandboxClock } from './clock.js';
import type { OrderJson, ProductJson, WebhookRecord } from './records.js';
import type { SandboxEvents } from './sandbox-state.js';

/** One delivery attempt, for GET /__sandbox/webhook-deliveries. */
export interface DeliveryAttempt {
  webhookId: string;
  type: WebhookRecord['type'];
  url: string;
  attempt: number;
  status: number | null;
  error?: string;
  time: string;
}

// Waits before the 2nd, 3rd and 4th attempt; four attempts in all.
const RETRY_DELAYS_MS = [500, 2_000, 8_000];
const ATTEMPT_TIMEOUT_MS = 5_000;

/** The signature header value: base64 HMAC-SHA256 of the exact body bytes with the UTF-8 key. */
export function signWebhookBody(key: string, body: Buffer): string {
  return createHmac('sha256', Buffer.from(key, 'utf8')).update(body).digest('base64');
}

// A webhook URL may carry a token in its query or user info; the attempt log keeps neither.
function withoutQuery(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
}

/** Sends events to webhooks; `close` stops every pending retry. */
export class WebhookDispatcher implements SandboxEvents {
  readonly attempts: DeliveryAttempt[] = [];
  private readonly stopping = new AbortController();
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly webhooks: () => Iterable<WebhookRecord>,
    private readonly clock: SandboxClock,
  ) {}

  orderShipped(order: OrderJson): void {
    this.broadcast('OrderShipped', {
      type: 'OrderShipped',
      reference: order.reference,
      orderId: order.id,
      trackingNumber: order.trackingNumber,
      trackingUrl: order.trackingUrl,
      timestamp: isoTime(this.clock.now()),
    });
  }

  stockChanged(product: ProductJson): void {
    this.broadcast('ProductStockLevelChanged', {
      type: 'ProductStockLevelChanged',
      productCode: product.code,
      stock: product.stock,
      stockAvailable: product.stockAvailable,
      timestamp: isoTime(this.clock.now()),
    });
  }

  /** Stops retries and aborts deliveries in flight; resolves when they have ended. */
  async close(): Promise<void> {
    this.stopping.abort();
    await Promise.allSettled([...this.inFlight]);
  }

  private broadcast(type: WebhookRecord['type'], payload: object): void {
    if (this.stopping.signal.aborted) return;
    const body = Buffer.from(JSON.stringify(payload), 'utf8');
    for (const webhook of this.webhooks()) {
      if (webhook.type !== type) continue;
      const delivery = this.deliver({ ...webhook }, body).finally(() =>
        this.inFlight.delete(delivery),
      );
      this.inFlight.add(delivery);
    }
  }

  private async deliver(webhook: WebhookRecord, body: Buffer): Promise<void> {
    const headers = {
      ...webhook.customHeaders,
      'Content-Type': 'application/json; charset=utf-8',
      [WEBHOOK_SIGNATURE_HEADER]: signWebhookBody(webhook.key, body),
    };
    for (let attempt = 1; attempt <= RETRY_DELAYS_MS.length + 1; attempt++) {
      if (attempt > 1 && !(await this.wait(RETRY_DELAYS_MS[attempt - 2]!))) return;
      const status = await this.post(webhook, headers, body, attempt);
      if (status !== null && status >= 200 && status < 300) return;
    }
  }

  private async post(
    webhook: WebhookRecord,
    headers: Record<string, string>,
    body: Buffer,
    attempt: number,
  ) {
    const url = withoutQuery(webhook.url);
    const record = (status: number | null, error?: string) =>
      this.attempts.push({
        webhookId: webhook.id,
        type: webhook.type,
        url,
        attempt,
        status,
        error,
        time: isoTime(this.clock.now()),
      });
    try {
      const signal = AbortSignal.any([
        this.stopping.signal,
        AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
      ]);
      const response = await fetch(webhook.url, {
        method: 'POST',
        headers,
        body: new Uint8Array(body),
        signal,
        redirect: 'manual',
      });
      await response.arrayBuffer().catch(() => undefined);
      record(response.status);
      return response.status;
    } catch (error) {
      record(null, error instanceof Error ? error.name : 'Error');
      return null;
    }
  }

  private async wait(ms: number): Promise<boolean> {
    try {
      await sleep(ms, undefined, { signal: this.stopping.signal });
      return true;
    } catch {
      return false;
    }
  }
}
