// connectivity: reachability learnt from real requests to a loopback server that
// goes away, hangs, or answers; a caller's own cancel changes nothing.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createConnectivity } from '../../electron/services/connectivity.js';

async function startServer(handler: http.RequestListener): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('connectivity', () => {
  it('goes offline when the server cannot be reached and online again when it answers', async () => {
    const changes: boolean[] = [];
    const connectivity = createConnectivity((online) => changes.push(online));
    const server = await startServer((_request, response) => response.end('ok'));

    await connectivity.fetch(server.url);
    assert.equal(connectivity.isOnline(), true);
    assert.deepEqual(changes, [], 'no change while it stays online');

    await server.close();
    await assert.rejects(connectivity.fetch(server.url));
    assert.equal(connectivity.isOnline(), false);

    const again = await startServer((_request, response) => response.end('ok'));
    await connectivity.fetch(again.url);
    await again.close();
    assert.equal(connectivity.isOnline(), true);
    assert.deepEqual(changes, [false, true]);
  });

  it('counts an error status as reached: the server answered', async () => {
    const connectivity = createConnectivity(() => undefined);
    const server = await startServer((_request, response) => {
      response.statusCode = 503;
      response.end();
    });
    const response = await connectivity.fetch(server.url);
    await server.close();
    assert.equal(response.status, 503);
    assert.equal(connectivity.isOnline(), true);
  });

  it("leaves the state alone when the caller cancels, but not when a request times out", async () => {
    const connectivity = createConnectivity(() => undefined);
    const server = await startServer(() => undefined);

    const controller = new AbortController();
    const cancelled = connectivity.fetch(server.url, { signal: controller.signal });
    controller.abort();
    await assert.rejects(cancelled);
    assert.equal(connectivity.isOnline(), true);

    await assert.rejects(connectivity.fetch(server.url, { signal: AbortSignal.timeout(100) }));
    assert.equal(connectivity.isOnline(), false);
    await server.close();
  });
});
