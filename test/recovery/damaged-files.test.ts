// Damaged files on disk: settings.json and the local database garbled or truncated
// between two runs. The app must still start, restore the last good copy or start
// clean, tell the user what was lost (app.notices, which the renderer shows), and
// keep the merchant's drafts wherever a good copy had them. Touches only temp folders.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, truncate, writeFile, stat, open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices, type Services } from '../../electron/services/create-services.js';
import { createHandlers } from '../../electron/services/handlers/index.js';
import { createRouter } from '../../electron/services/router.js';
import type { StartupNotice } from '../../shared/contract/app.js';

interface Rig {
  readonly dataDir: string;
  readonly keychainService: string;
}

async function start(rig: Rig): Promise<Services> {
  return createServices({ dataDir: rig.dataDir, keychainService: rig.keychainService, env: {}, logConsole: false, background: false });
}

/** What the renderer reads at start, through the real router. */
async function noticesOf(services: Services): Promise<StartupNotice[]> {
  const router = createRouter(createHandlers(services), () => undefined);
  const result = await router.call('app.notices', {});
  assert.equal(result.ok, true);
  return (result as { value: StartupNotice[] }).value;
}

/** Signs in to a fresh built-in sandbox as its demo merchant, as "Try the sandbox" does. */
async function signInToSandbox(services: Services): Promise<void> {
  const demo = await services.switchToSandbox();
  await services.session().signIn(demo);
}

/** First run: a draft and a UI preference, then a clean quit. Returns the draft's reference. */
async function firstRun(rig: Rig): Promise<string> {
  const services = await start(rig);
  try {
    await signInToSandbox(services);
    services.settings.update({ ui: { theme: 'dark', ordersColumns: ['reference', 'status'] } });
    return services.drafts.drafts.create().content.reference;
  } finally {
    await services.close();
  }
}

/** Second run after damage: what it says, and the drafts the merchant sees once signed in. */
async function secondRun(rig: Rig): Promise<{ notices: StartupNotice[]; drafts: string[]; theme: unknown; services: Services }> {
  const services = await start(rig);
  const notices = await noticesOf(services);
  await signInToSandbox(services);
  const drafts = services.drafts.drafts.list().map((draft) => draft.reference);
  return { notices, drafts, theme: services.settings.get().ui['theme'], services };
}

async function withRig(work: (rig: Rig) => Promise<void>): Promise<void> {
  const rig = { dataDir: await mkdtemp(join(tmpdir(), 'ogo-recovery-')), keychainService: `ogo-recovery-${randomUUID()}` };
  try {
    await work(rig);
  } finally {
    await rm(rig.dataDir, { recursive: true, force: true });
  }
}

async function garble(path: string, at: number, length: number): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.write(Buffer.alloc(length, 0xa7), 0, length, at);
  } finally {
    await handle.close();
  }
}

async function signOutAndClose(services: Services): Promise<void> {
  await services.session().signOut().catch(() => undefined);
  await services.close();
}

describe('damaged files on disk', () => {
  it('restores the last good settings when settings.json is truncated, and says so', async () => {
    await withRig(async (rig) => {
      const reference = await firstRun(rig);
      const file = join(rig.dataDir, 'settings.json');
      await writeFile(file, (await readFile(file, 'utf8')).slice(0, 9));
      const second = await secondRun(rig);
      try {
        assert.deepEqual(second.notices.map((notice) => notice.id), ['settings-restored']);
        assert.match(second.notices[0]!.message, /drafts .* are not affected/);
        assert.equal(second.theme, 'dark');
        assert.deepEqual(second.drafts, [reference]);
        assert.ok((await readdir(rig.dataDir)).some((name) => name.startsWith('settings.json.damaged-')));
      } finally {
        await signOutAndClose(second.services);
      }
    });
  });

  it('starts with default settings when both settings.json and its copy are garbled, and keeps the drafts', async () => {
    await withRig(async (rig) => {
      const reference = await firstRun(rig);
      await writeFile(join(rig.dataDir, 'settings.json'), Buffer.from([0x7b, 0xff, 0x00, 0x22, 0x9c]));
      await writeFile(join(rig.dataDir, 'settings.last-good.json'), '[1, 2');
      const second = await secondRun(rig);
      try {
        assert.deepEqual(second.notices.map((notice) => notice.id), ['settings-reset']);
        assert.match(second.notices[0]!.message, /back to their defaults/);
        assert.equal(second.theme, undefined);
        assert.deepEqual(second.drafts, [reference]);
        // The new file is good again, and so is its copy for the next start.
        assert.deepEqual(JSON.parse(await readFile(join(rig.dataDir, 'settings.last-good.json'), 'utf8')), JSON.parse(await readFile(join(rig.dataDir, 'settings.json'), 'utf8')));
      } finally {
        await signOutAndClose(second.services);
      }
    });
  });

  it('restores the last good database, drafts included, when ogo.db is garbled', async () => {
    await withRig(async (rig) => {
      const reference = await firstRun(rig);
      const file = join(rig.dataDir, 'ogo.db');
      await garble(file, 0, 64);
      await garble(file, 4096, 2048);
      const second = await secondRun(rig);
      try {
        assert.deepEqual(second.notices.map((notice) => notice.id), ['database-restored']);
        assert.match(second.notices[0]!.message, /Drafts and queued orders from that moment are back/);
        assert.deepEqual(second.drafts, [reference]);
        assert.equal(second.theme, 'dark');
        assert.ok((await readdir(rig.dataDir)).some((name) => name.startsWith('ogo.db.damaged-')));
      } finally {
        await signOutAndClose(second.services);
      }
    });
  });

  it('restores the last good database when ogo.db is truncated', async () => {
    await withRig(async (rig) => {
      const reference = await firstRun(rig);
      const file = join(rig.dataDir, 'ogo.db');
      await truncate(file, Math.floor((await stat(file)).size / 3));
      const second = await secondRun(rig);
      try {
        assert.deepEqual(second.notices.map((notice) => notice.id), ['database-restored']);
        assert.deepEqual(second.drafts, [reference]);
      } finally {
        await signOutAndClose(second.services);
      }
    });
  });

  it('starts with an empty database and says drafts were lost when the database and its copy are both garbled', async () => {
    await withRig(async (rig) => {
      await firstRun(rig);
      await garble(join(rig.dataDir, 'ogo.db'), 0, 4096);
      await garble(join(rig.dataDir, 'ogo.last-good.db'), 0, 4096);
      const second = await secondRun(rig);
      try {
        assert.deepEqual(second.notices.map((notice) => notice.id), ['database-reset']);
        assert.match(second.notices[0]!.message, /drafts and orders waiting to be sent are lost/);
        assert.deepEqual(second.drafts, []);
        // The clean database works: a new draft can be made and survives the next start.
        const fresh = second.services.drafts.drafts.create().content.reference;
        await second.services.close();
        const third = await secondRun(rig);
        try {
          assert.deepEqual(third.notices, []);
          assert.deepEqual(third.drafts, [fresh]);
        } finally {
          await signOutAndClose(third.services);
        }
      } catch (error) {
        await signOutAndClose(second.services);
        throw error;
      }
    });
  });

  it('says nothing on a normal start', async () => {
    await withRig(async (rig) => {
      const reference = await firstRun(rig);
      const second = await secondRun(rig);
      try {
        assert.deepEqual(second.notices, []);
        assert.deepEqual(second.drafts, [reference]);
      } finally {
        await signOutAndClose(second.services);
      }
    });
  });
});
