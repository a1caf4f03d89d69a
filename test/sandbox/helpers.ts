// Test helpers for the sandbox tests: start a small sandbox, get a token, call
// the API over real HTTP. Test code only; product code never imports it.
import { after } from 'node:test';
import {
  DEMO_CREDENTIALS,
  startSandbox,
  type SandboxHandle,
  type SandboxOptions,
} from '../../electron/sandbox/index.js';

/** Starts a sandbox (small by default) that closes when the test file ends. */
export async function sandbox(options: SandboxOptions = {}): Promise<SandboxHandle> {
  const handle = await startSandbox({ orders: 60, products: 80, ...options });
  after(() => handle.close());
  return handle;
}

/** POSTs a form to /OAuth/Token. */
export async function tokenRequest(url: string, fields: Record<string, string>): Promise<Response> {
  return fetch(`${url}/OAuth/Token`, { method: 'POST', body: new URLSearchParams(fields) });
}

/** The password-grant fields of the demo account. */
export function passwordFields(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    grant_type: 'password',
    client_id: DEMO_CREDENTIALS.clientId,
    client_secret: DEMO_CREDENTIALS.clientSecret,
    username: DEMO_CREDENTIALS.merchantId,
    password: DEMO_CREDENTIALS.secretToken,
    ...overrides,
  };
}

/** Signs in with the demo account and returns the token response body. */
export async function signIn(
  url: string,
): Promise<{ access_token: string; refresh_token: string; expires_in: number }> {
  const response = await tokenRequest(url, passwordFields());
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  return (await response.json()) as {
    access_token: string;
    refresh_token: string;
    expires_in: number;
  };
}

/** A small API client bound to one sandbox and one access token. */
export async function apiClient(url: string) {
  const { access_token: token } = await signIn(url);
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      text,
      json: text === '' ? undefined : JSON.parse(text),
    };
  };
  return { token, call };
}

/** Posts JSON to a control endpoint and returns the status. */
export async function control(
  url: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Response> {
  return fetch(`${url}/__sandbox${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** A valid new order body using an existing product code. */
export function newOrder(
  reference: string,
  productCode: string,
  overrides: Record<string, unknown> = {},
) {
  return {
    reference,
    orderLines: [{ code: productCode, quantity: 2, unitPrice: 19.9 }],
    customer: {
      name: 'Aino Korhonen',
      address1: 'Hämeenkatu 1',
      city: 'Tampere',
      countryCode: 'FI',
      zip: '33100',
    },
    priceCurrency: 'EUR',
    ...overrides,
  };
}
