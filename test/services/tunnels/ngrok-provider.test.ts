// Contract tests for the ngrok provider with the @ngrok/ngrok module replaced by
// a stand-in: ngrok's service cannot be reached from here, so these check what
// the provider asks of the module and how it reports its answers, not ngrok.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { NgrokProvider, type NgrokModule } from '../../../electron/services/tunnels/ngrok-provider.js';
import { AuthError, OfflineError } from '../../../shared/errors.js';

const token = '2abcDEFghiJKLmnoPQRstuVWXyz_0123456789abcdefGHIJ';

function standIn(behaviour: { fail?: string } = {}) {
  const calls: Parameters<NgrokModule['forward']>[0][] = [];
  let closed = 0;
  const module: NgrokModule = {
    async forward(config) {
      calls.push(config);
      if (behaviour.fail) throw new Error(behaviour.fail);
      return { url: () => `https://${config.domain ?? 'random-words'}.ngrok.app`, close: async () => void (closed += 1) };
    },
  };
  return { module, calls, closed: () => closed };
}

describe('tunnels/ngrok-provider', () => {
  it('forwards to the IPv4 loopback port with the keychain token and the reserved domain', async () => {
    const fake = standIn();
    const provider = new NgrokProvider({ authtoken: async () => token, domain: 'shop.ngrok.app', load: async () => fake.module });
    const info = await provider.start(4567);
    assert.equal(info.publicUrl, 'https://shop.ngrok.app.ngrok.app');
    assert.equal(fake.calls[0]?.addr, '127.0.0.1:4567');
    assert.equal(fake.calls[0]?.authtoken, token);
    assert.equal(fake.calls[0]?.domain, 'shop.ngrok.app');
    await provider.stop();
    assert.equal(fake.closed(), 1);
  });

  it('asks for an authtoken before loading ngrok when none is kept', async () => {
    let loaded = false;
    const provider = new NgrokProvider({ authtoken: async () => null, domain: null, load: async () => ((loaded = true), standIn().module) });
    await assert.rejects(provider.start(1), AuthError);
    assert.equal(loaded, false);
  });

  it('reports a refused token as an auth error without repeating the token', async () => {
    const fake = standIn({ fail: `authentication failed: The authtoken ${token} is invalid (ERR_NGROK_105)` });
    const provider = new NgrokProvider({ authtoken: async () => token, domain: null, load: async () => fake.module });
    const error = await provider.start(1).catch((e: unknown) => e);
    assert.ok(error instanceof AuthError);
    assert.ok(!error.message.includes(token));
  });

  it('reports a network failure as offline', async () => {
    const fake = standIn({ fail: 'failed to connect to connect.ngrok-agent.com:443' });
    const provider = new NgrokProvider({ authtoken: async () => token, domain: null, load: async () => fake.module });
    await assert.rejects(provider.start(1), OfflineError);
  });

  it('turns a lost session into one close event, and none after stop()', async () => {
    const fake = standIn();
    const provider = new NgrokProvider({ authtoken: async () => token, domain: null, load: async () => fake.module });
    const reasons: string[] = [];
    provider.on('close', (reason: string) => reasons.push(reason));
    await provider.start(1);
    fake.calls[0]?.onStatusChange?.('closed');
    fake.calls[0]?.onStatusChange?.('closed');
    assert.equal(reasons.length, 1);

    await provider.start(1);
    await provider.stop();
    fake.calls[1]?.onStatusChange?.('closed');
    assert.equal(reasons.length, 1);
  });
});
