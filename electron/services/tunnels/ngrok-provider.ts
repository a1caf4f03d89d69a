// Reaches the receiver through ngrok (`@ngrok/ngrok`): needs an account and its
// authtoken (kept in the keychain), gives a stable URL with a reserved domain.
// Must never log, echo or put the authtoken in an error message.
import { AuthError, OfflineError } from '../../../shared/errors.js';
import { TunnelBase, withoutSecret, type TunnelInfo, type TunnelProvider } from './provider.js';

/** The part of the ngrok module this provider uses; tests pass a stand-in. */
export interface NgrokModule {
  forward(config: {
    addr: string;
    authtoken: string;
    domain?: string;
    onStatusChange?: (status: string) => void;
  }): Promise<{ url(): string | null; close(): Promise<void> }>;
}

/** Options for the ngrok provider. */
export interface NgrokOptions {
  /** Reads the authtoken from the keychain when a tunnel starts. */
  readonly authtoken: () => Promise<string | null>;
  /** A reserved domain, for a URL that survives restarts. */
  readonly domain: string | null;
  /** Loads the native module lazily, so users of other tunnels never load it. */
  readonly load?: () => Promise<NgrokModule>;
}

// LIMIT: ngrok's service cannot be reached from the test machines; this class is covered by
// contract tests against a stand-in module, not against ngrok itself.
/** A tunnel through ngrok's service. */
export class NgrokProvider extends TunnelBase implements TunnelProvider {
  readonly kind = 'ngrok' as const;
  readonly #options: NgrokOptions;
  #listener: { close(): Promise<void> } | null = null;

  constructor(options: NgrokOptions) {
    super();
    this.#options = options;
  }

  /** Opens an ngrok endpoint forwarding to 127.0.0.1:localPort. */
  async start(localPort: number): Promise<TunnelInfo> {
    await this.stop();
    this.markStarting();
    const token = await this.#options.authtoken();
    if (!token) throw new AuthError('Add your ngrok authtoken before choosing the ngrok tunnel');

    const ngrok = await (this.#options.load ?? loadNgrok)();
    try {
      const listener = await ngrok.forward({
        addr: `127.0.0.1:${localPort}`,
        authtoken: token,
        ...(this.#options.domain ? { domain: this.#options.domain } : {}),
        onStatusChange: (status) => {
          if (status === 'closed') this.reportDrop('The ngrok session lost its connection');
        },
      });
      this.#listener = listener;
      const url = listener.url();
      if (!url) throw new Error('ngrok opened no URL');
      return { publicUrl: url };
    } catch (error) {
      await this.stop();
      throw describeFailure(error, token);
    }
  }

  /** Closes the ngrok endpoint; no 'close' event follows. */
  async stop(): Promise<void> {
    this.markStopping();
    const listener = this.#listener;
    this.#listener = null;
    await listener?.close().catch(() => undefined);
  }
}

async function loadNgrok(): Promise<NgrokModule> {
  return (await import('@ngrok/ngrok')) as unknown as NgrokModule;
}

function describeFailure(error: unknown, token: string): Error {
  const raw = error instanceof Error ? error.message : String(error);
  const message = withoutSecret(raw, token).slice(0, 300);
  if (/authtoken|authentication|ERR_NGROK_10[57]|ERR_NGROK_4018/i.test(message)) {
    return new AuthError(`ngrok refused the authtoken: ${message}`);
  }
  return new OfflineError(`ngrok could not open a tunnel: ${message}`);
}
