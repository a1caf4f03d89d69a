// Live updates state: the receiver/tunnel status, the tunnel settings, the
// delivery inbox and its search. Fed by 'live.status' and 'webhooks.delivery'
// events. Never holds a webhook key or tunnel token: the ngrok authtoken
// passes straight through to the keychain and comes back only as "set".
import { create } from 'zustand';
import type { InboxEntry, LiveSettings, LiveStatus } from '../../../../shared/contract/webhooks.js';
import { bridge, call, errorMessage } from '../../bridge/index.js';

// LIMIT: the inbox shows the newest 200 matching deliveries; older ones are reached by
// searching, not by paging back (the contract's beforeId is not used yet).
const INBOX_PAGE = 200;

interface LiveState {
  status: LiveStatus | null;
  settings: LiveSettings | null;
  busy: 'connect' | 'disconnect' | 'settings' | null;
  inbox: InboxEntry[];
  inboxText: string;
  error: string | null;
  listen(): () => void;
  saveSettings(patch: Partial<LiveSettings>): Promise<boolean>;
  connect(patch: Partial<LiveSettings>): Promise<void>;
  disconnect(): Promise<void>;
  setNgrokAuthtoken(token: string | null): Promise<void>;
  searchInbox(text: string): Promise<void>;
  replay(id: number): Promise<void>;
}

/** The live-updates store. */
export const useLiveStore = create<LiveState>((set, get) => {
  async function loadInbox(): Promise<void> {
    try {
      const text = get().inboxText;
      const inbox = await call((api) => api['webhooks.inbox.search']({ text, limit: INBOX_PAGE }));
      if (get().inboxText === text) set({ inbox });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  }

  async function guarded(busy: LiveState['busy'], work: () => Promise<void>): Promise<boolean> {
    set({ busy, error: null });
    try {
      await work();
      return true;
    } catch (error) {
      set({ error: errorMessage(error) });
      return false;
    } finally {
      set({ busy: null });
    }
  }

  return {
    status: null,
    settings: null,
    busy: null,
    inbox: [],
    inboxText: '',
    error: null,

    listen: () => {
      const api = bridge();
      const offStatus = api.on('live.status', (status) => set({ status }));
      // A delivery is announced when recorded and again with its outcome; a re-read keeps the search's order.
      const offDelivery = api.on('webhooks.delivery', () => void loadInbox());
      void call((api) => api['live.status']({}))
        .then((status) => set({ status }))
        .catch((error) => set({ error: errorMessage(error) }));
      void call((api) => api['live.settings.get']({}))
        .then((settings) => set({ settings }))
        .catch((error) => set({ error: errorMessage(error) }));
      void loadInbox();
      return () => {
        offStatus();
        offDelivery();
      };
    },

    saveSettings: async (patch) => {
      // Switches flip at once; a refused change puts the previous settings back.
      const before = get().settings;
      if (before) set({ settings: { ...before, ...patch } });
      const saved = await guarded('settings', async () => {
        set({ settings: await call((api) => api['live.settings.set'](patch)) });
      });
      if (!saved) set({ settings: before });
      return saved;
    },
    connect: async (patch) => {
      if (!(await get().saveSettings(patch))) return;
      await guarded('connect', async () => {
        set({ status: await call((api) => api['live.connect']({})) });
      });
    },
    disconnect: async () => {
      await guarded('disconnect', async () => {
        set({ status: await call((api) => api['live.disconnect']({})) });
      });
    },
    setNgrokAuthtoken: async (authtoken) => {
      await guarded('settings', async () => {
        set({ status: await call((api) => api['live.ngrokAuthtoken.set']({ authtoken })) });
      });
    },
    searchInbox: async (text) => {
      set({ inboxText: text });
      await loadInbox();
    },
    replay: async (id) => {
      try {
        await call((api) => api['webhooks.inbox.replay']({ id }));
        await loadInbox();
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
  };
});
