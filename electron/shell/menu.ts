// The application menu: the usual app, edit, view and window roles. View
// shortcuts (Ctrl+1, Ctrl+2, …) live in the renderer, so the menu needs no
// channel of its own. Never adds items that reach outside the app.
import { Menu, type MenuItemConstructorOptions } from 'electron';

/** Builds and installs the app menu. */
export function installMenu(isMac: boolean): void {
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
