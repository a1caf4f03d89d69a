// Shows what the main side had to tell the user about this start (a damaged
// settings file or database restored or reset), above whatever view is open,
// until dismissed. Never hides a notice before the user has seen it.
import { useEffect, useState } from 'react';
import type { StartupNotice } from '../../../shared/contract/app.js';
import { bridge } from '../bridge/index.js';

/** The start's notices, each with a Dismiss button. */
export function StartupNotices() {
  const [notices, setNotices] = useState<StartupNotice[]>([]);
  useEffect(() => {
    let live = true;
    // Called inside then() so a bridge without the operation (an older main side) rejects, never throws.
    Promise.resolve()
      .then(() => bridge()['app.notices']({}))
      .then((found) => {
        if (live) setNotices(found);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (notices.length === 0) return null;
  return (
    <div className="startup-notices">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.severity}`} role="alert" data-notice={notice.id}>
          <strong>{notice.title}</strong>
          <p>{notice.message}</p>
          <button type="button" onClick={() => setNotices((all) => all.filter((item) => item.id !== notice.id))}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
