// Wires the contract to Electron IPC: one ipcMain handler per operation, each
// refusing any sender that is not our window's own top frame, and the event
// bus forwarded to that window. Never exposes a raw channel or a secret.
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { OPERATION_NAMES } from '../../shared/contract/index.js';
import { ValidationError } from '../../shared/errors.js';
import type { CallResult, Router } from '../services/router.js';
import type { EventBus } from '../services/event-bus.js';
import { CALL_CHANNEL_PREFIX, EVENT_CHANNEL } from './channels.js';

/** Decides whether a frame URL belongs to our renderer. */
export type AppUrlCheck = (url: string) => boolean;

const REFUSED: CallResult = {
  ok: false,
  error: new ValidationError('This call did not come from the OGO Desk window.').toPayload(),
};

/** True when the call came from the top frame of our window, showing our page. */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  getWindow: () => BrowserWindow | null,
  isAppUrl: AppUrlCheck,
): boolean {
  const window = getWindow();
  const frame: WebFrameMain | null = event.senderFrame;
  if (!window || window.isDestroyed() || !frame) return false;
  if (event.sender !== window.webContents) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

/** Registers one handler per contract operation; returns a function removing them. */
export function registerOperations(
  ipcMain: IpcMain,
  router: Router,
  getWindow: () => BrowserWindow | null,
  isAppUrl: AppUrlCheck,
): () => void {
  for (const name of OPERATION_NAMES) {
    ipcMain.handle(`${CALL_CHANNEL_PREFIX}${name}`, async (event, input: unknown) => {
      if (!isTrustedSender(event, getWindow, isAppUrl)) return REFUSED;
      return router.call(name, input);
    });
  }
  return () => {
    for (const name of OPERATION_NAMES) ipcMain.removeHandler(`${CALL_CHANNEL_PREFIX}${name}`);
  };
}

/** Sends every contract event to the window while it lives. */
export function forwardEvents(bus: EventBus, getWindow: () => BrowserWindow | null): () => void {
  return bus.onAny((name, payload) => {
    const window = getWindow();
    if (window && !window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, name, payload);
  });
}
