// Builds the service graph for a CLI run from the global options, and signs in:
// with the stored login, or (only against a sandbox) as its demo merchant.
import { DEMO_CREDENTIALS } from '../sandbox/index.js';
import { createServices, type Services } from '../services/create-services.js';
import { defaultDataDir } from '../services/settings/index.js';
import { AuthError, KeychainError } from '../../shared/errors.js';
import type { GlobalOptions } from './command.js';

/** Returns a lazy, memoised service factory for one CLI run, and its closer. */
export function serviceFactory(global: GlobalOptions, env: NodeJS.ProcessEnv) {
  let built: Promise<Services> | null = null;

  async function build(): Promise<Services> {
    const sandbox = global.sandbox;
    return createServices({
      dataDir: defaultDataDir(env),
      keychainService: env.OGO_KEYCHAIN_SERVICE || 'ogo-desk',
      authUrl: sandbox ?? global.authUrl,
      apiUrl: sandbox ?? global.apiUrl,
      environment: sandbox ? 'sandbox' : undefined,
      env,
      logConsole: false,
      background: false,
    });
  }

  async function services(options: { signIn?: boolean } = {}): Promise<Services> {
    built ??= build();
    const ready = await built;
    if (options.signIn !== false) await ensureSignedIn(ready, global);
    return ready;
  }

  async function close(): Promise<void> {
    if (built) await (await built).close();
  }

  return { services, close };
}

/** Signs in as the sandbox's demo merchant when nobody is, and only against a sandbox. */
async function ensureSignedIn(services: Services, global: GlobalOptions): Promise<void> {
  let state = services.session().state();
  if (state.status === 'signedIn') return;
  if (!global.sandbox) {
    if (state.status === 'keychainUnavailable')
      throw new KeychainError(state.message ?? 'The system keychain is not available.');
    throw new AuthError(
      state.message ??
        'Not signed in. Run `ogo login` first (or set OGO_MERCHANT_ID and OGO_SECRET_TOKEN).',
    );
  }
  if (state.status === 'keychainUnavailable')
    state = await services.session().keepForThisSessionOnly();
  await services.session().signIn({ ...DEMO_CREDENTIALS });
}
