// Serves the built renderer (dist/renderer) to the preview browser with the
// same CSP as the desktop window. Never serves a file outside that folder.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shell/csp.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Headers every preview response carries. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Resolves a URL path inside the root; unknown paths fall back to index.html. */
async function resolveFile(root: string, urlPath: string): Promise<string> {
  const relative = decodeURIComponent(urlPath).replace(/^\/+/, '');
  const candidate = path.resolve(root, relative);
  const inside = candidate === root || candidate.startsWith(root + path.sep);
  if (inside && (await isFile(candidate))) return candidate;
  return path.join(root, 'index.html');
}

/** Sends one file of the renderer build. */
export async function serveStatic(
  root: string,
  urlPath: string,
  response: ServerResponse,
): Promise<void> {
  let file: string;
  try {
    file = await resolveFile(path.resolve(root), urlPath);
  } catch {
    response.writeHead(400, SECURITY_HEADERS).end();
    return;
  }
  if (!(await isFile(file))) {
    response.writeHead(503, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' });
    response.end('The renderer is not built yet: run npm run build.');
    return;
  }
  const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  const cache = file.endsWith('index.html') ? 'no-store' : 'max-age=3600';
  response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': cache });
  createReadStream(file).pipe(response);
}
