// Preview host: no request, however malformed, stops it. A request line that is
// no URL, a broken operation-name encoding and a router that throws all get an
// answer, and the host answers the next ordinary call afterwards.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { EventBus } from '../../electron/services/event-bus.js';
import { createRouter, type OperationHandlers, type Router } from '../../electron/services/router.js';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server.js';

const signedOut = { status: 'signedOut', merchantId: null, environment: 'sandbox', message: null };

/** Writes raw bytes on a loopback socket and returns everything the host sends back. */
function rawExchange(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    let answer = '';
    socket.setEncoding('utf8');
    // A host that never answers ends the exchange empty, so the test fails instead of hanging.
    socket.setTimeout(5000, () => socket.destroy());
    socket.on('data', (chunk: string) => {
      answer += chunk;
      // One answer is enough; keep-alive would otherwise hold the socket open.
      if (/\r\n\r\n/.test(answer) && /content-length: (\d+)/i.test(answer)) {
        const length = Number(/content-length: (\d+)/i.exec(answer)![1]);
        if (answer.length - answer.indexOf('\r\n\r\n') - 4 >= length) socket.end();
      }
    });
    socket.on('end', () => resolve(answer));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
    socket.write(text);
  });
}

/** An ordinary authorised call over HTTP, as the renderer makes it. */
async function callOperation(server: PreviewServer, name: string): Promise<Response> {
  return fetch(`${server.origin}/api/call/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: server.origin, 'X-Ogo-Token': server.token },
    body: '{}',
    // Liveness only: a host that stopped answering fails the test instead of hanging it.
    signal: AbortSignal.timeout(5000),
  });
}

async function assertStillAnswers(server: PreviewServer): Promise<void> {
  const answer = await callOperation(server, 'session.get');
  assert.equal(answer.status, 200);
  assert.deepEqual(await answer.json(), { ok: true, value: signedOut });
}

describe('preview host', () => {
  let rendererDir: string;
  let server: PreviewServer;
  const reported: unknown[] = [];
  let routerThrows = false;

  before(async () => {
    rendererDir = await mkdtemp(path.join(os.tmpdir(), 'ogo-preview-robust-'));
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>OGO Desk</title>');
    const handlers = { 'session.get': async () => signedOut } as unknown as OperationHandlers;
    const real = createRouter(handlers, () => undefined);
    // A router that breaks its never-throws promise on demand, to prove the host's own guard.
    const router: Router = {
      call: async (name, input) => {
        if (routerThrows) throw new Error('router broke its promise');
        return real.call(name, input);
      },
    };
    server = await startPreviewServer({
      router,
      bus: new EventBus(),
      rendererDir,
      reportFailure: (_what, error) => reported.push(error),
    });
  });

  after(async () => {
    await server.close();
    await rm(rendererDir, { recursive: true, force: true });
  });

  it('answers 400 to a request line that is no URL, before any token, and keeps running', async () => {
    const answer = await rawExchange(
      server.port,
      `GET http://[ HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close\r\n\r\n`,
    );
    assert.match(answer, /^HTTP\/1\.1 400 /);
    await assertStillAnswers(server);
  });

  it('answers a validation error to an operation name with broken URL encoding', async () => {
    const answer = await callOperation(server, '%E0%A4%A');
    assert.equal(answer.status, 200);
    const body = (await answer.json()) as { ok: boolean; error?: { kind: string } };
    assert.equal(body.ok, false);
    assert.equal(body.error?.kind, 'validation');
    await assertStillAnswers(server);
  });

  it('answers 500 with nothing internal when the router throws, reports it, and keeps running', async () => {
    routerThrows = true;
    try {
      const answer = await callOperation(server, 'session.get');
      assert.equal(answer.status, 500);
      assert.doesNotMatch(await answer.text(), /broke its promise/);
    } finally {
      routerThrows = false;
    }
    assert.ok(reported.some((error) => error instanceof Error && /broke/.test(error.message)));
    await assertStillAnswers(server);
  });
});
