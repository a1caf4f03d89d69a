// Contract handlers of session.*: sign in (then sync in the background), try
// the built-in sandbox, and sign out (secrets out of the keychain, cache off the
// disk). Never returns or logs a secret: the session state carries none.
import type { SessionState, SignInInput } from '../../../shared/contract/session.js';
import type { Session } from '../auth/session.js';
import type { OperationHandlers } from '../router.js';

type SessionOperationName = Extract<keyof OperationHandlers, `session.${string}`>;

/** What the session handlers need from the services. */
export interface SessionHandlerDeps {
  /** The session of the current environment (switching to the sandbox replaces it). */
  session(): Pick<Session, 'state' | 'signIn' | 'signOut' | 'keepForThisSessionOnly'>;
  /** Starts the in-process sandbox, points the services at it, returns its demo sign-in. */
  switchToSandbox(): Promise<SignInInput>;
  /** Starts a sync without waiting for it. */
  syncInBackground(): void;
  /** Deletes the offline cache of the signed-out merchant. */
  clearCache(): Promise<void> | void;
  /** Runs while the API still works, before the session forgets its tokens (live updates remove their webhooks). */
  beforeSignOut?(): Promise<void>;
  /** Runs after a sign-in (live updates reconnect if the user left them on). */
  afterSignIn?(): void;
}

/** Handlers for every session.* operation. */
export function createSessionHandlers(
  deps: SessionHandlerDeps,
): Pick<OperationHandlers, SessionOperationName> {
  async function signedIn(state: SessionState): Promise<SessionState> {
    if (state.status === 'signedIn') {
      deps.syncInBackground();
      deps.afterSignIn?.();
    }
    return state;
  }

  return {
    'session.get': async () => deps.session().state(),
    'session.signIn': async (input) => signedIn(await deps.session().signIn(input)),
    'session.trySandbox': async () => {
      const credentials = await deps.switchToSandbox();
      return signedIn(await deps.session().signIn(credentials));
    },
    'session.keepForThisSessionOnly': async () => deps.session().keepForThisSessionOnly(),
    'session.signOut': async () => {
      await deps.beforeSignOut?.();
      const state = await deps.session().signOut();
      await deps.clearCache();
      return state;
    },
  };
}
