// Shows the desktop notifications the services ask for ('notify' events):
// an order shipped, stock running low. A click brings the window forward and
// opens the event's link in the system browser after the scheme check. Never
// puts anything but the event's own title and body on screen.
import { Notification, type BrowserWindow } from 'electron';
import type { EventBus } from '../services/event-bus.js';
import { openExternally } from './security.js';

/** Turns 'notify' events into desktop notifications; returns the unsubscribe function. */
export function showNotifications(
  bus: EventBus,
  getWindow: () => BrowserWindow | null,
): () => void {
  return bus.on('notify', ({ title, body, url }) => {
    if (!Notification.isSupported()) return;
    const notification = new Notification({ title, body });
    notification.on('click', () => {
      getWindow()?.show();
      if (url) openExternally(url);
    });
    notification.show();
  });
}
