// The one demo account the sandbox accepts. These are public demo values, not
// secrets; real credentials never pass through the sandbox.

// LIMIT: one merchant per sandbox; every token sees the same account.

/** The merchant and client credentials a sandbox accepts. */
export interface SandboxCredentials {
  readonly merchantId: string;
  readonly secretToken: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

/** Demo merchant and client credentials the sandbox accepts (printed by `ogo sandbox`). */
export const DEMO_CREDENTIALS = {
  merchantId: 'demo-merchant',
  secretToken: 'demo-secret',
  clientId: '123456',
  clientSecret: 'abcdef',
} as const satisfies SandboxCredentials;
