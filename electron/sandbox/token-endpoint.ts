// POST /OAuth/Token: password and refresh_token grants, form data only, OAuth 2
// error bodies. Never echoes a credential or token back in an error.
import { DEMO_CREDENTIALS, type SandboxCredentials } from './credentials.js';
import { type Reply, apiErrorReply, jsonReply, oauthErrorReply } from './reply.js';
import { mediaType, type SandboxRequest } from './sandbox-request.js';
import { KNOWN_SCOPES, type IssuedTokens, type TokenStore } from './tokens.js';

/** The grant type of a token request, for the request log (never the secrets). */
export function grantTypeOf(request: SandboxRequest): string | undefined {
  if (mediaType(request) !== 'application/x-www-form-urlencoded') return undefined;
  return new URLSearchParams(request.body.toString('utf8')).get('grant_type') ?? undefined;
}

function tokenReply(tokens: IssuedTokens): Reply {
  return {
    status: 200,
    headers: { 'Cache-Control': 'no-store', Pragma: 'no-cache' },
    json: {
      access_token: tokens.accessToken,
      token_type: 'Bearer',
      expires_in: tokens.expiresIn,
      refresh_token: tokens.refreshToken,
      scope: tokens.scopes.join(' '),
    },
  };
}

function parseScopes(raw: string | null): string[] | Reply {
  const asked = (raw ?? '').split(' ').filter((scope) => scope !== '');
  if (asked.length === 0) return [...KNOWN_SCOPES];
  const unknown = asked.filter((scope) => !(KNOWN_SCOPES as readonly string[]).includes(scope));
  if (unknown.length > 0)
    return oauthErrorReply('invalid_scope', `Unknown scope: ${unknown.join(', ')}`);
  return [...new Set(asked)];
}

function passwordGrant(
  form: URLSearchParams,
  tokens: TokenStore,
  credentials: SandboxCredentials,
): Reply {
  const username = form.get('username');
  const password = form.get('password');
  if (!username || !password) {
    return oauthErrorReply(
      'invalid_request',
      'The password grant needs username (merchant ID) and password (secret token).',
    );
  }
  if (username !== credentials.merchantId || password !== credentials.secretToken) {
    return oauthErrorReply('invalid_grant', 'The merchant ID or secret token is incorrect.');
  }
  const scopes = parseScopes(form.get('scope'));
  if (!Array.isArray(scopes)) return scopes;
  return tokenReply(tokens.issue(username, scopes));
}

const REFUSAL_TEXT = {
  unknown: 'The refresh token is not valid.',
  used: 'The refresh token has already been used; each refresh token is good for one refresh.',
  expired: 'The refresh token has expired.',
} as const;

function refreshGrant(form: URLSearchParams, tokens: TokenStore): Reply {
  const refreshToken = form.get('refresh_token');
  if (!refreshToken)
    return oauthErrorReply('invalid_request', 'The refresh_token grant needs refresh_token.');
  const result = tokens.redeem(refreshToken);
  return typeof result === 'string'
    ? oauthErrorReply('invalid_grant', REFUSAL_TEXT[result])
    : tokenReply(result);
}

/** Answers one token request; `credentials` are the ones this sandbox accepts (the demo pair by default). */
export function handleTokenRequest(
  request: SandboxRequest,
  tokens: TokenStore,
  credentials: SandboxCredentials = DEMO_CREDENTIALS,
): Reply {
  if (request.method !== 'POST') return apiErrorReply(405, 'The token endpoint accepts POST only.');
  if (mediaType(request) !== 'application/x-www-form-urlencoded') {
    return oauthErrorReply(
      'invalid_request',
      'The token endpoint accepts form data only (Content-Type: application/x-www-form-urlencoded); JSON is not supported.',
    );
  }
  const form = new URLSearchParams(request.body.toString('utf8'));
  const grantType = form.get('grant_type');
  if (!grantType) return oauthErrorReply('invalid_request', 'grant_type is required.');
  if (grantType !== 'password' && grantType !== 'refresh_token') {
    return oauthErrorReply(
      'unsupported_grant_type',
      `grant_type must be password or refresh_token.`,
    );
  }
  if (
    form.get('client_id') !== credentials.clientId ||
    form.get('client_secret') !== credentials.clientSecret
  ) {
    return oauthErrorReply('invalid_client', 'The client_id or client_secret is incorrect.');
  }
  return grantType === 'password'
    ? passwordGrant(form, tokens, credentials)
    : refreshGrant(form, tokens);
}
