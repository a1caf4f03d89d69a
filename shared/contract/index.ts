// The one list of everything the renderer may ask the main side, and everything
// the main side pushes back. Every transport (Electron IPC, browser preview HTTP)
// and every handler is typed from here; nothing else names a channel.
import type { z } from 'zod';
import { appOperations } from './app.js';
import type { EventSpec, OperationSpec } from './define.js';
import { diagnosticsOperations } from './diagnostics.js';
import { draftEvents, draftOperations } from './drafts.js';
import { importEvents, importOperations } from './import.js';
import { orderOperations } from './orders.js';
import { productOperations } from './products.js';
import { sessionEvents, sessionOperations } from './session.js';
import { syncEvents, syncOperations } from './sync.js';
import { webhookEvents, webhookOperations } from './webhooks.js';

/** Every operation, by name. Feature modules each contribute their own map. */
export const operations = {
  ...appOperations,
  ...sessionOperations,
  ...syncOperations,
  ...orderOperations,
  ...productOperations,
  ...draftOperations,
  ...webhookOperations,
  ...importOperations,
  ...diagnosticsOperations,
} as const satisfies Record<string, OperationSpec>;

/** Every event, by name. */
export const events = {
  ...sessionEvents,
  ...syncEvents,
  ...draftEvents,
  ...webhookEvents,
  ...importEvents,
} as const satisfies Record<string, EventSpec>;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type OperationInput<N extends OperationName> = z.input<Operations[N]['input']>;
export type OperationOutput<N extends OperationName> = z.output<Operations[N]['output']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<N extends EventName> = z.output<Events[N]['payload']>;

/** The typed API the renderer sees as `window.ogo`. */
export type OgoBridge = {
  [N in OperationName]: (input: OperationInput<N>) => Promise<OperationOutput<N>>;
} & {
  on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void;
};

/** Names of all operations, for transports that register one handler each. */
export const OPERATION_NAMES = Object.keys(operations) as OperationName[];
export const EVENT_NAMES = Object.keys(events) as EventName[];
