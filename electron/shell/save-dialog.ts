// The desktop side of "Export diagnostics": a native save dialog, so the bundle
// is written only where the user points. Never writes a file itself and never
// tells the renderer more than the chosen file's name.
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';

/** Asks where to save a zip (starting in Downloads); null when the user cancels. */
export function zipSaveDialog(getWindow: () => BrowserWindow | null) {
  return async (suggestedName: string): Promise<string | null> => {
    const options = {
      title: 'Save diagnostics',
      defaultPath: path.join(app.getPath('downloads'), suggestedName),
      filters: [{ name: 'Zip archive', extensions: ['zip'] }],
    };
    const window = getWindow();
    const result = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
}
