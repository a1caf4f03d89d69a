// The sidebar: the list of views (features append to VIEWS), the theme
// switch and sign-out. Reads the app and session stores.
import { useAppStore, type Theme } from './app-store.js';
import { useSessionStore } from '../features/session/session-store.js';
import { VIEWS } from './views.js';

const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** The sidebar. */
export function Sidebar() {
  const current = useAppStore((state) => state.view);
  const showView = useAppStore((state) => state.showView);
  const theme = useAppStore((state) => state.theme);
  const setTheme = useAppStore((state) => state.setTheme);
  const signOut = useSessionStore((state) => state.signOut);
  const busy = useSessionStore((state) => state.busy);

  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">OGO Desk</div>
      <ul className="nav-list">
        {VIEWS.map((view, index) => (
          <li key={view.id}>
            <button
              type="button"
              className="nav-item"
              aria-current={view.id === current ? 'page' : undefined}
              onClick={() => showView(view.id)}
              title={index < 9 ? `Ctrl+${index + 1}` : undefined}
            >
              {view.label}
              {view.badge ? <view.badge /> : null}
            </button>
          </li>
        ))}
      </ul>
      <div className="sidebar-foot">
        <label className="theme-pick">
          <span>Theme</span>
          <select value={theme} onChange={(event) => setTheme(event.target.value as Theme)}>
            {THEMES.map((item) => (
              <option key={item.value} value={item.value}>
                {item.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button wide"
          onClick={() => void signOut()}
          disabled={busy !== null}
        >
          {busy === 'signOut' ? 'Signing out…' : 'Sign out'}
        </button>
      </div>
    </nav>
  );
}
