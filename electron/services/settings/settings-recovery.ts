// Opens settings.json so a garbled or truncated file never stops OGO Desk from
// starting: the damaged file is set aside and the last good copy (refreshed at
// every healthy start and every change) restored, or the defaults used, and the
// user is told which. Never deletes the damaged file; never holds a secret.
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { StartupNotice } from '../../../shared/contract/app.js';
import { createConfSettings, type SettingsStore } from './settings.js';

/** Settings opened with recovery, and what the user must be told about it (if anything). */
export interface RecoveredSettings {
  readonly settings: SettingsStore;
  readonly notice: StartupNotice | null;
}

/** Opens the settings in `dataDir`, restoring or resetting a damaged file. */
export function openSettingsWithRecovery(dataDir: string): RecoveredSettings {
  const file = join(dataDir, 'settings.json');
  const lastGood = join(dataDir, 'settings.last-good.json');
  let notice: StartupNotice | null = null;
  if (existsSync(file) && !isJsonObject(file)) {
    const keptAt = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(file, keptAt);
    if (existsSync(lastGood) && isJsonObject(lastGood)) {
      copyFileSync(lastGood, file);
      notice = settingsNotice('settings-restored', 'OGO Desk restored your last good settings.', keptAt);
    } else {
      notice = settingsNotice('settings-reset', 'No good copy was found, so the environment (OGOship, sandbox or custom addresses) and the look of tables are back to their defaults.', keptAt);
    }
  }
  const inner = createConfSettings(dataDir);
  // After a reset, write the defaults so a good file (and so a good copy) exists again.
  if (notice?.id === 'settings-reset') inner.update({});
  const keepCopy = () => copyAtomically(file, lastGood);
  keepCopy();
  const settings: SettingsStore = {
    get: () => inner.get(),
    update(patch) {
      const next = inner.update(patch);
      keepCopy();
      return next;
    },
  };
  return { settings, notice };
}

// Copies through a temp file of this process's own, then renames: the app and an `ogo`
// command may copy at once, and a reader must never see a half-written copy.
function copyAtomically(from: string, to: string): void {
  const partial = `${to}.${process.pid}-${randomBytes(4).toString('hex')}.partial`;
  try {
    copyFileSync(from, partial);
    renameSync(partial, to);
  } catch (error) {
    rmSync(partial, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    // No settings file yet is fine; so is losing the rename to another process's copy.
    if (code === 'ENOENT') return;
    if (!((code === 'EPERM' || code === 'EACCES' || code === 'EBUSY') && existsSync(to))) throw error;
  }
}

function isJsonObject(path: string): boolean {
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

function settingsNotice(id: string, what: string, keptAt: string): StartupNotice {
  return {
    id,
    severity: 'warning',
    title: 'The settings file was damaged',
    message: `${what} Your sign-in (kept in the system keychain) and your drafts (kept in the local database) are not affected. The damaged file was kept as ${keptAt}.`,
  };
}
