// Import view state: the chosen file's bytes, the user's overrides (encoding,
// delimiter, header mapping), the main side's preview, the keep-or-erase and
// concurrency choices, and the running import's progress and result. Never
// parses the CSV: the main side does, off the UI thread, from the bytes.
import { create } from 'zustand';
import type {
  ImportPreview,
  ImportProgressPayload,
  importDelimiterSchema,
  importEncodingSchema,
  importResultSchema,
  mappingProfileSchema,
  unfinishedImportSchema,
} from '../../../../shared/contract/import.js';
import type { ProductField } from '../../../../shared/domain/product.js';
import type { z } from 'zod';
import { bridge, call, errorMessage } from '../../bridge/index.js';
import { useSyncStore } from '../sync/sync-store.js';
import { fileToBase64 } from './file-bytes.js';
import { saveTextFile } from './save-text-file.js';

/** An encoding the user may pick. */
export type ImportEncoding = z.infer<typeof importEncodingSchema>;
/** A delimiter the user may pick. */
export type ImportDelimiter = z.infer<typeof importDelimiterSchema>;
/** The per-row outcome of an import. */
export type ImportResult = z.infer<typeof importResultSchema>;
/** A saved header mapping. */
export type MappingProfile = z.infer<typeof mappingProfileSchema>;
/** An import left unfinished by a crash, quit or cancel. */
export type UnfinishedImport = z.infer<typeof unfinishedImportSchema>;

type Mapping = Record<string, ProductField | null>;

interface ChosenFile {
  name: string;
  bytesBase64: string;
}

interface ImportState {
  file: ChosenFile | null;
  encoding: ImportEncoding | null;
  delimiter: ImportDelimiter | null;
  mapping: Mapping;
  preview: ImportPreview | null;
  previewing: boolean;
  erase: ProductField[];
  concurrency: number;
  importId: string | null;
  progress: ImportProgressPayload | null;
  result: ImportResult | null;
  profiles: MappingProfile[];
  unfinished: UnfinishedImport[];
  error: string | null;
  listen(): () => void;
  chooseFile(file: File): Promise<void>;
  setEncoding(encoding: ImportEncoding | null): Promise<void>;
  setDelimiter(delimiter: ImportDelimiter | null): Promise<void>;
  mapColumn(header: string, field: ProductField | null): Promise<void>;
  useProfile(name: string): Promise<void>;
  saveProfile(name: string): Promise<void>;
  deleteProfile(name: string): Promise<void>;
  setErase(field: ProductField, erase: boolean): void;
  setConcurrency(concurrency: number): void;
  start(): Promise<void>;
  pause(): Promise<void>;
  resume(importId?: string): Promise<void>;
  cancel(): Promise<void>;
  downloadFailed(): Promise<void>;
  reset(): void;
}

const FRESH = {
  file: null,
  encoding: null,
  delimiter: null,
  mapping: {},
  preview: null,
  previewing: false,
  erase: [],
  importId: null,
  progress: null,
  result: null,
  error: null,
} satisfies Partial<ImportState>;

const ENDED = new Set(['finished', 'cancelled', 'failed']);

