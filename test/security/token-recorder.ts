// Test helper: a loopback HTTP proxy in front of the sandbox that records every
// access and refresh token the token endpoint hands out, so the secret hygiene
// test knows exactly which token values must never show up. Never changes a
// request or an answer; binds 127.0.0.1 on a free port only.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running recorder: point the app's auth and API URLs at `url`. */
export interface TokenRecorder {
  url: string;
  /** Every access and refresh token seen in token responses so far. */
  tokens: Set<string>;
  close(): Promise<void>;
}

async function body(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Starts the recorder in front of the sandbox at `target`. */
export async function startTokenRecorder(target: string): Promise<TokenRecorder> {
  const tokens = new Set<string>();
  const server = createServer(async (request, response) => {
    try {
      const sent = await body(request);
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (typeof value === 'string' && !['host', 'connection', 'content-length'].includes(name)) {
          headers.set(name, value);
        }
      }
      const answer = await fetch(`${target}${request.url}`, {
        method: request.method,
        headers,
        body: ['GET', 'HEAD'].includes(request.method ?? 'GET') ? undefined : new Uint8Array(sent),
        redirect: 'manual',
      });
      const received = Buffer.from(await answer.arrayBuffer());
      if (/^\/oauth\/token/i.test(request.url ?? '') && answer.ok) {
        const json = JSON.parse(received.toString('utf8')) as Record<string, unknown>;
        for (const key of ['access_token', 'refresh_token']) {
          if (typeof json[key] === 'string') tokens.add(json[key]);
        }
      }
      const out: Record<string, string> = {};
      answer.headers.forEach((value, name) => {
        if (
          !['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(name)
        )
          out[name] = value;
      });
      response.writeHead(answer.status, out).end(received);
    } catch {
      response.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tokens,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
