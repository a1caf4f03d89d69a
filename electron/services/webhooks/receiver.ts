// The local HTTP endpoint OGOship deliveries arrive at (through a tunnel or a
// forwarded address). Bound to 127.0.0.1 only; each registration gets an
// unguessable path. It verifies the signature over the raw bytes before anything
// else looks at them. Must never answer 500 to a bad signature, never read past
// the size cap, and never log, echo or store a key or a signature value.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { InboxEntry } from '../../../shared/contract/webhooks.js';
import { WEBHOOK_SIGNATURE_HEADER } from '../../../shared/domain/webhook.js';
import { readBody } from './read-body.js';
import { verifySignature, type SignatureCheck } from './signature.js';

/** Where deliveries are posted: `/ogo-webhooks/<token>`. */
export const RECEIVER_PATH_PREFIX = '/ogo-webhooks/';

/** One delivery as it came off the wire, before any interpretation. */
export interface IncomingDelivery {
  readonly label: string;
  readonly rawBody: Buffer | null;
  readonly contentType: string | null;
  readonly signature: SignatureCheck;
  readonly tooLarge: boolean;
}

/** What the receiver answers the sender (and, for callers, the inbox entry it became). */
export interface DeliveryReply {
  readonly status: number;
  readonly message: string;
  readonly entry?: InboxEntry;
}

/** Receiver settings; every limit has a safe default. */
export interface ReceiverOptions {
  readonly port?: number;
  readonly maxBodyBytes?: number;
  readonly headersTimeoutMs?: number;
  readonly bodyTimeoutMs?: number;
  /** Called for every delivery to a known path; unverified ones are answered 401 regardless. */
  readonly onDelivery: (delivery: IncomingDelivery) => Promise<DeliveryReply>;
}


/** A registration's path and the label its deliveries carry. */
export interface ReceiverRoute {
  readonly token: string;
  readonly path: string;
  readonly label: string;
}

/** A running receiver. */
export interface Receiver {
  readonly port: number;
  /** `http://127.0.0.1:<port>`, without a path. */
  readonly localUrl: string;
  register(label: string, key: string): ReceiverRoute;
  unregister(token: string): void;
  close(): Promise<void>;
}

/** One megabyte: far above any real delivery, small enough to hold in memory. */
export const DEFAULT_MAX_BODY_BYTES = 1_048_576;

interface Route {
  readonly label: string;
  readonly key: string;
}

/** Starts the receiver on 127.0.0.1 (a free port unless one is given). */
export async function startReceiver(options: ReceiverOptions): Promise<Receiver> {
  const routes = new Map<string, Route>();
  const limits = {
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    bodyTimeoutMs: options.bodyTimeoutMs ?? 15_000,
  };

  const server = createServer(
    { connectionsCheckingInterval: 1_000, requestTimeout: limits.bodyTimeoutMs * 2 },
    (request, response) => {
      handleRequest(request, response, routes, limits, options.onDelivery).catch(() => {
        answer(response, 503, 'Delivery could not be handled; try again');
      });
    },
  );
  server.headersTimeout = options.headersTimeoutMs ?? 10_000;
  server.keepAliveTimeout = 5_000;

  const port = await listen(server, options.port ?? 0);

  return {
    port,
    localUrl: `http://127.0.0.1:${port}`,
    register(label, key) {
      const token = randomBytes(16).toString('base64url');
      routes.set(token, { label, key });
      return { token, path: RECEIVER_PATH_PREFIX + token, label };
    },
    unregister(token) {
      routes.delete(token);
    },
    close: () => closeServer(server),
  };
}

async function handleRequest(
  request: IncomingMessage,
  response: ServerResponse,
  routes: Map<string, Route>,
  limits: { maxBodyBytes: number; bodyTimeoutMs: number },
  onDelivery: ReceiverOptions['onDelivery'],
): Promise<void> {
  const route = findRoute(request.url ?? '', routes);
  if (route === undefined) return answer(response, 404, 'Not found', true);
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST');
    return answer(response, 405, 'Only POST is accepted', true);
  }

  const contentType = request.headers['content-type'] ?? null;
  const declared = Number(request.headers['content-length'] ?? 0);
  const body =
    declared > limits.maxBodyBytes
      ? ({ kind: 'tooLarge' } as const)
      : await readBody(request, limits.maxBodyBytes, limits.bodyTimeoutMs);

  if (body.kind === 'aborted') return void request.socket.destroy();
  if (body.kind === 'timeout') return answer(response, 408, 'Body took too long', true);
  if (body.kind === 'tooLarge') {
    await onDelivery({ label: route.label, rawBody: null, contentType, signature: 'missing', tooLarge: true }).catch(() => undefined);
    return answer(response, 413, 'Body too large', true);
  }

  const signature = verifySignature(route.key, body.bytes, request.headers[WEBHOOK_SIGNATURE_HEADER.toLowerCase()]);
  const delivery = { label: route.label, rawBody: body.bytes, contentType, signature, tooLarge: false };
  if (signature !== 'valid') {
    await onDelivery(delivery).catch(() => undefined);
    return answer(response, 401, 'Signature missing or invalid');
  }

  const reply = await onDelivery(delivery);
  answer(response, reply.status, reply.message);
}

function findRoute(url: string, routes: Map<string, Route>): Route | undefined {
  const pathname = url.split('?', 1)[0] ?? '';
  if (!pathname.startsWith(RECEIVER_PATH_PREFIX)) return undefined;
  return routes.get(pathname.slice(RECEIVER_PATH_PREFIX.length));
}

function answer(response: ServerResponse, status: number, message: string, closeAfter = false): void {
  if (response.headersSent) return;
  // Closing after refusing a body means we never have to drain what the client still sends.
  if (closeAfter) response.setHeader('Connection', 'close');
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify({ message }));
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
