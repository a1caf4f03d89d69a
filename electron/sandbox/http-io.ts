// Reading request bodies and writing Reply values onto node:http responses,
// including dropping a connection without an answer. No routing here.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { apiErrorReply, type Reply, ReplyError } from './reply.js';

// Large enough for base64 order documents, small enough to refuse a runaway client.
const MAX_BODY_BYTES = 25 * 1024 * 1024;

/** Reads the whole body; more than 25 MB is a 413. */
export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES)
      throw new ReplyError(apiErrorReply(413, 'The request body is larger than 25 MB.'));
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Writes a Reply; JSON bodies (null included) are UTF-8 with a content type. */
export function writeReply(response: ServerResponse, reply: Reply): void {
  const headers: Record<string, string | number> = { ...reply.headers };
  if ('json' in reply) {
    const body = Buffer.from(JSON.stringify(reply.json ?? null), 'utf8');
    headers['Content-Type'] = 'application/json; charset=utf-8';
    headers['Content-Length'] = body.length;
    response.writeHead(reply.status, headers);
    response.end(body);
    return;
  }
  headers['Content-Length'] = 0;
  response.writeHead(reply.status, headers);
  response.end();
}

/** Resets the connection without an answer, as a network cut or a crash would. */
export function dropConnection(response: ServerResponse): void {
  const socket = response.socket;
  if (socket && !socket.destroyed) socket.resetAndDestroy();
}
