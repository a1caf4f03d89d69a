// The browser preview host: the contract over HTTP on 127.0.0.1 only, for
// machines without the Electron runtime and for end-to-end tests. Every API
// call and the event stream need the per-launch token; Host and Origin are
// checked on every request. Never binds beyond loopback, never logs the token.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventBus } from '../services/event-bus.js';
import type { Router } from '../services/router.js';
import { ValidationError } from '../../shared/errors.js';
import { checkHost, checkOrigin, checkToken, type Refusal } from './guard.js';
import { SECURITY_HEADERS, serveStatic } from './static-files.js';
import { openEventStream } from './event-stream.js';

const CALL_PREFIX = '/api/call/';
const MAX_BODY_BYTES = 32 * 1024 * 1024;

/** What the preview host needs: the services' router and bus, and the built renderer. */
export interface PreviewOptions {
  router: Router;
  bus: EventBus;
  rendererDir: string;
  port?: number;
  /** Told of a request that failed unexpectedly; the caller's logger redacts it. Must not throw. */
  reportFailure?: (what: string, error: unknown) => void;
}

/** A running preview host. `url` carries the token in its fragment, for the browser only. */
export interface PreviewServer {
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function refuse(response: ServerResponse, refusal: NonNullable<Refusal>): void {
  response.writeHead(refusal.status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json' });
  response.end(JSON.stringify({ error: refusal.reason }));
}

function answerJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(body));
}

/** The operation name from its URL-encoded path segment, or null when the encoding is broken. */
function decodeName(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new RangeError('Body too large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text.length === 0 ? {} : JSON.parse(text);
}

async function handleCall(
  request: IncomingMessage,
  response: ServerResponse,
  router: Router,
  name: string,
) {
  if (request.method !== 'POST') {
    response.writeHead(405, { ...SECURITY_HEADERS, Allow: 'POST' }).end();
    return;
  }
  const operation = decodeName(name);
  if (operation === null) {
    const error = new ValidationError('Unknown operation: the name is not valid URL encoding');
    return answerJson(response, 200, { ok: false, error: error.toPayload() });
  }
  let input: unknown;
  try {
    input = await readJson(request);
  } catch (error) {
    const status = error instanceof RangeError ? 413 : 400;
    response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ error: status === 413 ? 'Body too large' : 'Body is not JSON' }));
    return;
  }
  answerJson(response, 200, await router.call(operation, input));
}

/** The request target as a URL, or null when it cannot be one (a hostile request line). */
function parsePath(target: string | undefined): URL | null {
  try {
    return new URL(target ?? '/', 'http://127.0.0.1');
  } catch {
    return null;
  }
}

function report(reporter: PreviewOptions['reportFailure'], what: string, error: unknown): void {
  try {
    reporter?.(what, error);
  } catch {
    // A failing reporter must not undo the guard it serves.
  }
}

/** A plain 500 that says nothing internal; a half-sent answer can only be cut off. */
function answerFailure(response: ServerResponse): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  answerJson(response, 500, { error: 'Something went wrong inside OGO Desk; the log has details.' });
}

/** Starts the preview host on 127.0.0.1 (port 0 picks a free one). */
export async function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  const token = randomBytes(24).toString('base64url');
  const closeStreams = new Set<() => void>();
  let port = 0;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = parsePath(request.url);
    if (!url) return answerJson(response, 400, { error: 'Malformed request path' });
    const isApi = url.pathname.startsWith('/api/');
    const refusal =
      checkHost(request, port) ??
      checkOrigin(request, port, isApi && request.method !== 'GET') ??
      (isApi ? checkToken(request, token) : null);
    if (refusal) return refuse(response, refusal);

    if (url.pathname.startsWith(CALL_PREFIX)) {
      await handleCall(request, response, options.router, url.pathname.slice(CALL_PREFIX.length));
    } else if (url.pathname === '/api/events') {
      closeStreams.add(openEventStream(request, response, options.bus, closeStreams));
    } else if (isApi) {
      refuse(response, { status: 403, reason: 'Unknown API path' });
    } else if (request.method === 'GET' || request.method === 'HEAD') {
      await serveStatic(options.rendererDir, url.pathname, response);
    } else {
      response.writeHead(405, SECURITY_HEADERS).end();
    }
  }

  // Whatever one request does, the host stays up: any listener runs pre-auth, so a crash
  // here would let every local process stop the app.
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      report(options.reportFailure, `${request.method ?? 'request'} failed`, error);
      answerFailure(response);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    close: async () => {
      for (const close of closeStreams) close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
