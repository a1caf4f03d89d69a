// The outbox survives SIGKILL at every state: a child process runs the real
// backend against a sandbox in this process and is killed at chosen and at
// seeded-random instants, then restarted; every draft must still be there and
// every order must exist at OGOship exactly once.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { startSandbox, type SandboxHandle } from '../../../electron/sandbox/index.js';
import { openStore } from '../../../electron/services/store/index.js';
import { createApiClient } from '../../../electron/services/api/index.js';
import { addFault, apiRequests, clearRequests, demoTokenSource } from '../api/sandbox-helpers.js';
import type { PlannedDraft } from './kill-fixture.js';
import { sandboxOrder } from './support.js';

const root = resolve(import.meta.dirname, '../../..');
const FIXTURE = join(root, 'test/services/outbox/kill-fixture.ts');
const NODE = join(root, 'node_modules/.bin/node');
const POINTS = [
  'draft saved',
  'queued',
  'sending before request',
  'sending after server committed',
  'outcome unknown',
  'sent',
];

/** Seeded, deterministic randomness (mulberry32). */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Decide = (point: string) => 'kill' | 'go';

/** Runs the fixture once; resolves with the point it was killed at, or null when it finished. */
function runChild(
  url: string,
  dataDir: string,
  plan: PlannedDraft[],
  decide: Decide,
): Promise<string | null> {
  const child = spawn(NODE, ['--import', 'tsx', FIXTURE], {
    cwd: root,
    env: {
      ...process.env,
      OGO_KILL_SANDBOX: url,
      OGO_KILL_DATA: dataDir,
      OGO_KILL_PLAN: JSON.stringify(plan),
    },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let killedAt: string | null = null;
  let finished = false;
  const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
  createInterface({ input: child.stdout }).on('line', (line) => {
    const message = JSON.parse(line) as { pause?: number; point?: string; done?: boolean };
    if (message.done) finished = true;
    if (message.pause === undefined || killedAt !== null) return;
    if (decide(message.point!) === 'kill') {
      killedAt = message.point!;
      child.kill('SIGKILL');
    } else child.stdin.write(`${message.pause}\n`);
  });
  return new Promise((resolvePromise, reject) => {
    child.on('exit', () => {
      clearTimeout(guard);
      if (killedAt !== null) resolvePromise(killedAt);
      else if (finished) resolvePromise(null);
      else reject(new Error('the backend stopped without finishing (stuck or crashed)'));
    });
  });
}

describe('outbox crash safety', () => {
  let sandbox: SandboxHandle;
  let codes: string[] = [];
  const dirs: string[] = [];
  before(async () => {
    sandbox = await startSandbox({ orders: 5, products: 10 });
    const api = createApiClient({ apiUrl: sandbox.url, tokenSource: demoTokenSource(sandbox.url) });
    codes = (await api.products.list({ limit: 10 })).map((product) => product.code);
  });
  after(async () => {
    await sandbox.close();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  async function iteration(
    index: number,
    decideFor: (run: number) => Decide,
    dropFirstCreate: boolean,
  ): Promise<string[]> {
    const dataDir = await mkdtemp(join(tmpdir(), 'ogo-kill-'));
    dirs.push(dataDir);
    const plan: PlannedDraft[] = [1, 2].map((n) => ({
      reference: `KILL-${index}-${n}`,
      lines: [[codes[n]!, n]],
      comments: `iteration ${index} draft ${n}`,
    }));
    await clearRequests(sandbox.url);
    await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'DELETE' });
    if (dropFirstCreate)
      await addFault(sandbox.url, {
        method: 'POST',
        path: '/api/v1/orders',
        count: 1,
        commitThenDrop: true,
      });

    const kills: string[] = [];
    for (let run = 0; ; run++) {
      const killedAt = await runChild(sandbox.url, dataDir, plan, decideFor(run));
      if (killedAt === null) break;
      kills.push(killedAt);
    }
    await assertDeliveredOnce(dataDir, plan);
    return kills;
  }

  async function assertDeliveredOnce(dataDir: string, plan: PlannedDraft[]): Promise<void> {
    const store = openStore(join(dataDir, 'ogo.sqlite'));
    const drafts = store.db.prepare('SELECT reference, state, content FROM drafts').all() as Array<
      Record<string, string>
    >;
    store.close();
    for (const planned of plan) {
      const draft = drafts.find((row) => row.reference === planned.reference);
      assert.equal(draft?.state, 'sent', `${planned.reference} is kept and sent`);
      assert.equal(JSON.parse(String(draft?.content)).comments, planned.comments);
      assert.equal(
        (await sandboxOrder(sandbox.url, planned.reference))?.comments,
        planned.comments,
      );
    }
    const creates = (await apiRequests(sandbox.url, '/api/v1/orders')).filter(
      (entry) => entry.method === 'POST',
    );
    const committed = creates.filter(
      (entry) => entry.status === 201 || /commitThenDrop/.test(entry.fault ?? ''),
    );
    assert.equal(committed.length, plan.length, 'one committed create per order');
    assert.equal(
      creates.filter((entry) => entry.status === 409).length,
      0,
      'no create was ever repeated',
    );
  }

  it('keeps every draft and creates every order once when killed at each outbox state', async () => {
    for (const [index, point] of POINTS.entries()) {
      let seen = false;
      const killFirst: Decide = (at) => (at === point && !seen ? ((seen = true), 'kill') : 'go');
      const kills = await iteration(
        index,
        (run) => (run === 0 ? killFirst : () => 'go'),
        point === 'outcome unknown',
      );
      assert.deepEqual(kills, [point]);
    }
  });

  it('keeps every draft and creates every order once over 20 seeded random kill points', async () => {
    const random = seeded(20261204);
    const seen = new Set<string>();
    for (let index = 100; index < 120; index++) {
      const drop = random() < 0.4;
      const killAtPause = (run: number): Decide => {
        // The first two runs each die at a random pause (runs have about ten); later runs finish.
        let countdown = run < 2 ? 1 + Math.floor(random() * 10) : Infinity;
        return () => (--countdown === 0 ? 'kill' : 'go');
      };
      const kills = await iteration(index, killAtPause, drop);
      for (const point of kills) seen.add(point);
    }
    assert.ok(seen.size >= 3, `random kills hit several states (${[...seen].join(', ')})`);
  });
});
