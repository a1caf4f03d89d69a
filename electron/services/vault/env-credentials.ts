// Reads merchant credentials from environment variables for headless runs
// (CI, cron): OGO_MERCHANT_ID, OGO_SECRET_TOKEN, OGO_CLIENT_ID, OGO_CLIENT_SECRET.
// Read-only; never echoes a value back in an error.
import { DEMO_CLIENT } from '../../../shared/contract/session.js';
import { ValidationError } from '../../../shared/errors.js';

/** Everything a password grant needs for one merchant. */
export interface MerchantCredentials {
  merchantId: string;
  secretToken: string;
  clientId: string;
  clientSecret: string;
}

/** The credentials the environment supplies, or null when it supplies none. */
export function credentialsFromEnv(env: NodeJS.ProcessEnv): MerchantCredentials | null {
  const merchantId = env.OGO_MERCHANT_ID?.trim();
  const secretToken = env.OGO_SECRET_TOKEN?.trim();
  if (!merchantId && !secretToken) return null;
  if (!merchantId || !secretToken) {
    throw new ValidationError('Set both OGO_MERCHANT_ID and OGO_SECRET_TOKEN, or neither.', [
      { field: merchantId ? 'OGO_SECRET_TOKEN' : 'OGO_MERCHANT_ID', message: 'is missing' },
    ]);
  }

  const clientId = env.OGO_CLIENT_ID?.trim();
  const clientSecret = env.OGO_CLIENT_SECRET?.trim();
  if (Boolean(clientId) !== Boolean(clientSecret)) {
    throw new ValidationError('Set both OGO_CLIENT_ID and OGO_CLIENT_SECRET, or neither.', [
      { field: clientId ? 'OGO_CLIENT_SECRET' : 'OGO_CLIENT_ID', message: 'is missing' },
    ]);
  }
  // Without a client pair of their own, headless runs fall back to OGOship's demo client.
  return {
    merchantId,
    secretToken,
    clientId: clientId || DEMO_CLIENT.clientId,
    clientSecret: clientSecret || DEMO_CLIENT.clientSecret,
  };
}
