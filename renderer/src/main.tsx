// Renderer entry: mounts the app. Runs sandboxed with no Node; talks to the
// main side only through the bridge.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app/app.js';
import { bridge } from './bridge/index.js';
import { forwardRendererLogs } from './features/diagnostics/forward-logs.js';
import { useSessionStore } from './features/session/session-store.js';
import './styles/app.css';

// The CSP forbids eval; zod must not even probe for it (the probe is reported as a violation).
z.config({ jitless: true });

// Choose the transport first, so a preview token leaves the address bar before anything renders,
// and ask who is signed in while React mounts.
bridge();
forwardRendererLogs();
void useSessionStore.getState().load();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
