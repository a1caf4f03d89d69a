// Public face of the settings module.
export {
  createConfSettings,
  createSettings,
  environmentSchema,
  settingsSchema,
  type Environment,
  type Settings,
  type SettingsBacking,
  type SettingsStore,
} from './settings.js';
export { defaultDataDir } from './data-dir.js';
export { PRODUCTION_ENDPOINTS, resolveEndpoints, type Endpoints } from './endpoints.js';
export { openSettingsWithRecovery, type RecoveredSettings } from './settings-recovery.js';
