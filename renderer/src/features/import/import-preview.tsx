// What the import would do before anything is sent: counts, why it cannot
// start yet, the rows behind the counts, keep-or-erase per column, the
// concurrency and Start. Presentational: plain props in, callbacks out.
import type { ImportPreview } from '../../../../shared/contract/import.js';
import type { ProductField } from '../../../../shared/domain/product.js';
import { formatCount } from '../../app/format.js';
import { fieldLabel } from './import-labels.js';
import { ChangeList, DuplicateList, NewList, ProblemTable } from './preview-rows.js';

/** Props of the preview panel. */
export interface ImportPreviewPanelProps {
  preview: ImportPreview;
  erase: ProductField[];
  concurrency: number;
  busy: boolean;
  onErase(field: ProductField, erase: boolean): void;
  onConcurrency(concurrency: number): void;
  onStart(): void;
}

const KINDS = [
  { key: 'new', label: 'New' },
  { key: 'changed', label: 'Changed' },
  { key: 'unchanged', label: 'Unchanged' },
  { key: 'invalid', label: 'Invalid' },
] as const;

/** The preview: counts, problems, changes and the start controls. */
export function ImportPreviewPanel(props: ImportPreviewPanelProps) {
  const { preview } = props;
  const sendable = preview.counts.new + preview.counts.changed;
  return (
    <section className="import-card" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title">
        Preview of {formatCount(preview.counts.rows)} {preview.counts.rows === 1 ? 'row' : 'rows'}
      </h2>
      <div className="stock-grid import-counts" role="group" aria-label="Preview counts">
        {KINDS.map((kind) => (
          <div key={kind.key} className={`figure count-${kind.key}`}>
            <span className="figure-value">{formatCount(preview.counts[kind.key])}</span>
            <span className="figure-label">{kind.label}</span>
          </div>
        ))}
      </div>
      {preview.blocked ? (
        <div className="notice notice-error" role="alert">
          {preview.blocked}
        </div>
      ) : null}
      <DuplicateList groups={preview.duplicates} />
      <ProblemTable rows={preview.samples.invalid} total={preview.counts.invalid} />
      <ChangeList rows={preview.samples.changed} />
      <NewList rows={preview.samples.new} total={preview.counts.new} />
      <EraseChoices {...props} />
      <div className="form-actions import-start">
        <label className="inline-field">
          <span>Parallel uploads</span>
          <input
            type="number"
            aria-describedby="import-parallel-hint"
            min={1}
            max={16}
            value={props.concurrency}
            onChange={(event) => {
              const value = Math.round(Number(event.target.value));
              if (value >= 1 && value <= 16) props.onConcurrency(value);
            }}
          />
        </label>
        <span id="import-parallel-hint" className="field-hint">
          Products sent to OGOship at once; lower it if the import hits rate limits.
        </span>
        <button
          type="button"
          className="button primary"
          disabled={props.busy || preview.blocked !== null || sendable === 0}
          onClick={props.onStart}
        >
          {startLabel(sendable)}
        </button>
      </div>
    </section>
  );
}

function startLabel(sendable: number): string {
  if (sendable === 0) return 'Nothing to import';
  return `Import ${formatCount(sendable)} ${sendable === 1 ? 'product' : 'products'}`;
}

function EraseChoices({ preview, erase, onErase }: ImportPreviewPanelProps) {
  if (preview.erasable.length === 0) return null;
  return (
    <section aria-labelledby="import-erase-title">
      <h3 id="import-erase-title">Blank cells over stored values</h3>
      {preview.erasable.map((item) => {
        const erasing = erase.includes(item.field);
        return (
          <fieldset key={item.field} className="import-erase">
            <legend>
              “{item.header}” ({fieldLabel(item.field)}) is blank on {formatCount(item.rows)} rows
              that have a stored value
            </legend>
            <label className="checkbox">
              <input
                type="radio"
                name={`erase-${item.field}`}
                checked={!erasing}
                onChange={() => onErase(item.field, false)}
              />
              Keep the stored values
            </label>
            <label className="checkbox">
              <input
                type="radio"
                name={`erase-${item.field}`}
                checked={erasing}
                onChange={() => onErase(item.field, true)}
              />
              Erase them
            </label>
          </fieldset>
        );
      })}
    </section>
  );
}
