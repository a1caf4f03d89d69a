// Contract: what the app as a whole tells the user at start, such as a damaged
// settings file or database that was restored or reset. Pure TypeScript: no Node
// or DOM API. Never carries a secret or a file's content, only what happened.
import { z } from 'zod';
import { operation } from './define.js';

/** One thing the user must be told about this start, shown until dismissed. */
export const startupNoticeSchema = z.object({
  id: z.string(),
  severity: z.enum(['warning', 'error']),
  title: z.string(),
  message: z.string(),
});
export type StartupNotice = z.infer<typeof startupNoticeSchema>;

export const appOperations = {
  'app.notices': operation(
    'Read what the user must be told about this start (damaged files restored or reset)',
    z.object({}),
    z.array(startupNoticeSchema),
  ),
};
