// Where OGO Desk keeps its files (settings, the local database, logs) when no
// one says otherwise. Never a secret in there: those live in the keychain.
import { homedir } from 'node:os';
import { join } from 'node:path';

/** `$OGO_DATA_DIR`, else the platform's app-data folder (XDG data home on Linux). */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.OGO_DATA_DIR) return env.OGO_DATA_DIR;
  const home = env.HOME ?? homedir();
  if (platform === 'win32')
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'ogo-desk');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'ogo-desk');
  return join(env.XDG_DATA_HOME ?? join(home, '.local', 'share'), 'ogo-desk');
}
