// The error body shapes OGOship answers with. Pure schemas.
import { z } from 'zod';

/** REST API error body. */
export const apiErrorBodySchema = z.looseObject({
  statusCode: z.number().optional(),
  statusDescription: z.string().optional(),
  message: z.string().optional(),
});

/** OAuth 2 token endpoint error body. */
export const oauthErrorBodySchema = z.looseObject({
  error: z.string(),
  error_description: z.string().optional(),
});

/** Token endpoint success body. */
export const tokenResponseSchema = z.looseObject({
  access_token: z.string().min(1),
  token_type: z.string(),
  expires_in: z.coerce.number().positive(),
  refresh_token: z.string().min(1),
});
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

/** The scopes OGO Desk asks for: only what it uses. */
export const APP_SCOPES = [
  'read:order',
  'write:order',
  'read:product',
  'write:product',
  'read:webhook',
  'write:webhook',
] as const;
