// Export diagnostics over a real service graph: the preview lists what the zip
// holds, the zip (unzipped with fflate) holds exactly that under one folder, a
// secret that reached a log file is redacted in both, renderer lines land in the
// log under 'renderer', and saving goes to the host's chosen path or back as a download.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { createServices, type Services } from '../../../electron/services/create-services.js';
import { createHandlers } from '../../../electron/services/handlers/index.js';
import { createRouter } from '../../../electron/services/router.js';
import type { DiagnosticsPreview } from '../../../shared/contract/diagnostics.js';

const PLANTED = `ZqPlantedSecret-${randomUUID()}`;

describe('diagnostics bundle', () => {
  let dataDir: string;
  let services: Services;
  let chosen: string | null = null;

  const routerFor = (host: Parameters<typeof createHandlers>[1]) =>
    createRouter(createHandlers(services, host), () => undefined);
  const value = async <T>(
    router: ReturnType<typeof routerFor>,
    name: string,
    input: unknown,
  ): Promise<T> => {
    const result = await router.call(name, input);
    assert.equal(result.ok, true, JSON.stringify(result));
    return (result as { value: T }).value;
  };

  before(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ogo-diagnostics-'));
    services = await createServices({
      dataDir,
      keychainService: `ogo-desk-diag-${randomUUID().slice(0, 8)}`,
      env: {},
      logConsole: false,
      background: false,
    });
    services.log.info('diagnostics test started');
    // A secret the logger never saw (a line written by an older version, say): the bundle must still hide it.
    await appendFile(
      path.join(dataDir, 'logs', 'main.1.log'),
      `old line client_secret=${PLANTED}\nAuthorization: Bearer ${PLANTED}\n`,
    );
  });

  after(async () => {
    await services.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('previews every file it will zip and leaves out secrets and customer data', async () => {
    const router = routerFor({});
    await value(router, 'log.write', {
      level: 'error',
      message: 'renderer broke',
      context: { clientSecret: PLANTED },
    });
    const preview = await value<DiagnosticsPreview>(router, 'diagnostics.preview', {});
    const names = preview.files.map((file) => file.name);
    for (const name of [
      'README.txt',
      'versions.json',
      'settings.json',
      'state.json',
      'logs/main.log',
      'logs/main.1.log',
    ]) {
      assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
    }
    assert.match(preview.fileName, /^ogo-desk-diagnostics-\d{8}-\d{6}\.zip$/);
    assert.ok(preview.leftOut.some((item) => /secret token/i.test(item)));
    const text = JSON.stringify(preview);
    assert.ok(!text.includes(PLANTED), 'a planted secret reached the preview');
    const mainLog = preview.files.find((file) => file.name === 'logs/main.log')!.preview;
    assert.match(mainLog, /\(renderer\).*renderer broke|\[renderer\].*renderer broke/);
    const versions = JSON.parse(
      preview.files.find((file) => file.name === 'versions.json')!.preview,
    );
    assert.equal(versions.node, process.versions.node);
    const state = JSON.parse(preview.files.find((file) => file.name === 'state.json')!.preview);
    assert.deepEqual(Object.keys(state).sort(), [
      'cache',
      'environment',
      'liveUpdates',
      'outbox',
      'session',
      'sync',
      'webhookInbox',
    ]);
  });

  it('hands the previewed bundle back as a zip holding exactly those files', async () => {
    const router = routerFor({});
    const preview = await value<DiagnosticsPreview>(router, 'diagnostics.preview', {});
    const saved = await value<{
      outcome: string;
      fileName: string;
      zipBase64: string;
    }>(router, 'diagnostics.save', { bundleId: preview.bundleId });
    assert.equal(saved.outcome, 'download');
    assert.equal(saved.fileName, preview.fileName);
    const entries = unzipSync(Buffer.from(saved.zipBase64, 'base64'));
    const folder = preview.fileName.replace(/\.zip$/, '');
    assert.deepEqual(
      Object.keys(entries).sort(),
      preview.files.map((file) => `${folder}/${file.name}`).sort(),
    );
    for (const file of preview.files) {
      const content = strFromU8(entries[`${folder}/${file.name}`]!);
      assert.ok(!content.includes(PLANTED), `${file.name} holds the planted secret`);
      if (!file.truncated) assert.equal(content, file.preview, file.name);
    }
  });

  it('writes the zip where the host dialog points, and nothing when the user cancels', async () => {
    const target = path.join(dataDir, 'chosen.zip');
    const router = routerFor({ chooseSavePath: async () => chosen });
    let preview = await value<DiagnosticsPreview>(router, 'diagnostics.preview', {});
    chosen = null;
    assert.deepEqual(await value(router, 'diagnostics.save', { bundleId: preview.bundleId }), {
      outcome: 'cancelled',
    });
    chosen = target;
    preview = await value<DiagnosticsPreview>(router, 'diagnostics.preview', {});
    assert.deepEqual(await value(router, 'diagnostics.save', { bundleId: preview.bundleId }), {
      outcome: 'saved',
      fileName: 'chosen.zip',
    });
    const entries = unzipSync(await readFile(target));
    assert.equal(Object.keys(entries).length, preview.files.length);
  });

  it('refuses to save a bundle the user has not previewed', async () => {
    const router = routerFor({});
    await value(router, 'diagnostics.preview', {});
    const result = await router.call('diagnostics.save', {
      bundleId: 'not-the-one',
    });
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(result.error.message, /open Export diagnostics again/);
  });
});
