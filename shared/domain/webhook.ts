// OGOship webhook registration model (../shared/ogoship-api.md). Pure schemas.
import { z } from 'zod';

/** The two event types OGOship delivers. */
export const WEBHOOK_TYPES = ['OrderShipped', 'ProductStockLevelChanged'] as const;
export const webhookTypeSchema = z.enum(WEBHOOK_TYPES);
export type WebhookType = z.infer<typeof webhookTypeSchema>;

/** The body of POST /webhooks and PUT /webhooks/{id}; `key` is a secret. */
export const webhookInputSchema = z.looseObject({
  url: z.string().regex(/^https?:\/\//i, 'must be an http or https URL'),
  key: z.string().min(1),
  type: webhookTypeSchema,
  customHeaders: z.record(z.string(), z.string()).nullish(),
});
export type WebhookInput = z.infer<typeof webhookInputSchema>;

/** A webhook as the API returns it. */
export const webhookSchema = webhookInputSchema.extend({
  id: z.string(),
  key: z.string().nullish(),
  type: z.string(),
});
export type Webhook = z.infer<typeof webhookSchema>;

/** The header OGOship signs deliveries with: base64 HMAC-SHA256 of the raw body. */
export const WEBHOOK_SIGNATURE_HEADER = 'X-OGOship-Hmac-SHA256';
