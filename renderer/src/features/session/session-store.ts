// The session as the renderer knows it (who is signed in, where), and the
// sign-in, sandbox and sign-out actions. Never keeps a secret after the call
// that sends it.
import { create } from 'zustand';
import type { SessionState, SignInInput } from '../../../../shared/contract/session.js';
import type { FieldProblem } from '../../../../shared/errors.js';
import { bridge, call } from '../../bridge/index.js';
import { toBridgeError } from '../../bridge/errors.js';

interface SessionStore {
  session: SessionState | null;
  busy: 'signIn' | 'sandbox' | 'signOut' | 'sessionOnly' | null;
  error: { kind: string; message: string; problems: FieldProblem[] } | null;
  load(): Promise<void>;
  signIn(input: SignInInput): Promise<void>;
  trySandbox(): Promise<void>;
  signOut(): Promise<void>;
  keepForThisSessionOnly(): Promise<void>;
}

/** The session store; subscribes to session.changed on first load. */
export const useSessionStore = create<SessionStore>((set, get) => {
  async function run(busy: NonNullable<SessionStore['busy']>, action: () => Promise<SessionState>) {
    if (get().busy) return;
    set({ busy, error: null });
    try {
      set({ session: await action(), busy: null });
    } catch (reason) {
      const error = toBridgeError(reason);
      set({
        busy: null,
        error: { kind: error.kind, message: error.message, problems: error.problems },
      });
    }
  }

  return {
    session: null,
    busy: null,
    error: null,
    load: async () => {
      bridge().on('session.changed', (session) => set({ session }));
      await run('signIn', () => call((api) => api['session.get']({})));
    },
    signIn: (input) => run('signIn', () => call((api) => api['session.signIn'](input))),
    trySandbox: () => run('sandbox', () => call((api) => api['session.trySandbox']({}))),
    signOut: () => run('signOut', () => call((api) => api['session.signOut']({}))),
    keepForThisSessionOnly: () =>
      run('sessionOnly', () => call((api) => api['session.keepForThisSessionOnly']({}))),
  };
});
