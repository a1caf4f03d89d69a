// Test helpers for talking to a real sandbox: a token source that does a real
// password grant, and readers of the sandbox's request log. Test code only.
import { DEMO_CREDENTIALS } from '../../../electron/sandbox/index.js';
import { APP_SCOPES } from '../../../shared/domain/api-error.js';
import type { TokenSource } from '../../../electron/services/api/index.js';

/** A TokenSource that signs in with the demo merchant and counts rejections. */
export function demoTokenSource(url: string, first?: string): TokenSource & { rejected: string[] } {
  let current: string | undefined = first;
  const rejected: string[] = [];
  return {
    rejected,
    async accessToken() {
      current ??= await passwordGrant(url);
      return current;
    },
    async rejectAccessToken(token) {
      rejected.push(token);
      if (current === token) current = undefined;
    },
  };
}

/** One real password grant against the sandbox's token endpoint. */
export async function passwordGrant(url: string): Promise<string> {
  const body = new URLSearchParams({
    grant_type: 'password',
    client_id: DEMO_CREDENTIALS.clientId,
    client_secret: DEMO_CREDENTIALS.clientSecret,
    username: DEMO_CREDENTIALS.merchantId,
    password: DEMO_CREDENTIALS.secretToken,
    scope: APP_SCOPES.join(' '),
  });
  const response = await fetch(`${url}/OAuth/Token`, { method: 'POST', body });
  if (!response.ok) throw new Error(`token request failed: ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** One entry of /__sandbox/requests. */
export interface LoggedRequest {
  seq: number;
  method: string;
  path: string;
  status: number | null;
  fault?: string;
  time: string;
}

/** API requests the sandbox logged (token requests left out), optionally for one path prefix. */
export async function apiRequests(url: string, pathPrefix = '/api/v1/'): Promise<LoggedRequest[]> {
  const response = await fetch(`${url}/__sandbox/requests`);
  const all = (await response.json()) as LoggedRequest[];
  return all.filter((entry) => entry.path.toLowerCase().startsWith(pathPrefix.toLowerCase()));
}

/** Forgets the request log so a test counts only its own calls. */
export async function clearRequests(url: string): Promise<void> {
  await fetch(`${url}/__sandbox/requests`, { method: 'DELETE' });
}

/** Registers a fault rule (see the sandbox's /__sandbox/faults). */
export async function addFault(url: string, rule: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${url}/__sandbox/faults`, {
    method: 'POST',
    body: JSON.stringify(rule),
  });
  if (response.status !== 201) throw new Error(`fault not accepted: ${await response.text()}`);
}
