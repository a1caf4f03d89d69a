// Test support for webhook tests: the real store in a temp folder, and a
// raw HTTP poster that reports what a sender would see (status, or a reset).
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '../../../electron/services/store/index.js';

/** The real store in a temp folder, with every migration; close() removes it. */
export async function openTempStore(): Promise<{ store: Store; db: Store['db']; close(): Promise<void> }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'ogo-webhooks-'));
  const store = openStore(path.join(folder, 'store.db'));
  return {
    store,
    db: store.db,
    async close() {
      store.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/** What a sender saw. */
export interface PostResult {
  readonly status: number | 'reset';
  readonly body: string;
}

/** Sends one request with exact bytes and headers; never throws on resets. */
export function send(
  url: string,
  body: Uint8Array | null,
  headers: Record<string, string> = {},
  method = 'POST',
): Promise<PostResult> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: PostResult): void => {
      if (!settled) (settled = true), resolve(result);
    };
    const outgoing = request(url, { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => finish({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', () => finish({ status: response.statusCode ?? 0, body: '' }));
    });
    // A server that refuses a big body may close while we still write; the status already came.
    outgoing.on('error', () => finish({ status: 'reset', body: '' }));
    if (body !== null) outgoing.end(body);
    else outgoing.end();
  });
}

/** Polls until the check passes or the time is up; for asynchronous effects, not speed. */
export async function eventually<T>(check: () => T | undefined | null | false, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
