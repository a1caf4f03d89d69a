// The browser preview as one unit: the service graph, the handlers, the router
// and the loopback host, started and stopped together. Used by `npm start`
// (without Electron) and the end-to-end tests. Never logs the token-bearing URL
// itself: the caller decides whom to show it to.
import path from 'node:path';
import { createServices, type Services, type ServicesConfig } from '../services/create-services.js';
import { createHandlers } from '../services/handlers/index.js';
import { createRouter } from '../services/router.js';
import { startPreviewServer, type PreviewServer } from './server.js';

/** How to start the preview. */
export interface PreviewAppOptions {
  services: ServicesConfig;
  rendererDir: string;
  port?: number;
}

/** A running preview: the server and the services behind it. */
export interface PreviewApp extends PreviewServer {
  services: Services;
}

// LIMIT: 'notify' events reach the page but the preview shows no desktop notification; only the
// Electron shell turns them into one (a browser would need a permission prompt the CSP setup avoids).

/** Builds the services and serves them and the renderer on 127.0.0.1. */
export async function startPreviewApp(options: PreviewAppOptions): Promise<PreviewApp> {
  const services = await createServices(options.services);
  const router = createRouter(createHandlers(services), (name, error) =>
    services.log.error(`operation ${name} failed`, error),
  );
  let server: PreviewServer;
  try {
    server = await startPreviewServer({
      router,
      bus: services.events,
      rendererDir: path.resolve(options.rendererDir),
      port: options.port,
      reportFailure: (what, error) => services.log.error(`preview host: ${what}`, error),
    });
  } catch (error) {
    await services.close();
    throw error;
  }
  return {
    ...server,
    services,
    close: async () => {
      await server.close();
      await services.close();
    },
  };
}
