// App-wide UI state: which view is showing and the colour theme. Never holds
// data from the main side.
import { create } from 'zustand';

/** The colour theme: follow the system, or force one. */
export type Theme = 'system' | 'light' | 'dark';

const THEME_KEY = 'ogo.theme';

function savedTheme(): Theme {
  const value = localStorage.getItem(THEME_KEY);
  return value === 'light' || value === 'dark' ? value : 'system';
}

function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

interface AppState {
  view: string;
  theme: Theme;
  showView(view: string): void;
  setTheme(theme: Theme): void;
}

/** The app store. */
export const useAppStore = create<AppState>((set) => ({
  view: 'orders',
  theme: savedTheme(),
  showView: (view) => set({ view }),
  setTheme: (theme) => {
    localStorage.setItem(THEME_KEY, theme);
    applyTheme(theme);
    set({ theme });
  },
}));

applyTheme(useAppStore.getState().theme);
