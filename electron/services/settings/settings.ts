// Non-secret preferences: which OGOship environment to talk to, and the UI's own
// preferences. Behind a small interface so the Electron shell can back it with
// electron-store while plain Node (CLI, tests, preview) uses conf. Never holds a
// secret: credentials live in the keychain through the vault.
import Conf from 'conf';
import { z } from 'zod';

/** Where OGO Desk talks to: OGOship itself, the built-in sandbox, or URLs the user typed. */
export const environmentSchema = z.enum(['production', 'sandbox', 'custom']);
export type Environment = z.infer<typeof environmentSchema>;

const httpUrl = z.string().regex(/^https?:\/\/[^\s]+$/i, 'must be an http or https URL');

/** Every setting, with its default. */
export const settingsSchema = z.object({
  environment: environmentSchema.default('production'),
  /** Token server and API base used when `environment` is `custom`. */
  customAuthUrl: httpUrl.nullable().default(null),
  customApiUrl: httpUrl.nullable().default(null),
  /** The renderer's own preferences (column widths, theme …), opaque to the main side. */
  ui: z.record(z.string(), z.json()).default({}),
});
export type Settings = z.infer<typeof settingsSchema>;

/** What settings are kept in: conf and electron-store both fit (`store` is their whole content). */
export interface SettingsBacking {
  store: Record<string, unknown>;
}

/** Reads and changes settings; every write is validated as a whole. */
export interface SettingsStore {
  /** The current settings; a damaged file falls back to the defaults field by field. */
  get(): Settings;
  /** Merges `patch` in, validates, saves and returns the result. */
  update(patch: Partial<Settings>): Settings;
}

/** Wraps any backing (conf, electron-store, a plain object in tests) as a SettingsStore. */
export function createSettings(backing: SettingsBacking): SettingsStore {
  function get(): Settings {
    const parsed = settingsSchema.safeParse(backing.store);
    if (parsed.success) return parsed.data;
    // Keep the fields that still validate, so one bad value does not reset everything.
    const fields = Object.entries(backing.store).filter(([key, value]) => {
      const field = settingsSchema.shape[key as keyof Settings];
      return field !== undefined && field.safeParse(value).success;
    });
    return settingsSchema.parse(Object.fromEntries(fields));
  }

  function update(patch: Partial<Settings>): Settings {
    const next = settingsSchema.parse({ ...get(), ...patch });
    backing.store = next;
    return next;
  }

  return { get, update };
}

/** Settings in `settings.json` in the data folder, through conf (plain Node). */
export function createConfSettings(dataDir: string): SettingsStore {
  const conf = new Conf<Record<string, unknown>>({
    projectName: 'ogo-desk',
    cwd: dataDir,
    configName: 'settings',
  });
  return createSettings(conf);
}
