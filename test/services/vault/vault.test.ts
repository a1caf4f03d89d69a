// Tests for the vault against the real gnome-keyring of scripts/with-keyring.sh,
// and against no Secret Service at all (a child process with a dead bus address).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import keytar from '@napi-rs/keyring/keytar.js';
import { KeychainError, ValidationError } from '../../../shared/errors.js';
import { openVault } from '../../../electron/services/vault/vault.js';
import { redactText } from '../../../electron/services/log/redact.js';

const run = promisify(execFile);
const fixture = fileURLToPath(new URL('./fixtures/open-vault.ts', import.meta.url));

const credentials = {
  merchantId: 'merchant-a',
  secretToken: 'secret-token-a-1',
  clientId: '123456',
  clientSecret: 'client-secret-a',
};

function uniqueService(): string {
  return `ogo-desk-test-${randomUUID()}`;
}

// A bus address where nothing listens: what a machine without a session bus looks like.
function envWithoutBus(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  env.DBUS_SESSION_BUS_ADDRESS = `unix:path=/tmp/ogo-no-bus-${randomUUID()}`;
  delete env.OGO_MERCHANT_ID;
  delete env.OGO_SECRET_TOKEN;
  return env;
}

async function runFixture(
  env: NodeJS.ProcessEnv,
  ...args: string[]
): Promise<Record<string, unknown>> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', fixture, ...args], { env });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
}

describe('vault', () => {
  it('keeps credentials in the keychain, where a second vault reads them back', async () => {
    const serviceName = uniqueService();
    const first = await openVault({ serviceName, env: {} });

    await first.saveCredentials(credentials);
    await first.saveRefreshToken('merchant-a', 'refresh-a-1');

    const second = await openVault({ serviceName, env: {} });
    assert.equal(second.persistence, 'keychain');
    assert.equal(await second.currentMerchant(), 'merchant-a');
    assert.deepEqual(await second.readCredentials('merchant-a'), credentials);
    assert.equal(await second.readRefreshToken('merchant-a'), 'refresh-a-1');
    const accounts = (await keytar.findCredentials(serviceName)).map((entry) => entry.account);
    assert.ok(accounts.includes('merchant/merchant-a/refreshToken'), accounts.join(', '));

    await second.forgetMerchant('merchant-a');
  });

  it('forgets every secret of one merchant and nothing of another', async () => {
    const serviceName = uniqueService();
    const vault = await openVault({ serviceName, env: {} });
    await vault.saveCredentials({ ...credentials, merchantId: 'm1' });
    await vault.saveRefreshToken('m1', 'refresh-m1');
    await vault.saveSecret('m1', 'webhookKey:w1', 'webhook-key-m1');
    await vault.saveSecret('m1', 'tunnelToken:ngrok', 'tunnel-token-m1');
    // 'm1/x' would share the prefix 'merchant/m1/' if IDs were not encoded.
    await vault.saveRefreshToken('m1/x', 'refresh-m1x');

    await vault.forgetMerchant('m1');

    const left = await keytar.findCredentials(serviceName);
    assert.deepEqual(
      left.map((entry) => entry.account),
      ['merchant/m1%2Fx/refreshToken'],
    );
    assert.equal(await vault.currentMerchant(), null);
    assert.equal(await vault.readCredentials('m1'), null);

    await vault.forgetMerchant('m1/x');
  });

  it('registers every secret it reads or writes with the log redactor, but not identifiers', async () => {
    const serviceName = uniqueService();
    const writer = await openVault({ serviceName, env: {} });
    await writer.saveSecret('m2', 'webhookKey:w2', 'webhook-key-written');
    await keytar.setPassword(
      serviceName,
      'merchant/m2/refreshToken',
      'refresh-put-by-another-process',
    );

    const reader = await openVault({ serviceName, env: {} });
    await reader.readRefreshToken('m2');
    await writer.saveCredentials({
      ...credentials,
      merchantId: 'm2',
      clientId: 'client-id-visible',
    });

    const line = redactText(
      'webhook-key-written refresh-put-by-another-process client-id-visible m2',
    );
    assert.equal(line, '[redacted] [redacted] client-id-visible m2');

    await writer.forgetMerchant('m2');
  });

  it('reads headless credentials from the environment and refuses to overwrite them', async () => {
    const vault = await openVault({
      serviceName: uniqueService(),
      env: { OGO_MERCHANT_ID: 'env-merchant', OGO_SECRET_TOKEN: 'env-secret-token' },
    });

    assert.equal(vault.credentialsFromEnvironment, true);
    assert.equal(await vault.currentMerchant(), 'env-merchant');
    assert.deepEqual(await vault.readCredentials('env-merchant'), {
      merchantId: 'env-merchant',
      secretToken: 'env-secret-token',
      clientId: '123456',
      clientSecret: 'abcdef',
    });
    await assert.rejects(vault.saveCredentials(credentials), ValidationError);
  });

  it('names the missing variable when the environment holds half the credentials', async () => {
    await assert.rejects(
      openVault({ serviceName: uniqueService(), env: { OGO_MERCHANT_ID: 'only-id' } }),
      (error: unknown) =>
        error instanceof ValidationError && error.problems[0]?.field === 'OGO_SECRET_TOKEN',
    );
  });

  it('without a Secret Service fails with a clear KeychainError instead of storing anywhere', async () => {
    const noBus = envWithoutBus();

    const result = await runFixture(noBus, uniqueService());

    assert.equal(result.ok, false);
    assert.equal(result.name, KeychainError.name);
    assert.match(String(result.message), /system keychain/);
    assert.match(String(result.message), /session bus cannot be reached/);
    assert.match(String(result.message), /this session only/);
  });

  it('without a Secret Service keeps secrets in memory only when the caller opted in', async () => {
    const noBus = envWithoutBus();

    const chosen = await runFixture(noBus, uniqueService(), 'session-only');
    const headless = await runFixture(
      { ...noBus, OGO_MERCHANT_ID: 'env-merchant', OGO_SECRET_TOKEN: 'env-secret' },
      uniqueService(),
    );

    assert.deepEqual(chosen, { ok: true, persistence: 'memory', keptToken: true, merchant: null });
    assert.deepEqual(headless, {
      ok: true,
      persistence: 'memory',
      keptToken: true,
      merchant: 'env-merchant',
    });
  });
});
