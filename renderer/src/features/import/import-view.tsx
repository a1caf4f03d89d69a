// The Import view: choose a CSV file, check how it was read and mapped, see
// what would change, then import with progress and a per-row result.
// Container: wires the import store to presentational parts.
import { useEffect } from 'react';
import { formatDateTime, formatCount } from '../../app/format.js';
import { ImportMapping } from './import-mapping.js';
import { ImportPreviewPanel } from './import-preview.js';
import { ImportRun } from './import-run.js';
import { ImportSource } from './import-source.js';
import { useImportStore } from './import-store.js';
import './import.css';

function Unfinished() {
  const unfinished = useImportStore((state) => state.unfinished);
  const resume = useImportStore((state) => state.resume);
  if (unfinished.length === 0) return null;
  return (
    <section className="import-card" aria-labelledby="import-unfinished-title">
      <h2 id="import-unfinished-title">Unfinished imports</h2>
      <ul className="plain-list">
        {unfinished.map((item) => (
          <li key={item.importId} className="toolbar">
            <span className="mono">{item.fileName}</span>
            <span className="muted">
              {formatCount(item.total)} rows · started {formatDateTime(item.createdAt)}
            </span>
            <button type="button" className="button" onClick={() => void resume(item.importId)}>
              Resume
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function PreviewStage() {
  const preview = useImportStore((state) => state.preview);
  const profiles = useImportStore((state) => state.profiles);
  const erase = useImportStore((state) => state.erase);
  const concurrency = useImportStore((state) => state.concurrency);
  const previewing = useImportStore((state) => state.previewing);
  const store = useImportStore.getState();
  if (!preview) return null;
  return (
    <div className="import-columns">
      <ImportMapping
        columns={preview.columns}
        unknownHeaders={preview.unknownHeaders}
        profiles={profiles}
        disabled={previewing}
        onMap={(header, field) => void store.mapColumn(header, field)}
        onUseProfile={(name) => void store.useProfile(name)}
        onSaveProfile={(name) => void store.saveProfile(name)}
        onDeleteProfile={(name) => void store.deleteProfile(name)}
      />
      <ImportPreviewPanel
        preview={preview}
        erase={erase}
        concurrency={concurrency}
        busy={previewing}
        onErase={store.setErase}
        onConcurrency={store.setConcurrency}
        onStart={() => void store.start()}
      />
    </div>
  );
}

/** The Import view. */
export function ImportView() {
  const file = useImportStore((state) => state.file);
  const preview = useImportStore((state) => state.preview);
  const encoding = useImportStore((state) => state.encoding);
  const delimiter = useImportStore((state) => state.delimiter);
  const previewing = useImportStore((state) => state.previewing);
  const importId = useImportStore((state) => state.importId);
  const progress = useImportStore((state) => state.progress);
  const result = useImportStore((state) => state.result);
  const error = useImportStore((state) => state.error);
  const listen = useImportStore((state) => state.listen);
  const store = useImportStore.getState();

  useEffect(() => listen(), [listen]);

  return (
    <section className="view import-view" aria-labelledby="import-title">
      <header className="view-header">
        <h1 id="import-title">Import products</h1>
      </header>
      <ImportSource
        fileName={file?.name ?? null}
        detected={preview}
        encoding={encoding}
        delimiter={delimiter}
        busy={previewing}
        disabled={importId !== null}
        onFile={(chosen) => void store.chooseFile(chosen)}
        onEncoding={(next) => void store.setEncoding(next)}
        onDelimiter={(next) => void store.setDelimiter(next)}
      />
      {error ? (
        <div className="notice notice-error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="import-body">
        {importId ? (
          <ImportRun
            progress={progress}
            result={result}
            onPause={() => void store.pause()}
            onResume={() => void store.resume()}
            onCancel={() => void store.cancel()}
            onDownloadFailed={() => void store.downloadFailed()}
            onDone={store.reset}
          />
        ) : (
          <PreviewStage />
        )}
        {!file && !importId ? (
          <>
            <p className="muted">
              Choose a CSV file exported from Excel, your web shop or ERP. Nothing is sent until you
              have seen what would change and pressed Import.
            </p>
            <Unfinished />
          </>
        ) : null}
      </div>
    </section>
  );
}
