// Drafts view state: the drafts list, the outbox status (badge), the open
// draft as the editor holds it, and the debounced save that sends every change
// to the main side within 300 ms. Never decides a draft's fate: the main side does.
import { create } from 'zustand';
import type { DraftSummary, DraftView, OutboxStatus } from '../../../../shared/contract/drafts.js';
import type { DraftContent } from '../../../../shared/domain/draft.js';
import type { FieldProblem } from '../../../../shared/errors.js';
import { bridge, call, errorMessage } from '../../bridge/index.js';
import { toBridgeError } from '../../bridge/errors.js';

const SAVE_AFTER_MS = 300;

interface DraftsState {
  drafts: DraftSummary[];
  outbox: OutboxStatus | null;
  open: DraftView | null;
  /** Problems of the last failed action (send, retry), at their fields. */
  problems: FieldProblem[];
  error: string | null;
  saving: boolean;
  listen(): () => void;
  reload(): Promise<void>;
  openDraft(id: string | null): Promise<void>;
  start(how: 'new' | 'duplicate' | 'editLive', reference?: string): Promise<void>;
  edit(change: (content: DraftContent) => DraftContent): void;
  flush(): Promise<void>;
  send(): Promise<void>;
  remove(): Promise<void>;
  retry(id: string): Promise<void>;
  sendNow(): Promise<void>;
  changeReference(id: string, reference: string): Promise<void>;
  keepExisting(id: string): Promise<void>;
}

/** The drafts store. */
export const useDraftsStore = create<DraftsState>((set, get) => {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: Promise<void> = Promise.resolve();

  async function act(work: () => Promise<DraftView | void>): Promise<void> {
    try {
      const view = await work();
      if (view) set({ open: view, problems: [], error: null });
      await get().reload();
    } catch (error) {
      const failure = toBridgeError(error);
      set({ error: failure.message, problems: failure.problems });
    }
  }

  function save(): void {
    const open = get().open;
    if (!open) return;
    const { id, content } = open;
    set({ saving: true });
    pending = pending.then(async () => {
      try {
        const view = await call((api) => api['drafts.update']({ id, content }));
        // Keep what the user typed meanwhile; take the problems and state from the main side.
        set((state) => ({
          open: state.open?.id === id ? { ...view, content: state.open.content } : state.open,
          error: null,
        }));
      } catch (error) {
        set({ error: errorMessage(error) });
      } finally {
        set({ saving: timer !== null });
      }
    });
  }

  return {
    drafts: [],
    outbox: null,
    open: null,
    problems: [],
    error: null,
    saving: false,
    listen: () =>
      bridge().on('outbox.changed', (outbox) => {
        set({ outbox });
        const open = get().open;
        const item = open ? outbox.items.find((entry) => entry.id === open.id) : undefined;
        if (open && item && item.state !== open.state) void get().openDraft(open.id);
        void get().reload();
      }),
    async reload() {
      try {
        const [drafts, outbox] = await Promise.all([
          call((api) => api['drafts.list']({})),
          call((api) => api['outbox.list']({})),
        ]);
        set({ drafts, outbox });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
    async openDraft(id) {
      await get().flush();
      if (id === null) return set({ open: null, problems: [] });
      await act(async () => (await call((api) => api['drafts.get']({ id }))) ?? undefined);
    },
    async start(how, reference = '') {
      await get().flush();
      await act(() =>
        call((api) => {
          if (how === 'new') return api['drafts.create']({});
          return how === 'duplicate'
            ? api['drafts.duplicate']({ reference })
            : api['drafts.editLive']({ reference });
        }),
      );
    },
    edit(change) {
      const open = get().open;
      if (!open) return;
      set({ open: { ...open, content: change(open.content) } });
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        save();
      }, SAVE_AFTER_MS);
      set({ saving: true });
    },
    async flush() {
      if (timer) {
        clearTimeout(timer);
        timer = null;
        save();
      }
      await pending;
    },
    async send() {
      await get().flush();
      const id = get().open?.id;
      if (id) await act(() => call((api) => api['drafts.send']({ id })));
    },
    async remove() {
      await get().flush();
      const id = get().open?.id;
      if (!id) return;
      await act(async () => {
        await call((api) => api['drafts.delete']({ id }));
        set({ open: null });
      });
    },
    retry: (id) => act(() => call((api) => api['outbox.retry']({ id }))),
    sendNow: () => act(async () => void (await call((api) => api['outbox.sendNow']({})))),
    changeReference: (id, reference) =>
      act(() =>
        call((api) => api['outbox.resolveConflict']({ id, action: 'changeReference', reference })),
      ),
    keepExisting: (id) =>
      act(() => call((api) => api['outbox.resolveConflict']({ id, action: 'keepExisting' }))),
  };
});
