// Helpers for the sync benchmark: a demo sign-in against the sandbox, a counter
// of the API requests the sandbox logged, and the naive client the comparison
// runs against (the shape of OGOship's own .NET sample: limit 50, every page,
// no modifiedAfter). Bench code only.
import { DEMO_CREDENTIALS } from '../electron/sandbox/index.js';
import { APP_SCOPES } from '../shared/domain/api-error.js';
import type { TokenSource } from '../electron/services/api/index.js';

/** A token source holding one demo access token (the bench ends long before it expires). */
export async function demoTokens(url: string): Promise<TokenSource & { token: string }> {
  const body = new URLSearchParams({
    grant_type: 'password',
    client_id: DEMO_CREDENTIALS.clientId,
    client_secret: DEMO_CREDENTIALS.clientSecret,
    username: DEMO_CREDENTIALS.merchantId,
    password: DEMO_CREDENTIALS.secretToken,
    scope: APP_SCOPES.join(' '),
  });
  const response = await fetch(`${url}/OAuth/Token`, { method: 'POST', body });
  const token = ((await response.json()) as { access_token: string }).access_token;
  return { token, accessToken: async () => token, rejectAccessToken: async () => {} };
}

/** Counts API page requests logged by the sandbox since the last call. */
export function requestCounter(url: string) {
  let since = 0;
  return async function count(): Promise<number> {
    const response = await fetch(`${url}/__sandbox/requests?since=${since}`);
    const entries = (await response.json()) as Array<{ seq: number; path: string }>;
    if (entries.length > 0) since = entries.at(-1)!.seq;
    return entries.filter((entry) => entry.path.toLowerCase().startsWith('/api/v1/')).length;
  };
}

/** The naive client: walks one resource page by page at limit 50, every time from the start. */
export async function naiveWalk(url: string, token: string, resource: string): Promise<number> {
  let records = 0;
  for (let page = 1; ; page++) {
    const response = await fetch(`${url}/api/v1/${resource}?limit=50&page=${page}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const items = (await response.json()) as unknown[];
    records += items.length;
    if (items.length < 50) return records;
  }
}
