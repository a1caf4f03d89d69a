// Which OGOship hosts an environment talks to. Production is fixed; the sandbox
// and custom environments carry their own URLs. Never holds a credential.
import type { Environment } from './settings.js';

/** OGOship's own token server and API host. */
export const PRODUCTION_ENDPOINTS = {
  authUrl: 'https://my.ogoship.com',
  apiUrl: 'https://api.ogoship.com',
} as const;

/** An environment and the two origins it uses (paths /OAuth/Token and /api/v1 are added by the clients). */
export interface Endpoints {
  environment: Environment;
  authUrl: string;
  apiUrl: string;
}

/** Production unless URLs are given (custom then); one given URL serves both, as a sandbox does. */
export function resolveEndpoints(input: {
  environment?: Environment;
  authUrl?: string;
  apiUrl?: string;
}): Endpoints {
  const authUrl = trimSlash(input.authUrl ?? input.apiUrl ?? PRODUCTION_ENDPOINTS.authUrl);
  const apiUrl = trimSlash(input.apiUrl ?? input.authUrl ?? PRODUCTION_ENDPOINTS.apiUrl);
  const custom = input.authUrl !== undefined || input.apiUrl !== undefined;
  return { environment: input.environment ?? (custom ? 'custom' : 'production'), authUrl, apiUrl };
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
