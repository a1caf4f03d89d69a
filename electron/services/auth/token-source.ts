// What the API client needs from auth: a current access token, and a way to say
// "the server refused this one". The token stays in memory; nothing here stores it.

/** Hands out access tokens; implemented by TokenManager and the session. */
export interface TokenSource {
  /** A token valid for a while yet; refreshes first when it is about to expire. */
  accessToken(signal?: AbortSignal): Promise<string>;
  /** Called on a 401 with the token that was refused: the next accessToken() refreshes once. */
  rejectAccessToken(token: string): Promise<void>;
}