/** The import store. */
export const useImportStore = create<ImportState>((set, get) => {
  let generation = 0;

  /** Asks the main side for a preview of the chosen bytes with the current overrides. */
  async function runPreview(): Promise<void> {
    const { file, encoding, delimiter, mapping } = get();
    if (!file) return;
    const mine = ++generation;
    set({ previewing: true, error: null });
    try {
      const preview = await call((api) =>
        api['import.preview']({
          source: file,
          ...(encoding ? { encoding } : {}),
          ...(delimiter ? { delimiter } : {}),
          ...(Object.keys(mapping).length > 0 ? { mapping } : {}),
        }),
      );
      if (mine !== generation) return;
      const erasable = new Set(preview.erasable.map((item) => item.field));
      set((state) => ({
        preview,
        previewing: false,
        erase: state.erase.filter((field) => erasable.has(field)),
      }));
    } catch (error) {
      if (mine === generation)
        set({ previewing: false, preview: null, error: errorMessage(error) });
    }
  }

  async function loadResult(importId: string): Promise<void> {
    try {
      const result = await call((api) => api['import.result']({ importId }));
      if (get().importId === importId) set({ result });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  }

  // Events may arrive before import.start answers; the latest of each import is kept for then.
  const latest = new Map<string, ImportProgressPayload>();
  let eventsSeen = 0;

  function onEvent(progress: ImportProgressPayload): void {
    eventsSeen += 1;
    latest.set(progress.importId, progress);
    onProgress(progress);
  }

  function onProgress(progress: ImportProgressPayload): void {
    if (progress.importId !== get().importId) return;
    set({ progress });
    if (!ENDED.has(progress.state)) return;
    void loadResult(progress.importId);
    // The catalogue cache learns the sent products from the next sync, so open views show them.
    if (progress.state === 'finished') void useSyncStore.getState().runNow();
  }

  async function control(kind: 'import.pause' | 'import.resume' | 'import.cancel', id: string) {
    set({ error: null });
    const seen = eventsSeen;
    try {
      const progress = await call((api) => api[kind]({ importId: id }));
      // An event that overtook this answer is newer (say 'cancelled' past 'cancelling').
      if (eventsSeen === seen) onProgress(progress);
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  }

  return {
    ...FRESH,
    concurrency: 4,
    profiles: [],
    unfinished: [],

    listen: () => {
      const off = bridge().on('import.progress', onEvent);
      void call((api) => api['import.profiles.list']({}))
        .then((profiles) => set({ profiles }))
        .catch(() => undefined);
      void call((api) => api['import.unfinished']({}))
        .then((unfinished) => set({ unfinished }))
        .catch(() => undefined);
      return off;
    },

    chooseFile: async (file) => {
      generation += 1;
      set({ ...FRESH, previewing: true });
      try {
        set({ file: { name: file.name, bytesBase64: await fileToBase64(file) } });
      } catch {
        set({ previewing: false, error: `${file.name} could not be read from the disk.` });
        return;
      }
      await runPreview();
    },
    setEncoding: async (encoding) => {
      set({ encoding });
      await runPreview();
    },
    setDelimiter: async (delimiter) => {
      set({ delimiter });
      await runPreview();
    },
    mapColumn: async (header, field) => {
      set((state) => ({ mapping: { ...state.mapping, [header]: field } }));
      await runPreview();
    },
    useProfile: async (name) => {
      const profile = get().profiles.find((item) => item.name === name);
      if (!profile) return;
      set({ mapping: { ...profile.mapping } });
      await runPreview();
    },
    saveProfile: async (name) => {
      const mapping = Object.fromEntries(
        (get().preview?.columns ?? []).map((column) => [column.header, column.field]),
      );
      try {
        const profiles = await call((api) => api['import.profiles.save']({ name, mapping }));
        set({ profiles, error: null });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
    deleteProfile: async (name) => {
      try {
        set({ profiles: await call((api) => api['import.profiles.delete']({ name })) });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
    setErase: (field, erase) =>
      set((state) => ({
        erase: erase
          ? [...state.erase.filter((item) => item !== field), field]
          : state.erase.filter((item) => item !== field),
      })),
    setConcurrency: (concurrency) => set({ concurrency }),

    start: async () => {
      const { preview, erase, concurrency } = get();
      if (!preview || preview.blocked) return;
      set({ error: null, result: null });
      try {
        const { importId } = await call((api) =>
          api['import.start']({ previewId: preview.previewId, erase, concurrency }),
        );
        set({ importId });
        const early = latest.get(importId);
        if (early) onProgress(early);
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
    pause: async () => {
      const id = get().importId;
      if (id) await control('import.pause', id);
    },
    resume: async (importId) => {
      const id = importId ?? get().importId;
      if (!id) return;
      if (importId) set({ ...FRESH, importId: id });
      await control('import.resume', id);
      set((state) => ({ unfinished: state.unfinished.filter((item) => item.importId !== id) }));
    },
    cancel: async () => {
      const id = get().importId;
      if (id) await control('import.cancel', id);
    },
    downloadFailed: async () => {
      const id = get().importId;
      if (!id) return;
      try {
        const { fileName, csv } = await call((api) => api['import.failedCsv']({ importId: id }));
        saveTextFile(fileName, csv, 'text/csv;charset=utf-8');
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
    reset: () => {
      generation += 1;
      set({ ...FRESH });
    },
  };
});
