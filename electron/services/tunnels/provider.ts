// What every way of reaching the local receiver from the internet looks like to
// the live-updates manager. Providers must never log or expose a tunnel token.
import { EventEmitter } from 'node:events';
import type { TunnelKind } from '../../../shared/contract/webhooks.js';

/** A started tunnel's address. */
export interface TunnelInfo {
  readonly publicUrl: string;
}

/**
 * A tunnel provider: start it on a local port. It emits 'close' (reason: string)
 * when the tunnel drops by itself, and 'error' (Error) before that when it has one.
 */
export interface TunnelProvider extends EventEmitter {
  readonly kind: Exclude<TunnelKind, 'none'>;
  start(localPort: number): Promise<TunnelInfo>;
  stop(): Promise<void>;
}

/** Shared plumbing: reports a drop once, and errors only to someone listening. */
export abstract class TunnelBase extends EventEmitter {
  #stopping = false;

  /** True between stop() and the next start(). */
  protected get stopping(): boolean {
    return this.#stopping;
  }

  protected markStarting(): void {
    this.#stopping = false;
  }

  protected markStopping(): void {
    this.#stopping = true;
  }

  /** Tells listeners the tunnel is gone, unless we closed it ourselves. */
  protected reportDrop(reason: string, error?: Error): void {
    if (this.#stopping) return;
    this.#stopping = true;
    if (error && this.listenerCount('error') > 0) this.emit('error', error);
    this.emit('close', reason);
  }
}

/** Removes every occurrence of a secret from a message before it goes anywhere. */
export function withoutSecret(message: string, secret: string | null): string {
  if (!secret) return message;
  return message.split(secret).join('[removed]');
}
