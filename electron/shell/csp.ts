// The renderer's Content-Security-Policy and the link rule, shared by the
// Electron shell and the browser preview host. Must never import electron, so
// the preview host (plain Node) can use it too.

/** The one CSP every renderer document is served with: only our own files and origin. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const EXTERNAL_SCHEMES = new Set(['https:', 'http:', 'mailto:']);

/** True when a link may be handed to the system browser or mail app. */
export function isSafeExternalUrl(raw: string): boolean {
  try {
    return EXTERNAL_SCHEMES.has(new URL(raw).protocol);
  } catch {
    return false;
  }
}
