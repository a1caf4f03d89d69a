// The first step of an import: choose a CSV file, see the encoding and
// delimiter the main side detected (and why), and override either.
// Presentational: plain props in, callbacks out; never reads the file's text.
import type { ImportPreview } from '../../../../shared/contract/import.js';
import type { ImportDelimiter, ImportEncoding } from './import-store.js';
import { DELIMITER_CHOICES, ENCODING_CHOICES } from './import-labels.js';

/** Props of the file and detection step. */
export interface ImportSourceProps {
  fileName: string | null;
  detected: Pick<ImportPreview, 'encoding' | 'delimiter'> | null;
  encoding: ImportEncoding | null;
  delimiter: ImportDelimiter | null;
  busy: boolean;
  disabled: boolean;
  onFile(file: File): void;
  onEncoding(encoding: ImportEncoding | null): void;
  onDelimiter(delimiter: ImportDelimiter | null): void;
}

/** File input plus the detected (or chosen) encoding and delimiter. */
export function ImportSource(props: ImportSourceProps) {
  const { detected, busy, disabled } = props;
  return (
    <div className="import-source">
      <div className="toolbar">
        <label className={`button primary import-file${disabled ? ' disabled' : ''}`}>
          {props.fileName ? 'Choose another file…' : 'Choose CSV file…'}
          <input
            type="file"
            className="visually-hidden"
            accept=".csv,.txt,.tsv,text/csv,text/plain"
            disabled={disabled}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) props.onFile(file);
              event.target.value = '';
            }}
          />
        </label>
        {props.fileName ? <strong className="mono">{props.fileName}</strong> : null}
        {busy ? (
          <span className="muted" role="status">
            Reading and checking…
          </span>
        ) : null}
      </div>
      {detected ? (
        <div className="toolbar import-detected">
          <label className="inline-field">
            <span>Encoding</span>
            <select
              value={props.encoding ?? ''}
              disabled={disabled}
              onChange={(event) =>
                props.onEncoding((event.target.value || null) as ImportEncoding | null)
              }
            >
              <option value="">
                {props.encoding ? 'Detect again' : `Detected: ${detected.encoding.name}`}
              </option>
              {ENCODING_CHOICES.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          </label>
          <label className="inline-field">
            <span>Delimiter</span>
            <select
              value={props.delimiter ?? ''}
              disabled={disabled}
              onChange={(event) =>
                props.onDelimiter((event.target.value || null) as ImportDelimiter | null)
              }
            >
              <option value="">
                {props.delimiter ? 'Detect again' : `Detected: ${detected.delimiter.name}`}
              </option>
              {DELIMITER_CHOICES.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          </label>
          <p className="small muted import-reason" aria-label="How the file was read">
            Read as <strong>{detected.encoding.name}</strong> ({detected.encoding.reason}), columns
            split by <strong>{detected.delimiter.name}</strong> ({detected.delimiter.reason}).
          </p>
        </div>
      ) : null}
    </div>
  );
}
