// Contract: signing in and out, and what the renderer may know of the session
// (who is signed in, and where) — never a secret.
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

export const sessionOperations = {
  'session.get': operation('Read who is signed in', z.object({}), sessionStateSchema),
};

export const sessionEvents = {
  'session.changed': event('The session state changed', sessionStateSchema),
};
