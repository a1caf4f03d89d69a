// `ogo login` and `ogo logout`: the secret token is read from a pipe or a hidden
// prompt and handed to the session, which verifies it and keeps it in the OS
// keychain. It is never printed, logged or passed on the command line.
import { ValidationError } from '../../../shared/errors.js';
import type { CommandSpec } from '../command.js';
import { ask, readSecrets } from '../prompt.js';

/** Login and logout. */
export const commands: CommandSpec[] = [
  {
    name: 'login',
    summary:
      'Sign in with your merchant ID; the secret token is read from stdin or a hidden prompt',
    options: {
      merchant: { type: 'string', value: 'ID', help: 'merchant ID (asked for when missing)' },
      'client-id': {
        type: 'string',
        value: 'ID',
        help: 'your own client ID (default: the demo pair); its secret is read like the token, next line',
      },
    },
    async run({ options, out, services, global }) {
      const ready = await services({ signIn: false });
      const merchantId =
        typeof options.merchant === 'string' ? options.merchant : await ask('Merchant ID: ');
      const clientId = typeof options['client-id'] === 'string' ? options['client-id'] : undefined;
      const questions = [
        'Secret token (not shown): ',
        ...(clientId ? ['Client secret (not shown): '] : []),
      ];
      const [secretToken, clientSecret] = await readSecrets(questions);
      if (!merchantId || !secretToken || (clientId && !clientSecret)) {
        throw new ValidationError(
          'A merchant ID and a secret token (and a client secret with --client-id) are needed.',
        );
      }
      const client = clientId ? { clientId, clientSecret } : {};
      const state = await ready.session().signIn({ merchantId, secretToken, ...client });
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
