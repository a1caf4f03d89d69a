// Request checks of the browser preview host: the Host header (against DNS
// rebinding), the Origin (against other sites) and the per-launch token.
// Never logs or echoes the token.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Header the renderer's HTTP bridge sends the token in. */
export const TOKEN_HEADER = 'x-ogo-token';

/** Why a request was refused, as an HTTP status and a short reason. */
export type Refusal = { status: 401 | 403; reason: string } | null;

/** The Host values the server answers to: loopback by number or name, on its port. */
function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** Refuses a request whose Host is not ours, so a rebinding DNS name gets nothing. */
export function checkHost(request: IncomingMessage, port: number): Refusal {
  const host = request.headers.host ?? '';
  return allowedHosts(port).includes(host) ? null : { status: 403, reason: 'Unknown host' };
}

/** Refuses a request from another origin; `required` demands an Origin header. */
export function checkOrigin(request: IncomingMessage, port: number, required: boolean): Refusal {
  const origin = request.headers.origin;
  if (origin === undefined) return required ? { status: 403, reason: 'Origin required' } : null;
  const allowed = allowedHosts(port).map((host) => `http://${host}`);
  return allowed.includes(origin) ? null : { status: 403, reason: 'Foreign origin' };
}

/** Refuses a request without the launch token, comparing in constant time. */
export function checkToken(request: IncomingMessage, token: string): Refusal {
  const sent = request.headers[TOKEN_HEADER];
  if (typeof sent !== 'string' || sent.length === 0)
    return { status: 401, reason: 'Token required' };
  const expected = Buffer.from(token);
  const given = Buffer.from(sent);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { status: 401, reason: 'Wrong token' };
  }
  return null;
}
