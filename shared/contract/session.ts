// Contract: signing in and out, and what the renderer may know of the session
// (who is signed in, and where) — never a secret. Secrets travel renderer → main
// once, inside session.signIn's input, and never come back.
import { z } from 'zod';
import { event, operation } from './define.js';

/** The session as the renderer sees it. */
export const sessionStateSchema = z.object({
  status: z.enum(['signedOut', 'signedIn', 'credentialsInvalid', 'keychainUnavailable']),
  merchantId: z.string().nullable(),
  environment: z.enum(['production', 'sandbox', 'custom']),
  message: z.string().nullable(),
});
export type SessionState = z.infer<typeof sessionStateSchema>;

/** OGOship's published demo application credentials, the default under "Advanced". */
export const DEMO_CLIENT = { clientId: '123456', clientSecret: 'abcdef' } as const;

/** What a merchant types to sign in. */
export const signInInputSchema = z.object({
  merchantId: z.string().trim().min(1, 'Enter your merchant ID').max(200),
  secretToken: z.string().min(1, 'Enter your secret token').max(500),
  clientId: z.string().trim().min(1, 'Enter a client ID').max(200).default(DEMO_CLIENT.clientId),
  clientSecret: z
    .string()
    .min(1, 'Enter a client secret')
    .max(500)
    .default(DEMO_CLIENT.clientSecret),
});
export type SignInInput = z.input<typeof signInInputSchema>;

export const sessionOperations = {
  'session.get': operation('Read who is signed in', z.object({}), sessionStateSchema),
  'session.signIn': operation(
    'Sign in to OGOship with a merchant ID and secret token',
    signInInputSchema,
    sessionStateSchema,
  ),
  'session.trySandbox': operation(
    'Start the built-in sandbox and sign in to it with its demo merchant',
    z.object({}),
    sessionStateSchema,
  ),
  'session.keepForThisSessionOnly': operation(
    'Without a system keychain: keep secrets in memory only, until OGO Desk quits',
    z.object({}),
    sessionStateSchema,
  ),
  'session.signOut': operation(
    "Sign out: remove the merchant's secrets from the keychain and the cached data from disk",
    z.object({}),
    sessionStateSchema,
  ),
};

export const sessionEvents = {
  'session.changed': event('The session state changed', sessionStateSchema),
};
