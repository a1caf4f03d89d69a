// Tests for the session against the real sandbox and gnome-keyring: sign-in is
// verified before anything is stored, restore needs no user input, sign-out
// removes every secret, and the states the renderer sees never hold a secret.
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import keytar from '@napi-rs/keyring/keytar.js';
import type { SessionState } from '../../../shared/contract/session.js';
import { AuthError, ValidationError } from '../../../shared/errors.js';
import { EventBus } from '../../../electron/services/event-bus.js';
import { Session } from '../../../electron/services/auth/session.js';
import { DEMO, callApi, createAuthWorld, type AuthWorld } from './fixtures/harness.js';

const run = promisify(execFile);
const noKeychainScript = fileURLToPath(
  new URL('./fixtures/session-without-keychain.ts', import.meta.url),
);

describe('session', () => {
  let world: AuthWorld;
  let bus: EventBus;
  let announced: SessionState[];

  function newSession(env: NodeJS.ProcessEnv = {}): Session {
    return new Session({
      authUrl: world.sandbox.url,
      environment: 'sandbox',
      vault: { serviceName: world.serviceName, env },
      bus,
      dataFolder: world.dataFolder,
      clock: world.clock,
    });
  }

  beforeEach(async () => {
    world = await createAuthWorld();
    bus = new EventBus();
    announced = [];
    bus.on('session.changed', (state) => announced.push(state));
  });

  afterEach(async () => {
    await world.close();
  });

  it('signs in after OGOship accepts the credentials, stores them, and announces it', async () => {
    const session = newSession();
    assert.equal((await session.restore()).status, 'signedOut');

    const state = await session.signIn({
      merchantId: DEMO.merchantId,
      secretToken: DEMO.secretToken,
    });

    const signedIn = {
      status: 'signedIn',
      merchantId: DEMO.merchantId,
      environment: 'sandbox',
      message: null,
    };
    assert.deepEqual(state, signedIn);
    assert.deepEqual(announced.at(-1), signedIn);
    assert.deepEqual(await world.vault.readCredentials(DEMO.merchantId), DEMO);
    assert.equal(await callApi(world.sandbox.url, await session.tokenSource.accessToken()), 200);
    assert.equal(
      (await world.tokenCalls()).length,
      1,
      'the verifying grant also serves the first API call',
    );
  });

  it('refuses a wrong secret token, stores nothing and stays signed out', async () => {
    const session = newSession();
    await session.restore();

    await assert.rejects(
      session.signIn({ merchantId: DEMO.merchantId, secretToken: 'not-the-secret' }),
      (error: unknown) => error instanceof AuthError && !error.message.includes('not-the-secret'),
    );

    assert.equal(session.state().status, 'signedOut');
    assert.deepEqual(await keytar.findCredentials(world.serviceName), []);
    assert.deepEqual(
      (await world.tokenCalls()).map((call) => call.status),
      [400],
    );
  });

  it('rejects empty input with field problems before calling OGOship', async () => {
    const session = newSession();

    await assert.rejects(
      session.signIn({ merchantId: ' ', secretToken: '' }),
      (error: unknown) =>
        error instanceof ValidationError &&
        error.problems.map((problem) => problem.field).join() === 'merchantId,secretToken',
    );
    assert.equal((await world.tokenCalls()).length, 0);
  });

  it('restores the sign-in at the next start and reaches the API without asking', async () => {
    await newSession().signIn({ merchantId: DEMO.merchantId, secretToken: DEMO.secretToken });
    await world.advance(5400);

    const nextStart = newSession();
    const state = await nextStart.restore();

    assert.equal(state.status, 'signedIn');
    assert.equal(state.merchantId, DEMO.merchantId);
    assert.equal(await callApi(world.sandbox.url, await nextStart.tokenSource.accessToken()), 200);
    assert.deepEqual(
      (await world.tokenCalls()).map((call) => call.grantType),
      ['password', 'refresh_token'],
    );
  });

  it('signs out by deleting every secret of the merchant from the keychain', async () => {
    const session = newSession();
    await session.signIn({ merchantId: DEMO.merchantId, secretToken: DEMO.secretToken });
    await world.vault.saveSecret(DEMO.merchantId, 'webhookKey:w1', 'webhook-key-1');

    const state = await session.signOut();

    assert.equal(state.status, 'signedOut');
    assert.deepEqual(announced.at(-1), state);
    assert.deepEqual(await keytar.findCredentials(world.serviceName), []);
    await assert.rejects(session.tokenSource.accessToken(), AuthError);
    assert.equal((await newSession().restore()).status, 'signedOut');
  });

  it('shows "credentials no longer valid" when the secret token stops working, without secrets', async () => {
    const session = newSession();
    await session.signIn({ merchantId: DEMO.merchantId, secretToken: DEMO.secretToken });
    // The merchant regenerated the secret token in myOGO, and the refresh token expired.
    await world.vault.saveCredentials({ ...DEMO, secretToken: 'old-secret-token' });
    await world.advance(15 * 86_400);

    await assert.rejects(session.tokenSource.accessToken(), AuthError);
    await assert.rejects(session.tokenSource.accessToken(), AuthError);

    const state = session.state();
    assert.equal(state.status, 'credentialsInvalid');
    assert.equal(state.merchantId, DEMO.merchantId);
    assert.match(String(state.message), /did not accept the merchant ID and secret token/);
    assert.deepEqual(announced.at(-1), state);
    assert.ok(!JSON.stringify(announced).includes('old-secret-token'));
    assert.deepEqual(
      (await world.tokenCalls()).map((call) => `${call.grantType} ${call.status}`),
      ['password 200', 'refresh_token 400', 'password 400'],
    );
  });

  it('restores a headless sign-in from environment variables', async () => {
    const session = newSession({
      OGO_MERCHANT_ID: DEMO.merchantId,
      OGO_SECRET_TOKEN: DEMO.secretToken,
    });

    const state = await session.restore();

    assert.equal(state.status, 'signedIn');
    assert.equal(await callApi(world.sandbox.url, await session.tokenSource.accessToken()), 200);
  });

  it('without a Secret Service says so, and signs in only after the user picks "this session only"', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    env.DBUS_SESSION_BUS_ADDRESS = `unix:path=/tmp/ogo-no-bus-${randomUUID()}`;
    env.OGO_TEST_AUTH_URL = world.sandbox.url;
    env.OGO_TEST_SERVICE = world.serviceName;
    env.OGO_TEST_DATA = world.dataFolder;

    const { stdout } = await run(process.execPath, ['--import', 'tsx', noKeychainScript], { env });
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
      restored: SessionState;
      refusedSignIn: string;
      chosen: SessionState;
      signedIn: SessionState;
      status: number;
    };

    assert.equal(result.restored.status, 'keychainUnavailable');
    assert.match(String(result.restored.message), /system keychain.*this session only/);
    assert.equal(result.refusedSignIn, 'KeychainError');
    assert.equal(result.chosen.status, 'signedOut');
    assert.equal(result.signedIn.status, 'signedIn');
    assert.equal(result.status, 200);
    assert.deepEqual(await keytar.findCredentials(world.serviceName), []);
  });
});
