// Reaches the receiver through a localtunnel server (the public localtunnel.me or
// a self-hosted one). No account and no secret, but the public URL changes on
// every start and the free server drops tunnels; the manager re-points webhooks.
import localtunnel from 'localtunnel';
import { OfflineError } from '../../../shared/errors.js';
import { TunnelBase, type TunnelInfo, type TunnelProvider } from './provider.js';

/** The localtunnel client's own default server. */
export const DEFAULT_LOCALTUNNEL_HOST = 'https://localtunnel.me';

/** Options for the localtunnel provider. */
export interface LocaltunnelOptions {
  /** Server base URL; null means the public localtunnel.me. */
  readonly host: string | null;
  readonly startTimeoutMs?: number;
}

/** A tunnel through a localtunnel server. */
export class LocaltunnelProvider extends TunnelBase implements TunnelProvider {
  readonly kind = 'localtunnel' as const;
  readonly #host: string;
  readonly #startTimeoutMs: number;
  #tunnel: localtunnel.Tunnel | null = null;

  constructor(options: LocaltunnelOptions) {
    super();
    this.#host = (options.host ?? DEFAULT_LOCALTUNNEL_HOST).replace(/\/+$/, '');
    this.#startTimeoutMs = options.startTimeoutMs ?? 20_000;
  }

  /** Opens a tunnel to 127.0.0.1:localPort and returns its public URL. */
  async start(localPort: number): Promise<TunnelInfo> {
    await this.stop();
    this.markStarting();
    await probeServer(this.#host);

    const tunnel = await this.#open(localPort);
    this.#tunnel = tunnel;
    tunnel.on('error', (error: Error) => {
      this.#tunnel = null;
      tunnel.close();
      this.reportDrop(`The localtunnel connection broke: ${error.message}`, error);
    });
    tunnel.on('close', () => this.reportDrop('The localtunnel tunnel closed'));
    return { publicUrl: tunnel.url };
  }

  /** Closes the tunnel; no 'close' event follows. */
  async stop(): Promise<void> {
    this.markStopping();
    const tunnel = this.#tunnel;
    this.#tunnel = null;
    tunnel?.close();
  }

  #open(localPort: number): Promise<localtunnel.Tunnel> {
    return new Promise((resolve, reject) => {
      // The receiver listens on IPv4 loopback only; the client's default "localhost" may resolve to ::1.
      const options = { port: localPort, host: this.#host, local_host: '127.0.0.1' };
      const timer = setTimeout(() => {
        // LIMIT: the localtunnel client keeps retrying its first request in the
        // background after close(); it gives up only when the server answers.
        tunnel.close();
        reject(new OfflineError(`The localtunnel server ${this.#host} did not open a tunnel in time`));
      }, this.#startTimeoutMs);
      const tunnel = localtunnel(options, (error) => {
        clearTimeout(timer);
        if (error) reject(new OfflineError(`The localtunnel server refused a tunnel: ${String(error)}`));
        else resolve(tunnel);
      });
    });
  }
}

// The client retries an unreachable server forever, so ask once ourselves first:
// any HTTP answer means the server is there.
async function probeServer(host: string): Promise<void> {
  try {
    const response = await fetch(`${host}/api/status`, { signal: AbortSignal.timeout(8_000) });
    await response.body?.cancel();
  } catch {
    throw new OfflineError(`The localtunnel server ${host} cannot be reached`);
  }
}
