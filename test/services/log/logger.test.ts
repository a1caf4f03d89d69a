// Tests for the logger: lines land in the configured file with module and level,
// rotation keeps a bounded number of files, and no secret ever reaches the file.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  configureLogging,
  createLogger,
  logFilePath,
  stopFileLogging,
} from '../../../electron/services/log/logger.js';
import { registerSecret } from '../../../electron/services/log/redact.js';

describe('logger', () => {
  let folder: string;

  before(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'ogo-log-'));
  });

  after(async () => {
    stopFileLogging();
    await fs.rm(folder, { recursive: true, force: true });
  });

  it('writes lines with the module name and drops those below the level', async () => {
    configureLogging({ folder, fileName: 'levels.log', level: 'info', console: false });
    const log = createLogger('auth');

    log.debug('debug line should not appear');
    log.info('signed in as %s', 'demo-merchant', { attempt: 1 });

    const text = await fs.readFile(path.join(folder, 'levels.log'), 'utf8');
    assert.equal(logFilePath(), path.join(folder, 'levels.log'));
    assert.match(text, /\[info\].*auth.*signed in as demo-merchant \{ attempt: 1 \}/);
    assert.ok(!text.includes('debug line'));
  });

  it('never writes a secret, whatever shape it is logged in', async () => {
    configureLogging({ folder, fileName: 'secrets.log', level: 'debug', console: false });
    const log = createLogger('vault');
    registerSecret('runtime-secret-value-42');

    log.info('token response', {
      access_token: 'AT-secret-1',
      refresh_token: 'RT-secret-2',
      expires_in: 5400,
    });
    log.debug(
      'POST body grant_type=password&username=m1&password=PW-secret-3&client_secret=CS-secret-4',
    );
    log.warn('header Authorization: Bearer AT-secret-5');
    log.error(new Error('keychain said no for runtime-secret-value-42'));
    log.info('stored', 'runtime-secret-value-42', { note: 'runtime-secret-value-42' });
    log.info(new URL('http://127.0.0.1/cb?key=WH-secret-6&ok=1'));

    const text = await fs.readFile(path.join(folder, 'secrets.log'), 'utf8');
    const secrets = [
      'AT-secret-1',
      'RT-secret-2',
      'PW-secret-3',
      'CS-secret-4',
      'AT-secret-5',
      'WH-secret-6',
    ];
    for (const secret of [...secrets, 'runtime-secret-value-42']) {
      assert.ok(!text.includes(secret), `${secret} reached the log:\n${text}`);
    }
    assert.match(text, /expires_in: 5400/);
    assert.match(text, /keychain said no for \[redacted\]/);
    assert.match(text, /ok=1/);
  });

  it('rotates the file and keeps only the configured number of old ones', async () => {
    configureLogging({
      folder,
      fileName: 'rotate.log',
      maxFileBytes: 2_000,
      keepFiles: 2,
      console: false,
    });
    const log = createLogger('sync');

    for (let line = 0; line < 200; line += 1) log.info(`line ${line} ${'x'.repeat(60)}`);

    const names = (await fs.readdir(folder)).filter((name) => name.startsWith('rotate'));
    assert.deepEqual(names.sort(), ['rotate.1.log', 'rotate.2.log', 'rotate.log']);
    const newest = await fs.readFile(path.join(folder, 'rotate.log'), 'utf8');
    assert.match(newest, /line 199 /);
    const sizes = await Promise.all(
      names.map(async (name) => (await fs.stat(path.join(folder, name))).size),
    );
    assert.ok(
      sizes.every((size) => size < 2_500),
      `sizes ${sizes.join(', ')}`,
    );
  });
});
