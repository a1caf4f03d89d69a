// The account's webhooks, including ones this app did not make: list, create,
// edit, delete. Keys are write-only: shown as "set" / "not set", typed only to
// create or replace one. Presentational: plain props in, callbacks out.
import { useState } from 'react';
import type { WebhookView } from '../../../../shared/contract/webhooks.js';
import { WEBHOOK_TYPES, type WebhookType } from '../../../../shared/domain/webhook.js';
import type { FieldProblem } from '../../../../shared/errors.js';
import type { WebhookDraft } from './webhooks-store.js';

/** Props of the webhook list. */
export interface WebhookListProps {
  webhooks: WebhookView[];
  problems: FieldProblem[];
  onSave(draft: WebhookDraft): Promise<boolean>;
  onDelete(id: string): void;
}

/** Table of registrations with an edit form below it. */
export function WebhookList(props: WebhookListProps) {
  const [editing, setEditing] = useState<WebhookDraft | null>(null);
  return (
    <section className="live-card" aria-labelledby="live-webhooks-title">
      <div className="detail-title">
        <h2 id="live-webhooks-title">Webhooks at OGOship</h2>
        <button
          type="button"
          className="button"
          onClick={() => setEditing({ id: null, url: '', type: 'OrderShipped', key: '' })}
        >
          New webhook
        </button>
      </div>
      <table className="mini-table live-webhooks">
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col">URL</th>
            <th scope="col">Key</th>
            <th scope="col">Made by</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {props.webhooks.map((hook) => (
            <tr key={hook.id}>
              <td>{hook.type}</td>
              <td className="mono live-url">{hook.url}</td>
              <td>{hook.key}</td>
              <td>{hook.madeByThisApp ? 'OGO Desk' : 'another system'}</td>
              <td className="live-actions">
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    setEditing({ id: hook.id, url: hook.url, type: typeOf(hook.type), key: null })
                  }
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => props.onDelete(hook.id)}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.webhooks.length === 0 ? <p className="muted">No webhooks on this account.</p> : null}
      {editing ? (
        <WebhookForm
          key={editing.id ?? 'new'}
          draft={editing}
          problems={props.problems}
          onCancel={() => setEditing(null)}
          onSave={async (draft) => {
            if (await props.onSave(draft)) setEditing(null);
          }}
        />
      ) : null}
    </section>
  );
}

function typeOf(type: string): WebhookType {
  return (WEBHOOK_TYPES as readonly string[]).includes(type)
    ? (type as WebhookType)
    : 'OrderShipped';
}

function WebhookForm(props: {
  draft: WebhookDraft;
  problems: FieldProblem[];
  onCancel(): void;
  onSave(draft: WebhookDraft): void;
}) {
  const [url, setUrl] = useState(props.draft.url);
  const [type, setType] = useState<WebhookType>(props.draft.type);
  const [key, setKey] = useState('');
  const creating = props.draft.id === null;
  const problem = (field: string) => props.problems.find((item) => item.field === field)?.message;
  return (
    <form
      className="live-form"
      aria-label={creating ? 'New webhook' : 'Edit webhook'}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave({
          id: props.draft.id,
          url: url.trim(),
          type,
          key: key === '' && !creating ? null : key,
        });
      }}
    >
      <label className="field">
        <span className="field-label">URL</span>
        <input type="url" value={url} onChange={(event) => setUrl(event.target.value)} required />
        {problem('url') ? <span className="field-problem">{problem('url')}</span> : null}
      </label>
      <label className="field">
        <span className="field-label">Type</span>
        <select value={type} onChange={(event) => setType(event.target.value as WebhookType)}>
          {WEBHOOK_TYPES.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">
          Key {creating ? '' : '(leave blank to keep the current one)'}
        </span>
        <input
          type="password"
          autoComplete="off"
          value={key}
          onChange={(event) => setKey(event.target.value)}
        />
        {problem('key') ? <span className="field-problem">{problem('key')}</span> : null}
        <span className="field-hint">
          At least 16 characters, shared with the receiving system.
        </span>
      </label>
      <div className="form-actions">
        <button type="submit" className="button primary">
          {creating ? 'Create webhook' : 'Save webhook'}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
