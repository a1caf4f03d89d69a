// `ogo login` and `ogo logout`: the secret token is read from a pipe or a hidden
// prompt and handed to the session, which verifies it and keeps it in the OS
// keychain. It is never printed, logged or passed on the command line.
import { ValidationError } from '../../../shared/errors.js';
import type { CommandSpec } from '../command.js';
import { ask, readSecret } from '../prompt.js';

/** Login and logout. */
export const commands: CommandSpec[] = [
  {
    name: 'login',
    summary:
      'Sign in with your merchant ID; the secret token is read from stdin or a hidden prompt',
    options: {
      merchant: { type: 'string', value: 'ID', help: 'merchant ID (asked for when missing)' },
    },
    async run({ options, out, services, global }) {
      const ready = await services({ signIn: false });
      const merchantId =
        typeof options.merchant === 'string' ? options.merchant : await ask('Merchant ID: ');
      const secretToken = await readSecret('Secret token (not shown): ');
      if (!merchantId || !secretToken)
        throw new ValidationError('A merchant ID and a secret token are both needed.');
      const state = await ready.session().signIn({ merchantId, secretToken });
      if (global.json) out.json(state);
      else out.line(`Signed in as merchant ${state.merchantId} (${state.environment}).`);
    },
  },
  {
    name: 'logout',
    summary: 'Sign out: remove the secrets from the keychain and the cached data from disk',
    async run({ out, services, global }) {
      const ready = await services({ signIn: false });
      const state = await ready.session().signOut();
      ready.store.clearCache();
      if (global.json) out.json(state);
      else out.line(state.message ?? 'Signed out.');
    },
  },
];
