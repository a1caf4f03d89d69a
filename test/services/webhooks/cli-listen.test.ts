// `ogo webhooks listen` as a merchant runs it: a real process against a real
// sandbox. It prints its URL, one line per delivery, forwards verified bodies,
// and removes its webhooks when stopped with SIGINT.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSandbox, type SandboxHandle } from '../../../electron/sandbox/index.js';
import { createApiClient } from '../../../electron/services/api/index.js';
import { startLocaltunnelServer, type LocaltunnelFixture } from '../../fixtures/localtunnel-server/index.js';
import { demoTokenSource } from '../api/sandbox-helpers.js';
import { eventually } from './support.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('webhooks/cli-listen', () => {
  let sandbox: SandboxHandle;
  let fixture: LocaltunnelFixture;
  let dataDir: string;
  let sink: Server;
  const forwarded: { body: string; type: string | undefined }[] = [];
  const children: ChildProcessWithoutNullStreams[] = [];

  before(async () => {
    sandbox = await startSandbox({ orders: 120, products: 10 });
    fixture = await startLocaltunnelServer();
    dataDir = await mkdtemp(join(tmpdir(), 'ogo-listen-'));
    sink = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        forwarded.push({ body: Buffer.concat(chunks).toString('utf8'), type: request.headers['x-ogo-desk-webhook-type'] as string | undefined });
        response.end('ok');
      });
    });
    await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  });
  after(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await new Promise<void>((resolve) => sink.close(() => resolve()));
    await fixture.close();
    await sandbox.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  function listen(args: string[]) {
    const env = { ...process.env, OGO_DATA_DIR: dataDir, OGO_KEYCHAIN_SERVICE: `ogo-listen-test-${randomUUID()}` };
    const child = spawn(join(ROOT, 'node_modules/.bin/node'), ['bin/ogo.mjs', '--sandbox', sandbox.url, 'webhooks', 'listen', ...args], { cwd: ROOT, env });
    const output = { stdout: '', stderr: '' };
    child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    children.push(child as ChildProcessWithoutNullStreams);
    return { child: child as ChildProcessWithoutNullStreams, output, exited };
  }

  const api = () => createApiClient({ apiUrl: sandbox.url, tokenSource: demoTokenSource(sandbox.url) });

  async function shipOne(): Promise<string> {
    const shippable = ['New', 'Pending', 'Reserved', 'Locked', 'Collecting'];
    const [order] = (await api().orders.list({ limit: 250, page: 1 })).filter((o) => shippable.includes(o.status ?? ''));
    assert.ok(order, 'a New order to ship');
    const response = await fetch(`${sandbox.url}/__sandbox/orders/${encodeURIComponent(order.reference)}/ship`, { method: 'POST', body: '{}' });
    assert.equal(response.status, 200);
    return order.reference;
  }

  it('with --tunnel none registers the local URL, prints each delivery, forwards it, and cleans up on SIGINT', async () => {
    const sinkUrl = `http://127.0.0.1:${(sink.address() as AddressInfo).port}/hook`;
    const run = listen(['--tunnel', 'none', '--forward-to', sinkUrl]);
    const url = await eventually(() => /Listening at (\S+)/.exec(run.output.stdout)?.[1], `URL printed (${run.output.stderr})`, 30_000);
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const hooks = await api().webhooks.list();
    assert.equal(hooks.length, 2);
    assert.ok(hooks.every((hook) => hook.url.startsWith(`${url}/ogo-webhooks/`)));

    const reference = await shipOne();
    const line = await eventually(() => run.output.stdout.split('\n').find((l) => l.includes('OrderShipped') && l.includes(reference)), 'delivery line');
    assert.match(line, /verified/);
    assert.doesNotMatch(line, /NOT verified/);
    await eventually(() => forwarded.find((f) => f.body.includes(reference)), 'forwarded body');
    assert.equal(forwarded.at(-1)?.type, 'OrderShipped');

    run.child.kill('SIGINT');
    assert.equal(await run.exited, 0, run.output.stderr);
    assert.deepEqual(await api().webhooks.list(), []);
  });

  it('with --tunnel localtunnel registers the tunnel URL and receives through it', async () => {
    const run = listen(['--tunnel', 'localtunnel', '--localtunnel-host', fixture.url]);
    const url = await eventually(() => /Listening at (\S+)/.exec(run.output.stdout)?.[1], `URL printed (${run.output.stderr})`, 30_000);
    const client = [...fixture.clients.values()].at(-1);
    assert.equal(url, client?.publicUrl);

    const reference = await shipOne();
    await eventually(() => run.output.stdout.includes(reference), 'delivery line through the tunnel');
    run.child.kill('SIGTERM');
    await run.exited;
    assert.deepEqual(await api().webhooks.list(), []);
  });
});
