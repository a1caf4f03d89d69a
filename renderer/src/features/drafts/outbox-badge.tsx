// The outbox count shown next to the Drafts entry of the sidebar: how many
// drafts are on their way or need the merchant. Reads the drafts store.
import { useEffect } from 'react';
import { useDraftsStore } from './drafts-store.js';

/** The badge; renders nothing when the outbox is empty. */
export function OutboxBadge() {
  const count = useDraftsStore((state) => state.outbox?.count ?? 0);
  const { listen, reload } = useDraftsStore.getState();
  useEffect(() => {
    void reload();
    return listen();
  }, [listen, reload]);
  if (count === 0) return null;
  return (
    <span className="badge outbox-badge" aria-label={`${count} in the outbox`}>
      {count}
    </span>
  );
}
