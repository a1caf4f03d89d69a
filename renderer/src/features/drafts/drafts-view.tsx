// The Drafts view: start a draft (new, copy of an order, change of a live
// order), the list with outbox states and one-click actions, and the editor.
// Container: wires the drafts store to presentational parts.
import { useEffect, useState } from 'react';
import type { OutboxStatus } from '../../../../shared/contract/drafts.js';
import { formatShortDateTime } from '../../app/format.js';
import { DraftEditor } from './draft-editor.js';
import { DraftList } from './draft-list.js';
import { useDraftsStore } from './drafts-store.js';
import { openOrder } from './open-order.js';
import './drafts.css';

const PAUSE_TEXT: Record<OutboxStatus['pause'], string> = {
  none: '',
  offline: 'OGOship cannot be reached; the outbox tries again',
  rateLimited: 'OGOship asked to slow down; the outbox waits',
  signedOut: 'Sending waits until you are signed in again',
};

function OutboxSummary() {
  const outbox = useDraftsStore((state) => state.outbox);
  const sendNow = useDraftsStore((state) => state.sendNow);
  const count = outbox?.count ?? 0;
  const pause = outbox ? PAUSE_TEXT[outbox.pause] : '';
  return (
    <div className="outbox-summary" role="status" aria-live="polite">
      <span>
        Outbox: <strong>{count}</strong> {count === 1 ? 'item' : 'items'}
      </span>
      {pause ? (
        <span className="muted">
          {pause}
          {outbox?.resumeAt ? ` (next try ${formatShortDateTime(outbox.resumeAt)})` : ''}
        </span>
      ) : null}
      <button
        type="button"
        className="button"
        onClick={() => void sendNow()}
        disabled={count === 0}
      >
        Send now
      </button>
    </div>
  );
}

function StartFromOrder() {
  const start = useDraftsStore((state) => state.start);
  const [reference, setReference] = useState('');
  const ready = reference.trim() !== '';
  return (
    <div className="toolbar" role="group" aria-label="Start from an order">
      <input
        aria-label="Order reference"
        placeholder="Order reference…"
        value={reference}
        onChange={(event) => setReference(event.target.value)}
      />
      <button
        type="button"
        className="button"
        disabled={!ready}
        onClick={() => void start('duplicate', reference.trim())}
      >
        Duplicate as draft
      </button>
      <button
        type="button"
        className="button"
        disabled={!ready}
        onClick={() => void start('editLive', reference.trim())}
      >
        Change or cancel order
      </button>
    </div>
  );
}

/** The Drafts view. */
export function DraftsView() {
  const drafts = useDraftsStore((state) => state.drafts);
  const open = useDraftsStore((state) => state.open);
  const error = useDraftsStore((state) => state.error);
  const { reload, start, openDraft, retry, keepExisting, changeReference, flush } =
    useDraftsStore.getState();

  // The sidebar's outbox badge listens to 'outbox.changed' for the whole app; this view only loads.
  useEffect(() => {
    void reload();
    return () => void flush();
  }, [reload, flush]);

  return (
    <section className="view" aria-labelledby="drafts-title">
      <header className="view-header">
        <h1 id="drafts-title">Drafts</h1>
        <OutboxSummary />
        <button type="button" className="button primary" onClick={() => void start('new')}>
          New draft
        </button>
      </header>
      <StartFromOrder />
      {error ? (
        <div className="notice notice-error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="split drafts-split">
        <DraftList
          items={drafts}
          selectedId={open?.id ?? null}
          actions={{
            open: (id) => void openDraft(id),
            openOrder,
            retry: (id) => void retry(id),
            keepExisting: (id) => void keepExisting(id),
            changeReference: (id, reference) => void changeReference(id, reference),
          }}
        />
        <DraftEditor />
      </div>
    </section>
  );
}
