// The Electron IPC channel names, shared by main and preload. Only the shell
// and the preload know channels exist; the renderer sees named functions.

/** Prefix of the one invoke channel per contract operation (`ogo:call:orders.list`). */
export const CALL_CHANNEL_PREFIX = 'ogo:call:';

/** The one channel carrying contract events from main to the window. */
export const EVENT_CHANNEL = 'ogo:event';
