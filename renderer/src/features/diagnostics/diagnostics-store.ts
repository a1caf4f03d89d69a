// Export diagnostics state: the bundle the main side prepared (file list and
// contents to read), and how saving went. Holds only what the main side already
// redacted; never builds or changes a file itself.
import { create } from 'zustand';
import type {
  DiagnosticsPreview,
  DiagnosticsSaved,
} from '../../../../shared/contract/diagnostics.js';
import { call, errorMessage } from '../../bridge/index.js';
import { saveZip } from './save-zip.js';

interface DiagnosticsState {
  preview: DiagnosticsPreview | null;
  openFile: string | null;
  busy: 'preparing' | 'saving' | null;
  saved: DiagnosticsSaved | null;
  error: string | null;
  prepare(): Promise<void>;
  showFile(name: string | null): void;
  save(): Promise<void>;
}

/** The diagnostics store. */
export const useDiagnosticsStore = create<DiagnosticsState>((set, get) => ({
  preview: null,
  openFile: null,
  busy: null,
  saved: null,
  error: null,

  async prepare() {
    set({ busy: 'preparing', error: null, saved: null });
    try {
      const preview = await call((api) => api['diagnostics.preview']({}));
      set({ preview, openFile: preview.files[0]?.name ?? null });
    } catch (error) {
      set({ error: errorMessage(error) });
    } finally {
      set({ busy: null });
    }
  },

  showFile(name) {
    set({ openFile: name });
  },

  async save() {
    const preview = get().preview;
    if (!preview) return;
    set({ busy: 'saving', error: null });
    try {
      const saved = await call((api) => api['diagnostics.save']({ bundleId: preview.bundleId }));
      if (saved.outcome === 'download') saveZip(saved.fileName, saved.zipBase64);
      set({ saved });
    } catch (error) {
      set({ error: errorMessage(error) });
    } finally {
      set({ busy: null });
    }
  },
}));
