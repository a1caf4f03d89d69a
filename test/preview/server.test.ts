// Preview host: refuses calls without the token, with a wrong token, from a
// foreign Host (DNS rebinding) or a foreign Origin; answers the right ones;
// binds only to 127.0.0.1; streams events only with the token.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { EventBus } from '../../electron/services/event-bus.js';
import { createRouter, type OperationHandlers } from '../../electron/services/router.js';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server.js';

const signedOut = {
  status: 'signedOut',
  merchantId: null,
  environment: 'sandbox',
  message: null,
} as const;

interface Answer {
  status: number;
  body: string;
}

/** One raw HTTP request, so Host and Origin can be set to anything. */
function send(
  port: number,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
          if (
            response.headers['content-type']?.startsWith('text/event-stream') &&
            body.includes('session.changed')
          )
            response.destroy();
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        response.on('close', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

describe('preview host', () => {
  let server: PreviewServer;
  let bus: EventBus;
  let rendererDir: string;
  let host: string;
  let origin: string;

  before(async () => {
    rendererDir = await mkdtemp(path.join(os.tmpdir(), 'ogo-preview-'));
    await mkdir(path.join(rendererDir, 'assets'));
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>OGO Desk</title>');
    bus = new EventBus();
    const handlers = { 'session.get': async () => signedOut } as unknown as OperationHandlers;
    server = await startPreviewServer({
      router: createRouter(handlers, () => undefined),
      bus,
      rendererDir,
    });
    host = `127.0.0.1:${server.port}`;
    origin = `http://${host}`;
  });

  after(async () => {
    await server.close();
    await rm(rendererDir, { recursive: true, force: true });
  });

  const call = (headers: Record<string, string>) =>
    send(server.port, {
      path: '/api/call/session.get',
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: '{}',
    });

  it('binds to 127.0.0.1 only and puts the token in the URL fragment', () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{20,}$/);
    assert.equal(server.origin, `http://127.0.0.1:${server.port}`);
  });

  it('cannot be reached on any address but loopback', async (t) => {
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((info) => info && info.family === 'IPv4' && !info.internal);
    if (!external) return t.skip('no non-loopback IPv4 address on this machine to try');
    const reached = await new Promise<string>((resolve) => {
      const probe = request({ host: external.address, port: server.port, path: '/' }, () =>
        resolve('answered'),
      );
      probe.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      probe.end();
    });
    assert.equal(reached, 'ECONNREFUSED');
  });

  it('answers a call with the right token, Host and Origin', async () => {
    const answer = await call({ Host: host, Origin: origin, 'X-Ogo-Token': server.token });
    assert.equal(answer.status, 200);
    assert.deepEqual(JSON.parse(answer.body), { ok: true, value: signedOut });
  });

  it('refuses a call without a token', async () => {
    const answer = await call({ Host: host, Origin: origin });
    assert.equal(answer.status, 401);
    assert.doesNotMatch(answer.body, /signedOut/);
  });

  it('refuses a call with a wrong token', async () => {
    const answer = await call({
      Host: host,
      Origin: origin,
      'X-Ogo-Token': server.token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
    });
    assert.equal(answer.status, 401);
  });

  it('refuses a foreign Host even with the token (DNS rebinding)', async () => {
    const answer = await call({
      Host: `evil.example:${server.port}`,
      Origin: `http://evil.example:${server.port}`,
      'X-Ogo-Token': server.token,
    });
    assert.equal(answer.status, 403);
    const page = await send(server.port, { path: '/', headers: { Host: 'evil.example' } });
    assert.equal(page.status, 403);
  });

  it('refuses a foreign Origin, and a call with no Origin at all', async () => {
    const foreign = await call({
      Host: host,
      Origin: 'http://evil.example',
      'X-Ogo-Token': server.token,
    });
    assert.equal(foreign.status, 403);
    const missing = await call({ Host: host, 'X-Ogo-Token': server.token });
    assert.equal(missing.status, 403);
  });

  it('streams events only with the token', async () => {
    const refused = await send(server.port, { path: '/api/events', headers: { Host: host } });
    assert.equal(refused.status, 401);
    const streaming = send(server.port, {
      path: '/api/events',
      headers: { Host: `localhost:${server.port}`, 'X-Ogo-Token': server.token },
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    bus.emit('session.changed', signedOut);
    const answer = await streaming;
    assert.equal(answer.status, 200);
    assert.match(answer.body, /data: \{"name":"session.changed","payload":\{"status":"signedOut"/);
  });

  it('serves the renderer without a token, with the CSP, and never a file outside it', async () => {
    const page = await send(server.port, { path: '/', headers: { Host: host } });
    assert.equal(page.status, 200);
    assert.match(page.body, /OGO Desk/);
    const escape = await send(server.port, {
      path: '/..%2f..%2fetc%2fpasswd',
      headers: { Host: host },
    });
    assert.doesNotMatch(escape.body, /root:/);
  });
});
