// The user's own public address (a reverse proxy or router rule) that already
// forwards to the receiver's port. Nothing to start; the URL never changes.
import { ValidationError } from '../../../shared/errors.js';
import { TunnelBase, type TunnelInfo, type TunnelProvider } from './provider.js';

/** A public URL the user forwards to this machine themselves. */
export class ForwardedProvider extends TunnelBase implements TunnelProvider {
  readonly kind = 'forwarded' as const;
  readonly #publicUrl: string;

  constructor(publicUrl: string | null) {
    super();
    if (!publicUrl || !/^https?:\/\/[^\s/]+/i.test(publicUrl)) {
      throw new ValidationError('Enter the public URL that forwards to this computer', [
        { field: 'forwardedUrl', message: 'Enter an http or https URL' },
      ]);
    }
    this.#publicUrl = publicUrl.replace(/\/+$/, '');
  }

  /** Returns the configured URL; the user keeps the forwarding up. */
  async start(): Promise<TunnelInfo> {
    this.markStarting();
    return { publicUrl: this.#publicUrl };
  }

  /** Nothing to stop; the user's forwarding stays as it is. */
  async stop(): Promise<void> {
    this.markStopping();
  }
}
