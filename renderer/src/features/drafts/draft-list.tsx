// The list of drafts and outbox items: state, reference, customer, what the
// outbox waits for, and the one-click actions (retry, resolve a conflict).
// Presentational: takes plain props.
import { useState } from 'react';
import type { DraftSummary } from '../../../../shared/contract/drafts.js';
import { DRAFT_STATE_LABEL } from '../../../../shared/domain/draft.js';

/** What a row can ask for. */
export interface DraftListActions {
  open(id: string): void;
  openOrder(reference: string): void;
  retry(id: string): void;
  keepExisting(id: string): void;
  changeReference(id: string, reference: string): void;
}

function ConflictActions(props: { item: DraftSummary; actions: DraftListActions }) {
  const [reference, setReference] = useState(`${props.item.reference}-2`);
  const id = `conflict-${props.item.id}`;
  return (
    <div className="conflict-actions">
      <button
        type="button"
        className="button"
        onClick={() => props.actions.openOrder(props.item.reference)}
      >
        Open the existing order
      </button>
      <button
        type="button"
        className="button"
        onClick={() => props.actions.keepExisting(props.item.id)}
      >
        Keep the existing order
      </button>
      <label htmlFor={id} className="muted">
        or send as
      </label>
      <input
        id={id}
        value={reference}
        onChange={(event) => setReference(event.target.value)}
        aria-label="New reference"
      />
      <button
        type="button"
        className="button"
        onClick={() => props.actions.changeReference(props.item.id, reference)}
      >
        Send with new reference
      </button>
    </div>
  );
}

function Row(props: { item: DraftSummary; selected: boolean; actions: DraftListActions }) {
  const { item, actions } = props;
  return (
    <li className={`draft-row${props.selected ? ' selected' : ''}`}>
      <button
        type="button"
        className="draft-open"
        onClick={() => actions.open(item.id)}
        aria-current={props.selected ? 'true' : undefined}
      >
        <span className={`badge draft-state state-${item.state}`}>
          {DRAFT_STATE_LABEL[item.state]}
        </span>
        <span className="mono">{item.reference}</span>
        <span className="grow">
          {item.customerName || <span className="muted">No customer yet</span>}
        </span>
        <span className="muted small">
          {item.kind === 'new'
            ? `${item.lineCount} ${item.lineCount === 1 ? 'line' : 'lines'}`
            : item.kind === 'edit'
              ? 'change'
              : 'cancellation'}
        </span>
      </button>
      {item.state === 'sent' && item.orderReference ? (
        <p className="small muted">
          <button
            type="button"
            className="link-button"
            onClick={() => actions.openOrder(item.orderReference!)}
          >
            Order {item.orderReference} at OGOship
          </button>
        </p>
      ) : null}
      {item.message && item.state !== 'sent' ? (
        <p className="small draft-message">{item.message}</p>
      ) : null}
      {item.state === 'needsAttention' ? (
        <button type="button" className="button" onClick={() => actions.retry(item.id)}>
          Retry
        </button>
      ) : null}
      {item.state === 'conflict' ? <ConflictActions item={item} actions={actions} /> : null}
    </li>
  );
}

/** Every draft, most recently changed first. */
export function DraftList(props: {
  items: DraftSummary[];
  selectedId: string | null;
  actions: DraftListActions;
}) {
  if (props.items.length === 0)
    return <p className="muted draft-empty">No drafts yet. Start one with New draft.</p>;
  return (
    <ul className="draft-list" aria-label="Drafts">
      {props.items.map((item) => (
        <Row
          key={item.id}
          item={item}
          selected={item.id === props.selectedId}
          actions={props.actions}
        />
      ))}
    </ul>
  );
}
