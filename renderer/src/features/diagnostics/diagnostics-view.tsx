// The Diagnostics view: prepares the "Export diagnostics" bundle, lists its
// files with their sizes, shows the chosen file's contents and what is left
// out, and saves the zip only when the user asks. Container over the store.
import type {
  DiagnosticsPreview,
  DiagnosticsSaved,
} from '../../../../shared/contract/diagnostics.js';
import { useDiagnosticsStore } from './diagnostics-store.js';
import './diagnostics.css';

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

function savedText(saved: DiagnosticsSaved): string {
  if (saved.outcome === 'cancelled') return 'Not saved: the save dialog was cancelled.';
  if (saved.outcome === 'saved') return `Saved as ${saved.fileName}.`;
  return `Downloaded as ${saved.fileName}.`;
}

function FileList(props: {
  preview: DiagnosticsPreview;
  openFile: string | null;
  onOpen: (name: string) => void;
}) {
  return (
    <ul
      className="diagnostics-files"
      aria-label={`${props.preview.files.length} files in the bundle`}
    >
      {props.preview.files.map((file) => (
        <li key={file.name}>
          <button
            type="button"
            className="nav-item"
            aria-current={file.name === props.openFile ? 'true' : undefined}
            onClick={() => props.onOpen(file.name)}
          >
            <span className="mono">{file.name}</span>{' '}
            <span className="muted">{size(file.bytes)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function FileContents({
  preview,
  openFile,
}: {
  preview: DiagnosticsPreview;
  openFile: string | null;
}) {
  const file = preview.files.find((item) => item.name === openFile);
  if (!file) return <p className="muted">Choose a file to read it.</p>;
  return (
    <div className="diagnostics-contents">
      <h2 className="detail-title mono">{file.name}</h2>
      {file.truncated ? (
        <p className="muted small">Showing the newest part; the zip holds the whole file.</p>
      ) : null}
      <pre className="diagnostics-text" tabIndex={0} aria-label={`Contents of ${file.name}`}>
        {file.preview}
      </pre>
    </div>
  );
}

/** The Diagnostics view. */
export function DiagnosticsView() {
  const { preview, openFile, busy, saved, error } = useDiagnosticsStore();
  const store = useDiagnosticsStore.getState();

  return (
    <section className="view diagnostics-view" aria-labelledby="diagnostics-title">
      <header className="view-header">
        <h1 id="diagnostics-title">Diagnostics</h1>
      </header>
      <p className="muted">
        Export diagnostics gathers the app's logs, versions, settings and the state of sync, the
        outbox and live updates into one zip you can send to support. Read it here before saving;
        secrets and customer data are never included.
      </p>
      <div className="toolbar">
        <button
          type="button"
          className="button"
          onClick={() => void store.prepare()}
          disabled={busy !== null}
        >
          {busy === 'preparing' ? 'Preparing…' : preview ? 'Prepare again' : 'Prepare diagnostics'}
        </button>
        {preview ? (
          <button
            type="button"
            className="button primary"
            onClick={() => void store.save()}
            disabled={busy !== null}
          >
            {busy === 'saving' ? 'Saving…' : `Save ${preview.fileName}…`}
          </button>
        ) : null}
      </div>
      {error ? (
        <div className="notice notice-error" role="alert">
          {error}
        </div>
      ) : null}
      {saved ? (
        <div className="notice notice-ok" role="status">
          {savedText(saved)}
        </div>
      ) : null}
      {preview ? (
        <div className="diagnostics-body">
          <div>
            <FileList preview={preview} openFile={openFile} onOpen={store.showFile} />
            <h2 className="detail-title">Not included</h2>
            <ul className="plain-list small">
              {preview.leftOut.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
          <FileContents preview={preview} openFile={openFile} />
        </div>
      ) : null}
    </section>
  );
}
