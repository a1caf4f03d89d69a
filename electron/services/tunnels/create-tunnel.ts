// Picks the tunnel provider the user's settings ask for. Never reads a secret
// itself: ngrok gets a function that reads its authtoken from the keychain.
import type { LiveSettings } from '../../../shared/contract/webhooks.js';
import { ValidationError } from '../../../shared/errors.js';
import { ForwardedProvider } from './forwarded-provider.js';
import { LocaltunnelProvider } from './localtunnel-provider.js';
import { NgrokProvider } from './ngrok-provider.js';
import type { TunnelProvider } from './provider.js';

/** Builds the provider for the chosen tunnel; 'none' has no provider. */
export function createTunnel(settings: LiveSettings, ngrokAuthtoken: () => Promise<string | null>): TunnelProvider {
  switch (settings.tunnel) {
    case 'localtunnel':
      return new LocaltunnelProvider({ host: settings.localtunnelHost });
    case 'ngrok':
      return new NgrokProvider({ authtoken: ngrokAuthtoken, domain: settings.ngrokDomain });
    case 'forwarded':
      return new ForwardedProvider(settings.forwardedUrl);
    case 'none':
      throw new ValidationError('No tunnel is chosen; live updates poll OGOship instead');
  }
}

export type { TunnelProvider, TunnelInfo } from './provider.js';
