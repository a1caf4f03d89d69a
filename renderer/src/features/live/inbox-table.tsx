// The delivery inbox: every webhook delivery with its time, type, whether its
// signature held, and what it changed; searchable, and a verified one can be
// replayed. Presentational: plain props in, callbacks out.
import type { InboxEntry, Verification } from '../../../../shared/contract/webhooks.js';
import { formatShortDateTime } from '../../app/format.js';
import { SearchBox } from '../../components/search-box.js';

/** Props of the inbox. */
export interface InboxTableProps {
  entries: InboxEntry[];
  search: string;
  onSearch(text: string): void;
  onReplay(id: number): void;
}

const VERIFICATION_TEXT: Record<Verification, string> = {
  valid: 'Verified',
  missing: 'No signature',
  malformed: 'Malformed signature',
  mismatch: 'Wrong signature',
  tooLarge: 'Too large',
};

/** The inbox table with its search box. */
export function InboxTable(props: InboxTableProps) {
  return (
    <section className="live-card live-inbox" aria-labelledby="live-inbox-title">
      <div className="toolbar">
        <h2 id="live-inbox-title">Inbox</h2>
        <SearchBox
          label="Search deliveries"
          placeholder="Search type, reference, code…"
          value={props.search}
          onSearch={props.onSearch}
        />
      </div>
      <table className="mini-table inbox-table">
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Type</th>
            <th scope="col">Verified</th>
            <th scope="col">What changed</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((entry) => (
            <tr key={entry.id} className="inbox-row">
              <td>{formatShortDateTime(entry.receivedAt)}</td>
              <td>{entry.type}</td>
              <td>
                <span className={`badge verification-${entry.verification}`}>
                  {VERIFICATION_TEXT[entry.verification]}
                </span>
              </td>
              <td>
                <span className="mono">{entry.subject ?? ''}</span> {entry.outcome}
                {entry.detail ? <span className="muted"> — {entry.detail}</span> : null}
                {entry.replayOf !== null ? (
                  <span className="muted"> (replay of #{entry.replayOf})</span>
                ) : null}
              </td>
              <td>
                {entry.verification === 'valid' && entry.outcome !== 'selfTest' ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => props.onReplay(entry.id)}
                  >
                    Replay
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.entries.length === 0 ? <p className="muted">No deliveries yet.</p> : null}
    </section>
  );
}
