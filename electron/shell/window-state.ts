// Remembers the window's bounds between launches (kept in the settings file via
// the services) and restores them only where they still fit a screen.
// Never stores anything but geometry.
import { screen, type BrowserWindow, type Rectangle } from 'electron';

/** Where the bounds are kept; the services' settings implement it. */
export interface BoundsStore {
  read(): Rectangle | null;
  write(bounds: Rectangle): void;
}

const DEFAULT_SIZE = { width: 1280, height: 800 };

/** The saved bounds if they still overlap a display, else a default size. */
export function initialBounds(store: BoundsStore): Partial<Rectangle> {
  const saved = store.read();
  if (!saved) return DEFAULT_SIZE;
  const visible = screen
    .getAllDisplays()
    .some(
      ({ workArea }) =>
        saved.x < workArea.x + workArea.width &&
        saved.x + saved.width > workArea.x &&
        saved.y < workArea.y + workArea.height &&
        saved.y + saved.height > workArea.y,
    );
  return visible ? saved : { width: saved.width, height: saved.height };
}

/** Saves the bounds whenever the user stops moving or resizing the window. */
export function trackBounds(window: BrowserWindow, store: BoundsStore): void {
  let timer: NodeJS.Timeout | undefined;
  const save = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!window.isDestroyed() && !window.isMinimized()) store.write(window.getNormalBounds());
    }, 400);
  };
  window.on('resize', save);
  window.on('move', save);
  window.on('close', () => {
    clearTimeout(timer);
    store.write(window.getNormalBounds());
  });
}
