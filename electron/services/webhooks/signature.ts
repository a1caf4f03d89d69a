// Signing and verifying OGOship webhook deliveries: base64 HMAC-SHA256 of the
// exact raw body bytes. Must never parse the body, never log or echo a key or a
// signature, and never compare secrets with anything but constant time.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Why a delivery's signature was accepted or refused. */
export type SignatureCheck = 'valid' | 'missing' | 'malformed' | 'mismatch';

const HMAC_BYTES = 32;

// A canonical base64 SHA-256 digest is 43 symbols and one '='; the last symbol
// carries 2 padding bits that must be zero, so only 16 letters may stand there.
const CANONICAL_DIGEST = /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/;

/** The base64 HMAC-SHA256 of the raw body with the webhook key (UTF-8). */
export function signBody(key: string, rawBody: Uint8Array): string {
  return createHmac('sha256', key).update(rawBody).digest('base64');
}

/** Decodes a signature header, or null when it is not a canonical base64 digest. */
export function decodeSignature(header: string | string[] | undefined): Buffer | null {
  if (typeof header !== 'string') return null;
  const value = header.trim();
  if (!CANONICAL_DIGEST.test(value)) return null;

  const bytes = Buffer.from(value, 'base64');
  return bytes.length === HMAC_BYTES ? bytes : null;
}

/** Checks a delivery's signature header against the raw body bytes. */
export function verifySignature(
  key: string,
  rawBody: Uint8Array,
  header: string | string[] | undefined,
): SignatureCheck {
  if (header === undefined || header === '') return 'missing';

  const given = decodeSignature(header);
  if (given === null) return 'malformed';

  const expected = createHmac('sha256', key).update(rawBody).digest();
  return timingSafeEqual(given, expected) ? 'valid' : 'mismatch';
}
