// Turns a delivery body into the text the inbox keeps: secret-looking fields
// removed, size bounded. Must never return a key, token, password or signature
// that was in the body, and never throws whatever the bytes are.
import { parseJson } from './delivery-hint.js';

/** The most body text the inbox keeps for one delivery. */
export const MAX_STORED_BODY_CHARS = 64 * 1024;

const REMOVED = '[removed]';
const SECRET_NAME = /key|secret|token|passw|authori[sz]ation|signature|hmac|credential|cookie|session/i;
const SECRET_PAIR = /((?:key|secret|token|passw\w*|signature|hmac|authorization)["']?\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s&,;]+)/gi;

/** The body as stored: JSON with secret fields replaced, or scrubbed text. */
export function redactBody(rawBody: Uint8Array | null): string | null {
  if (rawBody === null) return null;

  const parsed = parseJson(rawBody);
  if (parsed.ok) return clip(JSON.stringify(scrub(parsed.value)));

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(rawBody);
  } catch {
    return `[${rawBody.byteLength} bytes, not text]`;
  }
  return clip(text.replace(SECRET_PAIR, `$1${REMOVED}`));
}

function scrub(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scrub);
  if (value === null || typeof value !== 'object') return value;

  const clean: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(value as Record<string, unknown>)) {
    clean[name] = SECRET_NAME.test(name) ? REMOVED : scrub(field);
  }
  return clean;
}

function clip(text: string): string {
  if (text.length <= MAX_STORED_BODY_CHARS) return text;
  return `${text.slice(0, MAX_STORED_BODY_CHARS)}… [cut at ${MAX_STORED_BODY_CHARS} characters]`;
}
