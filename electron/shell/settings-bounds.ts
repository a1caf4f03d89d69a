// Keeps the window bounds in the services' settings (under ui.windowBounds).
// Never stores anything but four integers.
import type { Rectangle } from 'electron';
import type { SettingsStore } from '../services/settings/index.js';
import type { BoundsStore } from './window-state.js';

function isRectangle(value: unknown): value is Rectangle {
  if (typeof value !== 'object' || value === null) return false;
  const box = value as Record<string, unknown>;
  return (
    ['x', 'y', 'width', 'height'].every((key) => Number.isInteger(box[key])) &&
    (box.width as number) > 100 &&
    (box.height as number) > 100
  );
}

/** A BoundsStore over the settings file. */
export function settingsBoundsStore(settings: SettingsStore): BoundsStore {
  return {
    read: () => {
      const saved = settings.get().ui.windowBounds;
      return isRectangle(saved) ? saved : null;
    },
    write: ({ x, y, width, height }) => {
      const ui = settings.get().ui;
      settings.update({ ui: { ...ui, windowBounds: { x, y, width, height } } });
    },
  };
}
