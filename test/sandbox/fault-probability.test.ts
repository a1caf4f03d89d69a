// Tests the sandbox's probabilistic faults over real HTTP: a seeded share of the
// matching requests fails, the same seed fails the same requests, count still caps
// the hits, and a missed draw falls through to the next rule.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiClient, control, sandbox } from './helpers.js';

/** Statuses of `times` identical product listings after adding `rules`. */
async function statusesWith(rules: object[], times: number): Promise<number[]> {
  const { url } = await sandbox();
  const { call } = await apiClient(url);
  for (const rule of rules) assert.equal((await control(url, 'POST', '/faults', rule)).status, 201);
  const statuses: number[] = [];
  for (let index = 0; index < times; index += 1) statuses.push((await call('GET', '/api/v1/products?limit=1')).status);
  return statuses;
}

describe('sandbox probabilistic faults', () => {
  it('fails about the asked share of matching requests, the same ones for the same seed', async () => {
    const rule = { path: '/api/v1/products', probability: 0.25, seed: 99, count: 1000, status: 500 };
    const first = await statusesWith([rule], 200);
    const again = await statusesWith([rule], 200);
    const failed = first.filter((status) => status === 500).length;
    assert.ok(failed >= 30 && failed <= 70, `${failed} of 200 failed`);
    assert.ok(first.every((status) => status === 500 || status === 200));
    assert.deepEqual(again, first);
    const otherSeed = await statusesWith([{ ...rule, seed: 100 }], 200);
    assert.notDeepEqual(otherSeed, first);
  });

  it('stops once count hits were made, and lets a missed draw fall through to the next rule', async () => {
    const statuses = await statusesWith(
      [
        { path: '/api/v1/products', probability: 0.5, seed: 3, count: 5, status: 503 },
        { path: '/api/v1/products', probability: 0.5, seed: 4, count: 5, status: 429 },
      ],
      80,
    );
    assert.equal(statuses.filter((status) => status === 503).length, 5);
    assert.equal(statuses.filter((status) => status === 429).length, 5);
    assert.ok(statuses.slice(-20).every((status) => status === 200), 'both rules are used up');
  });

  it('refuses a probability outside (0, 1]', async () => {
    const { url } = await sandbox();
    for (const probability of [0, -0.1, 1.5]) {
      const response = await control(url, 'POST', '/faults', { probability, count: 1, status: 500 });
      assert.equal(response.status, 400);
    }
  });
});
