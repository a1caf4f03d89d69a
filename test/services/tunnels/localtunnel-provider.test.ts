// Tests for the localtunnel provider: the real `localtunnel` client against the
// loopback fixture server, end to end from a POST on the public side to the
// receiver; drops are reported, and an unreachable server fails fast.
import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startReceiver, type IncomingDelivery, type Receiver } from '../../../electron/services/webhooks/receiver.js';
import { signBody } from '../../../electron/services/webhooks/signature.js';
import { LocaltunnelProvider } from '../../../electron/services/tunnels/localtunnel-provider.js';
import { OfflineError } from '../../../shared/errors.js';
import { startLocaltunnelServer, type LocaltunnelFixture } from '../../fixtures/localtunnel-server/index.js';
import { send } from '../webhooks/support.js';

describe('tunnels/localtunnel-provider', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function setUp(): Promise<{ fixture: LocaltunnelFixture; receiver: Receiver; heard: IncomingDelivery[]; provider: LocaltunnelProvider }> {
    const fixture = await startLocaltunnelServer();
    cleanups.push(() => fixture.close());
    const heard: IncomingDelivery[] = [];
    const receiver = await startReceiver({
      onDelivery: async (delivery) => {
        heard.push(delivery);
        return { status: 200, message: 'ok' };
      },
    });
    cleanups.push(() => receiver.close());
    const provider = new LocaltunnelProvider({ host: fixture.url });
    cleanups.push(() => provider.stop());
    return { fixture, receiver, heard, provider };
  }

  it('carries a signed POST from the public URL to the receiver, bytes intact', async () => {
    const { receiver, heard, provider } = await setUp();
    const route = receiver.register('OrderShipped', 'key-for-the-tunnel-test');
    const { publicUrl } = await provider.start(receiver.port);
    assert.match(publicUrl, /^http:\/\/127\.0\.0\.1:\d+$/);

    const body = Buffer.from('{"reference":"LT-1","note":"åäö"}');
    const result = await send(publicUrl + route.path, body, { 'X-OGOship-Hmac-SHA256': signBody('key-for-the-tunnel-test', body) });

    assert.equal(result.status, 200);
    assert.equal(heard.length, 1);
    assert.equal(heard[0]?.signature, 'valid');
    assert.deepEqual(heard[0]?.rawBody, body);
  });

  it('keeps carrying requests after each one uses up a tunnel socket', async () => {
    const { receiver, heard, provider } = await setUp();
    const route = receiver.register('ProductStockLevelChanged', 'another-key-0123456789');
    const { publicUrl } = await provider.start(receiver.port);

    for (let i = 0; i < 10; i += 1) {
      const body = Buffer.from(`{"productCode":"P-${i}"}`);
      const result = await send(publicUrl + route.path, body, { 'X-OGOship-Hmac-SHA256': signBody('another-key-0123456789', body) });
      assert.equal(result.status, 200);
    }
    assert.equal(heard.filter((d) => d.signature === 'valid').length, 10);
  });

  it('reports a drop when the server goes away, and not after stop()', async () => {
    const { fixture, receiver, provider } = await setUp();
    await provider.start(receiver.port);
    const reasons: string[] = [];
    provider.on('close', (reason: string) => reasons.push(reason));
    provider.on('error', () => undefined);

    const [id] = [...fixture.clients.keys()];
    await fixture.drop(id as string);
    const deadline = Date.now() + 10_000;
    while (reasons.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.equal(reasons.length, 1);
    assert.match(reasons[0] as string, /localtunnel/);

    await provider.start(receiver.port);
    await provider.stop();
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(reasons.length, 1);
  });

  it('fails with an offline error when the server cannot be reached', async () => {
    const fixture = await startLocaltunnelServer();
    const host = fixture.url;
    await fixture.close();
    const provider = new LocaltunnelProvider({ host });
    await assert.rejects(provider.start(1), OfflineError);
  });
});
