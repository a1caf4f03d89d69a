// Tests the sandbox token endpoint over real HTTP: grants, form-only bodies,
// single-use refresh tokens and expiry through the sandbox clock.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { control, passwordFields, sandbox, signIn, tokenRequest } from './helpers.js';

describe('sandbox token endpoint', () => {
  it('answers a password grant with a Bearer token pair that lives 5,400 seconds', async () => {
    const { url } = await sandbox();
    const response = await tokenRequest(url, passwordFields({ scope: 'read:order write:order' }));
    const body = await response.json();
    assert.equal(response.status, 200);
    assert.equal(body.token_type, 'Bearer');
    assert.equal(body.expires_in, 5400);
    assert.match(body.access_token, /^[\w-]+\.[\w-]+\.[\w-]+$/);
    assert.ok(body.refresh_token.length >= 32);
    assert.equal(body.scope, 'read:order write:order');
  });

  it('refuses a JSON body with invalid_request', async () => {
    const { url } = await sandbox();
    const response = await fetch(`${url}/OAuth/Token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(passwordFields()),
    });
    assert.equal(response.status, 400);
    assert.equal((await response.json()).error, 'invalid_request');
  });

  it('refuses a wrong client with invalid_client and a wrong secret token with invalid_grant', async () => {
    const { url } = await sandbox();
    const badClient = await tokenRequest(url, passwordFields({ client_secret: 'nope' }));
    assert.equal(badClient.status, 400);
    assert.equal((await badClient.json()).error, 'invalid_client');
    const badSecret = await tokenRequest(url, passwordFields({ password: 'wrong' }));
    const body = await badSecret.json();
    assert.equal(badSecret.status, 400);
    assert.equal(body.error, 'invalid_grant');
    assert.doesNotMatch(JSON.stringify(body), /wrong/);
  });

  it('refuses unknown grant types and unknown scopes', async () => {
    const { url } = await sandbox();
    const grant = await tokenRequest(url, passwordFields({ grant_type: 'client_credentials' }));
    assert.equal((await grant.json()).error, 'unsupported_grant_type');
    const scope = await tokenRequest(url, passwordFields({ scope: 'read:order launch:rockets' }));
    assert.equal((await scope.json()).error, 'invalid_scope');
  });

  it('lets a refresh token be used once: the second use is invalid_grant', async () => {
    const { url } = await sandbox();
    const first = await signIn(url);
    const fields = {
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token,
      client_id: '123456',
      client_secret: 'abcdef',
    };
    const refreshed = await tokenRequest(url, fields);
    const body = await refreshed.json();
    assert.equal(refreshed.status, 200);
    assert.notEqual(body.refresh_token, first.refresh_token);
    const again = await tokenRequest(url, fields);
    assert.equal(again.status, 400);
    assert.equal((await again.json()).error, 'invalid_grant');
    const next = await tokenRequest(url, { ...fields, refresh_token: body.refresh_token });
    assert.equal(next.status, 200);
  });

  it('expires access tokens after 5,400 seconds of sandbox clock', async () => {
    const { url } = await sandbox();
    const { access_token: token } = await signIn(url);
    const get = () =>
      fetch(`${url}/api/v1/orders?limit=1`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal((await get()).status, 200);
    await control(url, 'POST', '/clock', { advanceSeconds: 5399 });
    assert.equal((await get()).status, 200);
    await control(url, 'POST', '/clock', { advanceSeconds: 1 });
    const expired = await get();
    assert.equal(expired.status, 401);
    assert.match((await expired.json()).message, /expired/);
  });

  it('expires refresh tokens after 14 days of sandbox clock', async () => {
    const { url } = await sandbox();
    const { refresh_token: refreshToken } = await signIn(url);
    await control(url, 'POST', '/clock', { advanceSeconds: 14 * 86_400 });
    const response = await tokenRequest(url, {
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      client_id: '123456',
      client_secret: 'abcdef',
    });
    assert.equal(response.status, 400);
    assert.equal((await response.json()).error, 'invalid_grant');
  });

  it('answers 401 with an error body for a missing or unknown token', async () => {
    const { url } = await sandbox();
    const missing = await fetch(`${url}/api/v1/orders`);
    assert.equal(missing.status, 401);
    assert.equal((await missing.json()).statusCode, 401);
    const unknown = await fetch(`${url}/api/v1/orders`, {
      headers: { authorization: 'Bearer made.up.token' },
    });
    assert.equal(unknown.status, 401);
    assert.match((await unknown.json()).message, /not valid/);
  });

  it('logs token calls with their grant type and never their secrets', async () => {
    const { url } = await sandbox();
    await signIn(url);
    await tokenRequest(url, passwordFields({ password: 'wrong' }));
    const log = await (await control(url, 'GET', '/requests')).json();
    assert.deepEqual(
      log.map((entry: { grantType: string; status: number }) => [entry.grantType, entry.status]),
      [
        ['password', 200],
        ['password', 400],
      ],
    );
    assert.doesNotMatch(JSON.stringify(log), /demo-secret|abcdef/);
  });

  it('refuses a token without the scope a call needs with 403', async () => {
    const { url } = await sandbox();
    const response = await tokenRequest(url, passwordFields({ scope: 'read:order' }));
    const { access_token: token } = await response.json();
    const products = await fetch(`${url}/api/v1/products`, {
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(products.status, 403);
    assert.match((await products.json()).message, /read:product/);
  });
});
