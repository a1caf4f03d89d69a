// The app frame: sign-in until a merchant is signed in, then the sidebar, the
// current view, the first-sync banner and the status bar. Keyboard: Ctrl+1…9
// switch views.
import { useEffect } from 'react';
import { SignInView } from '../features/session/sign-in-view.js';
import { useSessionStore } from '../features/session/session-store.js';
import { StatusBar } from '../features/sync/status-bar.js';
import { SyncProgressBanner } from '../features/sync/sync-progress.js';
import { useSyncStore } from '../features/sync/sync-store.js';
import { useOrdersStore } from '../features/orders/orders-store.js';
import { useProductsStore } from '../features/products/products-store.js';
import { bridge } from '../bridge/index.js';
import { useAppStore } from './app-store.js';
import { Sidebar } from './sidebar.js';
import { StartupNotices } from './startup-notices.js';
import { VIEWS } from './views.js';

const REFRESH_EVERY_MS = 1500;

/** Refreshes the open tables while a sync stores pages, at most every 1.5 s. */
function useRefreshOnSync(): void {
  useEffect(() => {
    let last = 0;
    return useSyncStore.subscribe((state, previous) => {
      const finished = previous.status?.running && !state.status?.running;
      if (!finished && Date.now() - last < REFRESH_EVERY_MS) return;
      if (!finished && state.progress === previous.progress) return;
      last = Date.now();
      useOrdersStore.getState().refresh();
      useProductsStore.getState().refresh();
    });
  }, []);
}

/** Re-reads the open tables (and the open order or product) when live updates changed the cache. */
function useRefreshOnChanges(): void {
  useEffect(() => {
    const api = bridge();
    const offOrders = api.on('orders.changed', ({ references }) => {
      const orders = useOrdersStore.getState();
      orders.refresh();
      if (orders.selected && references.includes(orders.selected)) orders.select(orders.selected);
    });
    const offProducts = api.on('products.changed', ({ codes }) => {
      const products = useProductsStore.getState();
      products.refresh();
      if (
        products.selected &&
        products.editing.mode === 'none' &&
        codes.includes(products.selected)
      )
        products.select(products.selected);
    });
    return () => {
      offOrders();
      offProducts();
    };
  }, []);
}

function useViewShortcuts(): void {
  const showView = useAppStore((state) => state.showView);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const view = VIEWS[Number(event.key) - 1];
      if (!view) return;
      event.preventDefault();
      showView(view.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [showView]);
}

function SignedInApp() {
  const viewId = useAppStore((state) => state.view);
  const status = useSyncStore((state) => state.status);
  const progress = useSyncStore((state) => state.progress);
  const listen = useSyncStore((state) => state.listen);
  const view = VIEWS.find((item) => item.id === viewId) ?? VIEWS[0];
  const firstSync = status?.running === true && status.lastSyncAt === null;

  useEffect(() => listen(), [listen]);
  useRefreshOnSync();
  useRefreshOnChanges();
  useViewShortcuts();

  const Current = view?.component;
  return (
    <div className="app-frame">
      <Sidebar />
      <main className="app-main">
        {firstSync ? <SyncProgressBanner progress={progress} now={Date.now()} /> : null}
        {Current ? <Current /> : null}
      </main>
      <StatusBar />
    </div>
  );
}

/** The whole renderer. */
export function App() {
  const session = useSessionStore((state) => state.session);
  if (!session)
    return (
      <div className="splash" aria-busy="true">
        Starting OGO Desk…
      </div>
    );
  return (
    <>
      <StartupNotices />
      {session.status === 'signedIn' ? <SignedInApp key={session.merchantId ?? ''} /> : <SignInView />}
    </>
  );
}
