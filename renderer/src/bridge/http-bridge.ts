// The bridge over HTTP, for the browser preview: the same OgoBridge type as the
// Electron preload, calling POST /api/call/{operation} and reading events from
// /api/events, always with the launch token. The token lives in sessionStorage
// only, never in the URL after the first load.
import {
  EVENT_NAMES,
  OPERATION_NAMES,
  type EventName,
  type OgoBridge,
} from '../../../shared/contract/index.js';
import { BridgeError } from './errors.js';

const TOKEN_KEY = 'ogo.previewToken';
const TOKEN_HEADER = 'X-Ogo-Token';

/** Moves a `#token=` fragment into sessionStorage and returns the token. */
export function adoptPreviewToken(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

async function post(token: string, name: string, input: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`/api/call/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    throw new BridgeError({
      kind: 'internal',
      message: 'The OGO Desk preview host stopped answering. Restart it with npm start.',
    });
  }
  if (response.status === 401 || response.status === 403) {
    throw new BridgeError({
      kind: 'auth',
      message:
        'This page is not linked to the running preview host. Open the address npm start printed.',
    });
  }
  const result = (await response.json()) as
    { ok: true; value: unknown } | { ok: false; error: never };
  if (!result.ok) throw new BridgeError(result.error);
  return result.value;
}

type Relay = (name: EventName, payload: unknown) => void;

/** Reads the SSE stream with fetch (so the token stays in a header), reconnecting on loss. */
function streamEvents(token: string, relay: Relay): void {
  const connect = async (): Promise<void> => {
    const response = await fetch('/api/events', { headers: { [TOKEN_HEADER]: token } });
    if (!response.ok || !response.body) throw new Error('No event stream');
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      const blocks = buffer.split('\n\n');
      buffer = blocks.pop() ?? '';
      for (const block of blocks) {
        const data = block.split('\n').find((line) => line.startsWith('data: '));
        if (!data) continue;
        const message = JSON.parse(data.slice(6)) as { name: EventName; payload: unknown };
        relay(message.name, message.payload);
      }
    }
  };
  const loop = (): void => {
    connect()
      .catch(() => undefined)
      .finally(() => setTimeout(loop, 2000));
  };
  loop();
}

/** Builds an OgoBridge that talks to the preview host with the given token. */
export function createHttpBridge(token: string): OgoBridge {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  streamEvents(token, (name, payload) => {
    for (const listener of listeners.get(name) ?? []) listener(payload);
  });

  const bridge: Record<string, unknown> = {
    on(name: EventName, listener: (payload: unknown) => void) {
      if (!EVENT_NAMES.includes(name)) throw new Error(`Unknown event: ${String(name)}`);
      const set = listeners.get(name) ?? new Set();
      set.add(listener);
      listeners.set(name, set);
      return () => set.delete(listener);
    },
  };
  for (const name of OPERATION_NAMES) bridge[name] = (input: unknown) => post(token, name, input);
  return bridge as OgoBridge;
}
