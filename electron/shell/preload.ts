// Preload for the sandboxed renderer: exposes `window.ogo`, one named function
// per contract operation plus `on(event, listener)` for pushes. Never exposes
// ipcRenderer, a channel name, or anything outside the contract.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_NAMES, OPERATION_NAMES, type EventName } from '../../shared/contract/index.js';
import type { CallResult } from '../services/router.js';
import { CALL_CHANNEL_PREFIX, EVENT_CHANNEL } from './channels.js';

type Listener = (payload: unknown) => void;

function callOperation(name: string) {
  return async (input: unknown): Promise<unknown> => {
    const result = (await ipcRenderer.invoke(
      `${CALL_CHANNEL_PREFIX}${name}`,
      input ?? {},
    )) as CallResult;
    // The error payload is plain data: it survives the context bridge whole,
    // where an Error object would arrive as its message alone.
    if (!result.ok) throw result.error;
    return result.value;
  };
}

function subscribe(name: EventName, listener: Listener): () => void {
  if (!EVENT_NAMES.includes(name)) throw new Error(`Unknown event: ${String(name)}`);
  if (typeof listener !== 'function') throw new Error('A listener must be a function');
  const relay = (_event: IpcRendererEvent, eventName: string, payload: unknown): void => {
    if (eventName === name) listener(payload);
  };
  ipcRenderer.on(EVENT_CHANNEL, relay);
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, relay);
  };
}

const bridge: Record<string, unknown> = { on: subscribe };
for (const name of OPERATION_NAMES) bridge[name] = callOperation(name);

contextBridge.exposeInMainWorld('ogo', bridge);
