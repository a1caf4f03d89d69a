// Routes /api/v1/... requests: case-insensitive paths, Bearer token and scope
// checks, 404/405 for what does not exist. Never says why beyond "unknown",
// "expired" or "missing" about a token, and never echoes one.
import type { SandboxState } from './sandbox-state.js';
import { apiErrorReply, type Reply } from './reply.js';
import type { SandboxRequest } from './sandbox-request.js';
import type { TokenStore } from './tokens.js';

/** What an API handler gets besides its path parameters. */
export interface ApiContext {
  request: SandboxRequest;
  state: SandboxState;
}

/** One API route; `pattern` is matched against the encoded path after /api/v1, ignoring case. */
export interface ApiRoute {
  method: string;
  pattern: RegExp;
  scope: string;
  handle(context: ApiContext, params: string[]): Reply;
}

// LIMIT: Returns, Metadata, Tracking and Claims are not routed (404): their shapes are unknown.
const API_PREFIX = /^\/api\/v1(?=\/|$)/i;

/** True when the path belongs to the REST API. */
export function isApiPath(rawPath: string): boolean {
  return API_PREFIX.test(rawPath);
}

function authenticate(
  request: SandboxRequest,
  tokens: TokenStore,
  scope: string,
): Reply | undefined {
  const challenge = { 'WWW-Authenticate': 'Bearer realm="OGOship", error="invalid_token"' };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  if (!match) {
    return apiErrorReply(
      401,
      'Authorization has been denied: send the header Authorization: Bearer <access token>.',
      {
        'WWW-Authenticate': 'Bearer realm="OGOship"',
      },
    );
  }
  const grant = tokens.check(match[1]!);
  if (grant === 'unknown')
    return apiErrorReply(
      401,
      'Authorization has been denied: the access token is not valid.',
      challenge,
    );
  if (grant === 'expired')
    return apiErrorReply(
      401,
      'Authorization has been denied: the access token has expired.',
      challenge,
    );
  if (!grant.scopes.includes(scope))
    return apiErrorReply(403, `The access token lacks the scope ${scope} this call needs.`);
  return undefined;
}

/** Answers one /api/v1 request from the route table. */
export function routeApi(
  request: SandboxRequest,
  state: SandboxState,
  tokens: TokenStore,
  routes: ApiRoute[],
): Reply {
  const rest = request.rawPath.replace(API_PREFIX, '').replace(/(?<=.)\/+$/, '') || '/';
  const matching = routes
    .map((route) => ({ route, match: route.pattern.exec(rest) }))
    .filter((candidate) => candidate.match !== null);
  if (matching.length === 0)
    return apiErrorReply(404, `No API resource at ${request.rawPath.slice(0, 120)}.`);
  const chosen = matching.find((candidate) => candidate.route.method === request.method);
  if (!chosen) {
    const allowed = [...new Set(matching.map((candidate) => candidate.route.method))].join(', ');
    return apiErrorReply(405, `${request.method} is not allowed here; allowed: ${allowed}.`, {
      Allow: allowed,
    });
  }
  const refused = authenticate(request, tokens, chosen.route.scope);
  if (refused) return refused;
  return chosen.route.handle({ request, state }, chosen.match!.slice(1));
}
