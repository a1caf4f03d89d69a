// Tests for the token manager against the real sandbox over HTTP and the real
// gnome-keyring: one refresh for many callers, refresh ahead of expiry, the
// password-grant fallback, the credentials-invalid stop, and a clean log.
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AuthError, CancelledError, OfflineError } from '../../../shared/errors.js';
import {
  TokenManager,
  type TokenManagerOptions,
} from '../../../electron/services/auth/token-manager.js';
import { configureLogging, stopFileLogging } from '../../../electron/services/log/logger.js';
import {
  DEMO,
  addFault,
  callApi,
  createAuthWorld,
  setOffline,
  type AuthWorld,
} from './fixtures/harness.js';

describe('token-manager', () => {
  let world: AuthWorld;
  let logFolder: string;
  const seenSecrets = new Set<string>();

  function manager(extra: Partial<TokenManagerOptions> = {}): TokenManager {
    return new TokenManager({
      authUrl: world.sandbox.url,
      vault: world.vault,
      merchantId: DEMO.merchantId,
      dataFolder: world.dataFolder,
      clock: world.clock,
      ...extra,
    });
  }

  async function remember(...tokens: Array<string | null>): Promise<void> {
    for (const token of tokens) if (token) seenSecrets.add(token);
    const refreshToken = await world.vault.readRefreshToken(DEMO.merchantId);
    if (refreshToken) seenSecrets.add(refreshToken);
  }

  before(async () => {
    logFolder = await fs.mkdtemp(path.join(os.tmpdir(), 'ogo-auth-log-'));
    configureLogging({ folder: logFolder, level: 'debug', console: false });
  });

  after(async () => {
    stopFileLogging();
    await fs.rm(logFolder, { recursive: true, force: true });
  });

  beforeEach(async () => {
    world = await createAuthWorld();
    await world.vault.saveCredentials(DEMO);
  });

  afterEach(async () => {
    await world.close();
  });

  it('makes exactly one token request for 200 concurrent callers across an expiry', async () => {
    const tokens = manager();
    const first = await tokens.accessToken();
    await remember(first);
    const before = (await world.tokenCalls()).length;

    await world.advance(5400);
    const results = await Promise.all(Array.from({ length: 200 }, () => tokens.accessToken()));

    const calls = (await world.tokenCalls()).slice(before);
    assert.deepEqual(
      calls.map((call) => [call.grantType, call.status]),
      [['refresh_token', 200]],
    );
    assert.equal(new Set(results).size, 1);
    assert.notEqual(results[0], first);
    assert.equal(await callApi(world.sandbox.url, results[0]!), 200);
    await remember(results[0]!);
  });

  it('keeps the token until the skew margin before expiry, then refreshes ahead of it', async () => {
    const tokens = manager({ skewMs: 5 * 60_000 });
    const first = await tokens.accessToken();

    await world.advance(5400 - 5 * 60 - 1);
    assert.equal(await tokens.accessToken(), first);
    await world.advance(2);
    const second = await tokens.accessToken();

    assert.notEqual(second, first);
    assert.deepEqual(
      (await world.tokenCalls()).map((call) => call.grantType),
      ['password', 'refresh_token'],
    );
    assert.equal(
      await callApi(world.sandbox.url, first),
      200,
      'the old token had not yet expired on the server',
    );
    await remember(first, second);
  });

  it('refreshes once after a rejected token, and ignores rejections of older tokens', async () => {
    const tokens = manager();
    const first = await tokens.accessToken();

    await tokens.rejectAccessToken(first);
    const second = await tokens.accessToken();
    await tokens.rejectAccessToken(first);
    const third = await tokens.accessToken();

    assert.notEqual(second, first);
    assert.equal(third, second);
    assert.equal((await world.tokenCalls()).length, 2);
    await remember(first, second);
  });

  it('saves the rotated refresh token before handing out the new access token', async () => {
    const order: string[] = [];
    const tokens = manager({
      beforeSaveRefreshToken: async () => {
        order.push(`arrived; saved=${await world.vault.readRefreshToken(DEMO.merchantId)}`);
      },
    });
    await tokens.accessToken();
    const savedAfterSignIn = await world.vault.readRefreshToken(DEMO.merchantId);

    await world.advance(5400);
    const refreshed = await tokens.accessToken();
    const savedAfterRefresh = await world.vault.readRefreshToken(DEMO.merchantId);

    assert.equal(order.length, 2);
    assert.equal(
      order[1],
      `arrived; saved=${savedAfterSignIn}`,
      'the old token was still saved when new ones arrived',
    );
    assert.notEqual(savedAfterRefresh, savedAfterSignIn);
    // The saved one is the live one: a fresh manager (another start) refreshes with it.
    await tokens.rejectAccessToken(refreshed);
    const fresh = manager();
    await fresh.accessToken();
    assert.deepEqual(
      (await world.tokenCalls()).map((call) => [call.grantType, call.status]),
      [
        ['password', 200],
        ['refresh_token', 200],
        ['refresh_token', 200],
      ],
    );
    await remember(refreshed);
  });

  it('falls back to one password grant when the saved refresh token is dead', async () => {
    const tokens = manager();
    await tokens.accessToken();
    // 15 days: the access token and the 14-day refresh token have both expired.
    await world.advance(15 * 86_400);

    const token = await tokens.accessToken();

    assert.deepEqual(
      (await world.tokenCalls()).map((call) => [call.grantType, call.status]),
      [
        ['password', 200],
        ['refresh_token', 400],
        ['password', 200],
      ],
    );
    assert.equal(await callApi(world.sandbox.url, token), 200);
    await remember(token);
  });

  it('stops at "credentials no longer valid" after one refused password grant, with no retry loop', async () => {
    await world.vault.saveCredentials({ ...DEMO, secretToken: 'regenerated-elsewhere' });
    const told: string[] = [];
    const tokens = manager({ onCredentialsInvalid: (message) => told.push(message) });

    const attempts = await Promise.allSettled(
      Array.from({ length: 5 }, () => tokens.accessToken()),
    );
    for (let i = 0; i < 5; i += 1) await assert.rejects(tokens.accessToken(), AuthError);

    assert.ok(
      attempts.every(
        (attempt) => attempt.status === 'rejected' && attempt.reason instanceof AuthError,
      ),
    );
    assert.deepEqual(
      (await world.tokenCalls()).map((call) => [call.grantType, call.status]),
      [['password', 400]],
    );
    assert.equal(told.length, 1);
    assert.match(told[0]!, /did not accept the merchant ID and secret token/);
    assert.equal(tokens.credentialsInvalidMessage, told[0]);
    assert.ok(!told[0]!.includes('regenerated-elsewhere'));
  });

  it('tries a dead refresh token and then the password grant once each when both are refused', async () => {
    const tokens = manager();
    await tokens.accessToken();
    await world.vault.saveCredentials({ ...DEMO, secretToken: 'regenerated-elsewhere' });
    await world.advance(15 * 86_400);

    await assert.rejects(tokens.accessToken(), AuthError);
    await assert.rejects(tokens.accessToken(), AuthError);

    assert.deepEqual(
      (await world.tokenCalls()).map((call) => [call.grantType, call.status]),
      [
        ['password', 200],
        ['refresh_token', 400],
        ['password', 400],
      ],
    );
  });

  it('waits out a busy token server that asks to retry, and gets a token', async () => {
    await addFault(world.sandbox.url, {
      path: '/OAuth/Token',
      count: 1,
      status: 503,
      retryAfter: 0,
    });
    const tokens = manager();

    const token = await tokens.accessToken();

    assert.equal(await callApi(world.sandbox.url, token), 200);
    assert.deepEqual(
      (await world.tokenCalls()).map((call) => [call.grantType, call.status]),
      [
        ['password', 503],
        ['password', 200],
      ],
    );
    await remember(token);
  });

  it('recovers from a refresh whose answer was lost after the server rotated the token', async () => {
    const tokens = manager();
    await tokens.accessToken();
    await world.advance(5400);
    await addFault(world.sandbox.url, { path: '/OAuth/Token', count: 1, commitThenDrop: true });

    const token = await tokens.accessToken();

    assert.equal(await callApi(world.sandbox.url, token), 200);
    const grants = (await world.tokenCalls()).map((call) => call.grantType);
    assert.deepEqual(grants, ['password', 'refresh_token', 'refresh_token', 'password']);
    await remember(token);
  });

  it('lets one caller stop waiting without cancelling the refresh the others share', async () => {
    const tokens = manager();
    const controller = new AbortController();

    const impatient = tokens.accessToken(controller.signal);
    const patient = tokens.accessToken();
    controller.abort();

    await assert.rejects(impatient, CancelledError);
    assert.equal(await callApi(world.sandbox.url, await patient), 200);
    assert.equal((await world.tokenCalls()).length, 1);
    await remember(await patient);
  });

  it('reports a dropped connection as offline, without giving up on the credentials', async () => {
    const tokens = manager();
    await setOffline(world.sandbox.url, true);

    await assert.rejects(tokens.accessToken(), OfflineError);
    await assert.rejects(tokens.accessToken(), OfflineError);
    await setOffline(world.sandbox.url, false);

    assert.equal(tokens.credentialsInvalidMessage, null);
    assert.equal(await callApi(world.sandbox.url, await tokens.accessToken()), 200);
  });

  it('never wrote a token or secret to the log file', async () => {
    const files = await fs.readdir(logFolder);
    const text = (
      await Promise.all(files.map((name) => fs.readFile(path.join(logFolder, name), 'utf8')))
    ).join('\n');

    assert.ok(seenSecrets.size >= 8, `only ${seenSecrets.size} secrets collected`);
    assert.match(text, /refreshing the access token/);
    for (const secret of [
      ...seenSecrets,
      DEMO.secretToken,
      DEMO.clientSecret,
      'regenerated-elsewhere',
    ]) {
      assert.ok(!text.includes(secret), `a secret reached the log:\n${text}`);
    }
  });
});
