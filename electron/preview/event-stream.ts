// Server-Sent Events for the preview host: every contract event on the bus goes
// to each connected page as one `data:` line of JSON. Never sends anything but
// contract events (already validated by the bus).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventBus } from '../services/event-bus.js';
import { SECURITY_HEADERS } from './static-files.js';

const HEARTBEAT_MS = 15_000;

/** Streams bus events to one response; returns a function that ends the stream. */
export function openEventStream(
  request: IncomingMessage,
  response: ServerResponse,
  bus: EventBus,
  registry: Set<() => void>,
): () => void {
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  response.write(': connected\n\n');

  const unsubscribe = bus.onAny((name, payload) => {
    response.write(`data: ${JSON.stringify({ name, payload })}\n\n`);
  });
  // Comments keep idle proxies and the browser from dropping a quiet stream.
  const heartbeat = setInterval(() => response.write(': keep-alive\n\n'), HEARTBEAT_MS);

  const close = (): void => {
    clearInterval(heartbeat);
    unsubscribe();
    registry.delete(close);
    if (!response.writableEnded) response.end();
  };
  request.on('close', close);
  return close;
}
