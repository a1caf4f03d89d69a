// Whether OGOship answered the last time anything asked: one answer for the
// status bar, the sync and the outbox, learnt from every request the app makes
// (token calls and API calls alike) instead of each feature guessing its own.
// Sees only outcomes, never a request's headers or body.

/** Tracks reachability through a wrapped fetch. */
export interface Connectivity {
  /** A fetch that records whether the server could be reached. */
  readonly fetch: typeof globalThis.fetch;
  isOnline(): boolean;
}

// A caller's own cancel says nothing about the network; a timeout does.
function cancelledByCaller(init: RequestInit | undefined): boolean {
  const signal = init?.signal;
  if (!signal?.aborted) return false;
  const reason: unknown = signal.reason;
  return !(reason instanceof Error && reason.name === 'TimeoutError');
}

/** Builds the tracker; `onChange` hears every flip between online and offline. */
export function createConnectivity(
  onChange: (online: boolean) => void,
  baseFetch: typeof globalThis.fetch = globalThis.fetch,
): Connectivity {
  let online = true;

  function record(reached: boolean): void {
    if (reached === online) return;
    online = reached;
    onChange(online);
  }

  const trackedFetch: typeof globalThis.fetch = async (input, init) => {
    try {
      const response = await baseFetch(input, init);
      record(true);
      return response;
    } catch (error) {
      if (!cancelledByCaller(init)) record(false);
      throw error;
    }
  };

  return { fetch: trackedFetch, isOnline: () => online };
}
