// The `ogo` command as a user runs it: a real process against a real sandbox,
// checking what lands on stdout and stderr and the exit code.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSandbox, type SandboxHandle } from '../../electron/sandbox/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

describe('ogo command', () => {
  let sandbox: SandboxHandle;
  let dataDir: string;
  const env = (): NodeJS.ProcessEnv => ({
    ...process.env,
    OGO_DATA_DIR: dataDir,
    OGO_KEYCHAIN_SERVICE: keychain,
  });
  const keychain = `ogo-cli-test-${randomUUID()}`;

  function ogo(args: string[], input?: string): Promise<Run> {
    const child = spawn(join(ROOT, 'node_modules/.bin/node'), ['bin/ogo.mjs', ...args], {
      cwd: ROOT,
      env: env(),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdin.end(input ?? '');
    return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  }
  const json = <T>(run: Run): T => {
    assert.equal(run.code, 0, run.stderr);
    return JSON.parse(run.stdout) as T;
  };

  before(async () => {
    sandbox = await startSandbox({ orders: 320, products: 25 });
    dataDir = await mkdtemp(join(tmpdir(), 'ogo-cli-'));
  });
  after(async () => {
    await sandbox.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('lists every order of the account as JSON, signing in as the demo merchant by itself', async () => {
    const orders = json<Array<{ reference: string }>>(
      await ogo(['--sandbox', sandbox.url, 'orders', 'list', '--json']),
    );
    assert.equal(orders.length, 320);
    assert.equal(new Set(orders.map((order) => order.reference)).size, 320);
  });

  it('lists the newest orders first with --limit, as the app does, not the oldest', async () => {
    type Listed = { reference: string; status: string; editTime: string };
    const all = json<Listed[]>(await ogo(['--sandbox', sandbox.url, 'orders', 'list', '--json']));
    const newestFirst = [...all].sort((a, b) => {
      const byTime = Date.parse(b.editTime) - Date.parse(a.editTime);
      if (byTime !== 0) return byTime;
      return a.reference < b.reference ? 1 : a.reference > b.reference ? -1 : 0;
    });
    const refs = (orders: Listed[]) => orders.map((order) => order.reference);
    assert.notDeepEqual(refs(all.slice(0, 20)), refs(newestFirst.slice(0, 20)), 'the API pages are not newest first');

    const twenty = json<Listed[]>(
      await ogo(['--sandbox', sandbox.url, 'orders', 'list', '--limit', '20', '--json']),
    );
    assert.deepEqual(refs(twenty), refs(newestFirst.slice(0, 20)));

    const shipped = json<Listed[]>(
      await ogo(['--sandbox', sandbox.url, 'orders', 'list', '--status', 'shipped', '--limit', '3', '--json']),
    );
    const newestShipped = newestFirst.filter((order) => order.status === 'Shipped').slice(0, 3);
    assert.deepEqual(refs(shipped), refs(newestShipped));
  });

  it('filters by status and stops at --limit', async () => {
    const orders = json<Array<{ status: string }>>(
      await ogo([
        '--sandbox',
        sandbox.url,
        'orders',
        'list',
        '--status',
        'shipped',
        '--limit',
        '3',
        '--json',
      ]),
    );
    assert.equal(orders.length, 3);
    assert.ok(orders.every((order) => order.status === 'Shipped'));
  });

  it('prints a table for people, with a count on stderr', async () => {
    const run = await ogo(['--sandbox', sandbox.url, 'orders', 'list', '--limit', '4']);
    assert.equal(run.code, 0);
    const lines = run.stdout.trimEnd().split('\n');
    assert.match(lines[0]!, /^REFERENCE\s+STATUS\s+CUSTOMER/);
    assert.equal(lines.length, 5);
    assert.match(run.stderr, /4 orders/);
  });

  it('gets one order by reference', async () => {
    const [first] = json<Array<{ reference: string }>>(
      await ogo(['--sandbox', sandbox.url, 'orders', 'list', '--limit', '1', '--json']),
    );
    const order = json<{ reference: string; customer: { name: string } }>(
      await ogo(['--sandbox', sandbox.url, 'orders', 'get', first!.reference, '--json']),
    );
    assert.equal(order.reference, first!.reference);
    assert.ok(order.customer.name);
  });

  it('says in one line on stderr, with exit code 1, that an order does not exist', async () => {
    const run = await ogo(['--sandbox', sandbox.url, 'orders', 'get', 'NO-SUCH-ORDER']);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, 'ogo: OGOship has no order with reference NO-SUCH-ORDER.\n');
  });

  it('answers a wrong invocation with one line and exit code 2', async () => {
    const run = await ogo(['orders', 'list', '--limit', 'many']);
    assert.equal(run.code, 2);
    assert.equal(run.stderr.trimEnd().split('\n').length, 1);
    assert.match(run.stderr, /--limit needs a whole number/);
  });

  it('finds products by code and by EAN, and lists stock', async () => {
    const all = json<Array<{ code: string; eanCode: string }>>(
      await ogo(['--sandbox', sandbox.url, 'products', 'list', '--json']),
    );
    assert.equal(all.length, 25);
    const target = all[3]!;
    const byCode = json<Array<{ code: string }>>(
      await ogo(['--sandbox', sandbox.url, 'products', 'list', '--code', target.code, '--json']),
    );
    const byEan = json<Array<{ code: string }>>(
      await ogo(['--sandbox', sandbox.url, 'products', 'list', '--ean', target.eanCode, '--json']),
    );
    const stock = json<Array<{ productCode: string }>>(
      await ogo(['--sandbox', sandbox.url, 'stock', 'list', '--json']),
    );
    assert.deepEqual(
      byCode.map((p) => p.code),
      [target.code],
    );
    assert.deepEqual(
      byEan.map((p) => p.code),
      [target.code],
    );
    assert.equal(stock.length, 25);
  });

  it('syncs the whole account once, then only what changed', async () => {
    type Result = { fetched: { orders: number; products: number; stock: number } };
    const first = json<Result>(await ogo(['--sandbox', sandbox.url, 'sync', '--json']));
    const second = json<Result>(await ogo(['--sandbox', sandbox.url, 'sync', '--json']));
    assert.ok(first.fetched.orders >= 320);
    assert.equal(first.fetched.products, 25);
    assert.deepEqual(second.fetched, { orders: 0, products: 0, stock: 0 });
  });

  it('signs in with a secret token piped on stdin, refuses a wrong one, and signs out', async () => {
    const wrong = await ogo(
      ['--sandbox', sandbox.url, 'login', '--merchant', 'demo-merchant'],
      'not-the-secret\n',
    );
    assert.equal(wrong.code, 1);
    assert.equal(wrong.stderr.trimEnd().split('\n').length, 1);
    assert.doesNotMatch(wrong.stderr + wrong.stdout, /not-the-secret/);

    const right = await ogo(
      ['--sandbox', sandbox.url, 'login', '--merchant', 'demo-merchant'],
      'demo-secret\n',
    );
    assert.equal(right.code, 0, right.stderr);
    assert.match(right.stdout, /Signed in as merchant demo-merchant \(sandbox\)/);

    const ownClient = await ogo(
      ['--sandbox', sandbox.url, 'login', '--merchant', 'demo-merchant', '--client-id', '123456'],
      'demo-secret\nabcdef\n',
    );
    assert.equal(ownClient.code, 0, ownClient.stderr);
    const wrongClient = await ogo(
      ['--sandbox', sandbox.url, 'login', '--merchant', 'demo-merchant', '--client-id', '123456'],
      'demo-secret\nnot-abcdef\n',
    );
    assert.equal(wrongClient.code, 1);

    const out = await ogo(['--sandbox', sandbox.url, 'logout']);
    assert.equal(out.code, 0, out.stderr);
  });

  it('refuses production commands when nobody is signed in', async () => {
    const run = await ogo(['orders', 'list']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^ogo: Not signed in\. Run `ogo login` first/);
  });
});

describe('ogo sandbox', () => {
  it('serves a sandbox until interrupted and prints where', async () => {
    const child = spawn(
      join(ROOT, 'node_modules/.bin/node'),
      ['bin/ogo.mjs', 'sandbox', '--orders', '30', '--products', '5', '--json'],
      {
        cwd: ROOT,
      },
    );
    let stdout = '';
    const started = new Promise<{ url: string; credentials: { merchantId: string } }>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8');
        if (stdout.trimEnd().endsWith('}')) resolve(JSON.parse(stdout));
      });
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));

    const { url, credentials } = await started;
    const token = await fetch(`${url}/OAuth/Token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'password' }),
    });
    child.kill('SIGINT');

    assert.equal(credentials.merchantId, 'demo-merchant');
    assert.equal(token.status, 400);
    assert.equal(await exited, 0);
  });
});
