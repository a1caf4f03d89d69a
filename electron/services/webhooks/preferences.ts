// Live-update settings and per-product low-stock thresholds, kept in the store.
// Nothing here is secret: keys and the ngrok authtoken live in the keychain and
// must never be written through this module.
import type { DatabaseSync } from 'node:sqlite';
import type { WebhookType } from '../../../shared/domain/webhook.js';
import {
  liveSettingsSchema,
  type LiveSettings,
  type StockThreshold,
} from '../../../shared/contract/webhooks.js';

/** What a fresh install uses. */
export const DEFAULT_LIVE_SETTINGS: LiveSettings = {
  tunnel: 'none',
  localtunnelHost: null,
  ngrokDomain: null,
  forwardedUrl: null,
  port: 0,
  notifyShipped: true,
  notifyLowStock: true,
  inboxRetentionDays: 30,
};

/** Reads and writes live settings and thresholds. */
export function createPreferences(db: DatabaseSync) {
  const readAll = db.prepare('SELECT name, value FROM live_settings');
  const write = db.prepare(
    'INSERT INTO live_settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
  );
  const thresholds = db.prepare('SELECT product_code, threshold FROM stock_thresholds ORDER BY product_code');
  const threshold = db.prepare('SELECT threshold FROM stock_thresholds WHERE product_code = ?');
  const setThreshold = db.prepare(
    'INSERT INTO stock_thresholds (product_code, threshold) VALUES (?, ?) ON CONFLICT (product_code) DO UPDATE SET threshold = excluded.threshold',
  );
  const clearThreshold = db.prepare('DELETE FROM stock_thresholds WHERE product_code = ?');

  return {
    /** The settings, with defaults for anything never set or no longer valid. */
    settings(): LiveSettings {
      const stored: Record<string, unknown> = {};
      for (const row of readAll.all() as { name: string; value: string }[]) stored[row.name] = JSON.parse(row.value);
      const merged = liveSettingsSchema.safeParse({ ...DEFAULT_LIVE_SETTINGS, ...stored });
      return merged.success ? merged.data : DEFAULT_LIVE_SETTINGS;
    },

    /** Validates and saves a partial change; returns the whole settings. */
    update(patch: Partial<LiveSettings>): LiveSettings {
      const next = liveSettingsSchema.parse({ ...this.settings(), ...patch });
      for (const [name, value] of Object.entries(patch)) {
        if (value !== undefined) write.run(name, JSON.stringify(next[name as keyof LiveSettings]));
      }
      return next;
    },

    /** Ids of the webhooks the app registered for itself (not secret). */
    appWebhookIds: {
      get: (): Partial<Record<WebhookType, string>> => readJson(db, 'appWebhookIds') ?? {},
      set: (ids: Partial<Record<WebhookType, string>>): void => void write.run('appWebhookIds', JSON.stringify(ids)),
    },

    /** Whether live updates should come back on at start (the user connected and never disconnected). */
    liveEnabled: (): boolean => readJson<boolean>(db, 'liveEnabled') ?? false,
    setLiveEnabled: (enabled: boolean): void => void write.run('liveEnabled', JSON.stringify(enabled)),

    /** Every threshold, by product code. */
    thresholds(): StockThreshold[] {
      return (thresholds.all() as { product_code: string; threshold: number }[]).map((row) => ({
        productCode: row.product_code,
        threshold: row.threshold,
      }));
    },

    /** One product's threshold, or null when none is set. */
    thresholdFor(productCode: string): number | null {
      const row = threshold.get(productCode) as { threshold: number } | undefined;
      return row?.threshold ?? null;
    },

    /** Forgets what belongs to the signed-in merchant: thresholds and the app's webhook ids. */
    clearMerchantData(): void {
      // liveEnabled stays: live updates on or off is the user's choice on this device, kept for the next sign-in.
      db.exec("DELETE FROM stock_thresholds; DELETE FROM live_settings WHERE name = 'appWebhookIds'");
    },

    /** Sets a threshold, or clears it with null. */
    setThreshold(productCode: string, value: number | null): void {
      if (value === null) clearThreshold.run(productCode);
      else setThreshold.run(productCode, value);
    },
  };
}

/** Live settings and thresholds over one database. */
export type Preferences = ReturnType<typeof createPreferences>;

function readJson<T>(db: DatabaseSync, name: string): T | null {
  const row = db.prepare('SELECT value FROM live_settings WHERE name = ?').get(name) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : null;
}
