// What the status bar shows: online or offline, the last sync, and the running
// sync's progress. Fed by sync.status and sync.progress events; never starts a
// sync on its own except the one right after sign-in.
import { create } from 'zustand';
import type {
  SyncProgress,
  SyncResourceName,
  SyncStatus,
} from '../../../../shared/contract/sync.js';
import { bridge, call, errorMessage } from '../../bridge/index.js';

interface SyncState {
  status: SyncStatus | null;
  progress: Partial<Record<SyncResourceName, SyncProgress>>;
  error: string | null;
  listen(): () => void;
  runNow(): Promise<void>;
}

/** The sync store. */
export const useSyncStore = create<SyncState>((set) => ({
  status: null,
  progress: {},
  error: null,
  listen: () => {
    const api = bridge();
    const offProgress = api.on('sync.progress', (progress) =>
      set((state) => ({ progress: { ...state.progress, [progress.resource]: progress } })),
    );
    const offStatus = api.on('sync.status', (status) => {
      set((state) => ({ status, progress: status.running ? state.progress : {} }));
    });
    void call((api) => api['sync.status']({}))
      .then((status) => set({ status }))
      .catch((error) => set({ error: errorMessage(error) }));
    return () => {
      offProgress();
      offStatus();
    };
  },
  runNow: async () => {
    set({ error: null });
    try {
      const result = await call((api) => api['sync.run']({}));
      set({ status: result.status, progress: {} });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
}));
