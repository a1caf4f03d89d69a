// Picks the transport once: the Electron preload's `window.ogo` when present,
// otherwise the preview host's HTTP bridge. Nothing else in the renderer knows
// which one it got. Never falls back to anything without the token.
import type { OgoBridge } from '../../../shared/contract/index.js';
import { BridgeError, toBridgeError } from './errors.js';
import { adoptPreviewToken, createHttpBridge } from './http-bridge.js';

declare global {
  interface Window {
    ogo?: OgoBridge;
  }
}

let chosen: OgoBridge | null = null;

function missingBridge(): OgoBridge {
  const fail = () =>
    Promise.reject(
      new BridgeError({
        kind: 'auth',
        message:
          'This page was opened without its access token. Open the address npm start printed.',
      }),
    );
  return new Proxy({} as OgoBridge, {
    get: (_target, property) => (property === 'on' ? () => () => undefined : fail),
  });
}

/** The one bridge to the main side; calls reject with a BridgeError. */
export function bridge(): OgoBridge {
  if (chosen) return chosen;
  if (window.ogo) {
    chosen = window.ogo;
  } else {
    const token = adoptPreviewToken();
    chosen = token ? createHttpBridge(token) : missingBridge();
  }
  return chosen;
}

/** Calls one operation and normalises its failure to a BridgeError. */
export async function call<T>(run: (api: OgoBridge) => Promise<T>): Promise<T> {
  try {
    return await run(bridge());
  } catch (error) {
    throw toBridgeError(error);
  }
}

export { BridgeError, errorMessage } from './errors.js';
