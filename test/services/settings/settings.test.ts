// Non-secret preferences in the data folder: defaults, validated writes, and a
// damaged field falling back alone.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ZodError } from 'zod';
import {
  createConfSettings,
  defaultDataDir,
  resolveEndpoints,
} from '../../../electron/services/settings/index.js';

describe('settings', () => {
  it('keeps changes in settings.json and reads them back in a new process view', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ogo-settings-'));
    try {
      assert.equal(createConfSettings(dir).get().environment, 'production');
      createConfSettings(dir).update({ environment: 'custom', customApiUrl: 'http://127.0.0.1:1' });

      assert.equal(createConfSettings(dir).get().customApiUrl, 'http://127.0.0.1:1');
      const saved = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'));
      assert.equal(saved.environment, 'custom');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses an invalid value and keeps the good fields of a damaged file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ogo-settings-'));
    try {
      const settings = createConfSettings(dir);
      assert.throws(() => settings.update({ customAuthUrl: 'ftp://nope' }), ZodError);
      await writeFile(
        join(dir, 'settings.json'),
        JSON.stringify({ environment: 'mars', ui: { theme: 'dark' } }),
      );

      const read = createConfSettings(dir).get();

      assert.equal(read.environment, 'production');
      assert.deepEqual(read.ui, { theme: 'dark' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('puts data in $OGO_DATA_DIR, else the platform app-data folder', () => {
    assert.equal(defaultDataDir({ OGO_DATA_DIR: '/x/y' }, 'linux'), '/x/y');
    assert.equal(defaultDataDir({ HOME: '/home/a' }, 'linux'), '/home/a/.local/share/ogo-desk');
    assert.equal(defaultDataDir({ HOME: '/home/a', XDG_DATA_HOME: '/d' }, 'linux'), '/d/ogo-desk');
    assert.equal(
      defaultDataDir({ HOME: '/Users/a' }, 'darwin'),
      '/Users/a/Library/Application Support/ogo-desk',
    );
  });

  it('defaults to OGOship production and calls given URLs custom', () => {
    assert.deepEqual(resolveEndpoints({}), {
      environment: 'production',
      authUrl: 'https://my.ogoship.com',
      apiUrl: 'https://api.ogoship.com',
    });
    assert.deepEqual(resolveEndpoints({ apiUrl: 'http://127.0.0.1:5/' }), {
      environment: 'custom',
      authUrl: 'http://127.0.0.1:5',
      apiUrl: 'http://127.0.0.1:5',
    });
  });
});
