// Issues and checks the sandbox's OAuth tokens: opaque random strings shaped like
// a JWT, access tokens that expire, refresh tokens good for one use. Never logs
// or returns a stored token anywhere but the token response itself.
import { randomBytes } from 'node:crypto';
import type { SandboxClock } from './clock.js';

/** Every scope the sandbox knows; a token request without `scope` gets them all. */
export const KNOWN_SCOPES = [
  'read:order',
  'write:order',
  'read:product',
  'write:product',
  'read:webhook',
  'write:webhook',
  'read:metadata',
  'write:metadata',
] as const;

/** How long tokens live, in seconds. */
export interface TokenLifetimes {
  accessTokenSeconds: number;
  refreshTokenSeconds: number;
}

/** What a valid access token grants. */
export interface AccessGrant {
  merchantId: string;
  scopes: readonly string[];
  expiresAt: number;
}

interface RefreshGrant {
  merchantId: string;
  scopes: readonly string[];
  expiresAt: number;
  used: boolean;
}

/** The token pair a grant answers with. */
export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  scopes: readonly string[];
}

/** Why a refresh token was refused (the message names no token). */
export type RefreshRefusal = 'unknown' | 'used' | 'expired';

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

function jwtShaped(kind: string, issuedAt: number, expiresAt: number): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const claims = {
    jti: randomBytes(12).toString('hex'),
    kind,
    iat: Math.floor(issuedAt / 1000),
    exp: Math.floor(expiresAt / 1000),
  };
  return `${header}.${base64url(JSON.stringify(claims))}.${base64url(randomBytes(32))}`;
}

/** The token store of one sandbox: in memory, checked against the sandbox clock. */
export class TokenStore {
  private readonly access = new Map<string, AccessGrant>();
  private readonly refresh = new Map<string, RefreshGrant>();

  constructor(
    private readonly clock: SandboxClock,
    private readonly lifetimes: TokenLifetimes,
  ) {}

  /** Issues a fresh access + refresh token pair. */
  issue(merchantId: string, scopes: readonly string[]): IssuedTokens {
    const now = this.clock.now();
    const accessExpires = now + this.lifetimes.accessTokenSeconds * 1000;
    const refreshExpires = now + this.lifetimes.refreshTokenSeconds * 1000;
    const accessToken = jwtShaped('access', now, accessExpires);
    const refreshToken = randomBytes(32).toString('base64url');
    this.access.set(accessToken, { merchantId, scopes, expiresAt: accessExpires });
    this.refresh.set(refreshToken, { merchantId, scopes, expiresAt: refreshExpires, used: false });
    return { accessToken, refreshToken, expiresIn: this.lifetimes.accessTokenSeconds, scopes };
  }

  /** Spends a refresh token: a new pair, or why not. The old token is dead either way. */
  redeem(refreshToken: string): IssuedTokens | RefreshRefusal {
    const grant = this.refresh.get(refreshToken);
    if (!grant) return 'unknown';
    if (grant.used) return 'used';
    grant.used = true;
    if (this.clock.now() >= grant.expiresAt) return 'expired';
    return this.issue(grant.merchantId, grant.scopes);
  }

  /** The grant behind a bearer token, or why it is refused. */
  check(accessToken: string): AccessGrant | 'unknown' | 'expired' {
    const grant = this.access.get(accessToken);
    if (!grant) return 'unknown';
    return this.clock.now() >= grant.expiresAt ? 'expired' : grant;
  }
}
