// Typed main-side event bus: services emit contract events here and every host
// (Electron IPC, browser preview) forwards them to its renderers.
// Never carries a secret: payloads are the contract's, validated on emit.
import { EventEmitter } from 'node:events';
import { events, type EventName, type EventPayload } from '../../shared/contract/index.js';

/** Publishes contract events to whoever listens. */
export class EventBus {
  readonly #emitter = new EventEmitter();

  constructor() {
    this.#emitter.setMaxListeners(100);
  }

  /** Validates the payload against the contract, then delivers it. */
  emit<N extends EventName>(name: N, payload: EventPayload<N>): void {
    const checked = events[name].payload.parse(payload) as EventPayload<N>;
    this.#emitter.emit('event', name, checked);
  }

  /** Listens to every event; returns the unsubscribe function. */
  onAny(listener: (name: EventName, payload: unknown) => void): () => void {
    this.#emitter.on('event', listener);
    return () => this.#emitter.off('event', listener);
  }

  /** Listens to one event; returns the unsubscribe function. */
  on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void {
    const filtered = (eventName: EventName, payload: unknown): void => {
      if (eventName === name) listener(payload as EventPayload<N>);
    };
    return this.onAny(filtered);
  }
}
