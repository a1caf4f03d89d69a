// A running or ended import: progress bar with counts, rate and ETA, Pause /
// Resume / Cancel, then the outcome per row and the failed rows as CSV.
// Presentational: plain props in, callbacks out.
import type { ImportProgressPayload } from '../../../../shared/contract/import.js';
import { formatCount } from '../../app/format.js';
import { formatEta } from './import-labels.js';
import type { ImportResult } from './import-store.js';

/** Props of the run panel. */
export interface ImportRunProps {
  progress: ImportProgressPayload | null;
  result: ImportResult | null;
  onPause(): void;
  onResume(): void;
  onCancel(): void;
  onDownloadFailed(): void;
  onDone(): void;
}

const STATE_TEXT: Record<ImportProgressPayload['state'], string> = {
  running: 'Importing',
  paused: 'Paused',
  cancelling: 'Cancelling (requests in flight finish)',
  cancelled: 'Cancelled — resume later without sending any row twice',
  finished: 'Finished',
  failed: 'Stopped by an error',
};

// LIMIT: the result table shows the first 200 rows sent, failed or invalid; the failed and
// invalid ones are all in "Download failed rows", the created/updated ones only as counts.
const SHOWN_RESULTS = 200;

/** Progress while the import runs, the per-row result once it ends. */
export function ImportRun(props: ImportRunProps) {
  const { progress, result } = props;
  const state = progress?.state ?? result?.state ?? 'running';
  const ended = state === 'finished' || state === 'cancelled' || state === 'failed';
  return (
    <section className="import-card" aria-labelledby="import-run-title">
      <h2 id="import-run-title">{STATE_TEXT[state]}</h2>
      {progress ? <ProgressLine progress={progress} /> : <p className="muted">Starting…</p>}
      <div className="form-actions">
        {state === 'running' ? (
          <button type="button" className="button" onClick={props.onPause}>
            Pause
          </button>
        ) : null}
        {state === 'paused' || state === 'cancelled' ? (
          <button type="button" className="button primary" onClick={props.onResume}>
            Resume
          </button>
        ) : null}
        {state === 'running' || state === 'paused' ? (
          <button type="button" className="button" onClick={props.onCancel}>
            Cancel
          </button>
        ) : null}
        {ended ? (
          <button type="button" className="button" onClick={props.onDone}>
            Import another file
          </button>
        ) : null}
      </div>
      {result && ended ? <ResultTable result={result} onDownload={props.onDownloadFailed} /> : null}
    </section>
  );
}

function ProgressLine({ progress }: { progress: ImportProgressPayload }) {
  const handled = progress.done + progress.failed;
  return (
    <div className="import-progress">
      <progress aria-label="Import progress" max={Math.max(progress.total, 1)} value={handled} />
      <p role="status" aria-live="polite" className="import-progress-text">
        {formatCount(progress.done)} of {formatCount(progress.total)} sent
        {progress.failed > 0 ? ` · ${formatCount(progress.failed)} failed` : ''}
        {progress.state === 'running'
          ? ` · ${progress.ratePerSecond.toFixed(1)} rows/s · ${formatEta(progress.etaSeconds)}`
          : ''}
      </p>
    </div>
  );
}

function ResultTable({ result, onDownload }: { result: ImportResult; onDownload(): void }) {
  const { counts } = result;
  const problems = counts.failed + counts.invalid;
  return (
    <div className="import-result">
      <p role="status">
        {formatCount(counts.created)} created · {formatCount(counts.updated)} updated ·{' '}
        {formatCount(counts.unchanged)} unchanged · {formatCount(counts.invalid)} invalid ·{' '}
        {formatCount(counts.failed)} failed
        {counts.notSent > 0 ? ` · ${formatCount(counts.notSent)} not sent yet` : ''}
      </p>
      <button type="button" className="button" disabled={problems === 0} onClick={onDownload}>
        Download failed rows
      </button>
      <table className="mini-table import-results">
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Code</th>
            <th scope="col">Outcome</th>
            <th scope="col">Message</th>
          </tr>
        </thead>
        <tbody>
          {result.results.slice(0, SHOWN_RESULTS).map((row) => (
            <tr key={`${row.line}-${row.code}`} className={`outcome-${row.outcome}`}>
              <td className="align-end">{row.line}</td>
              <td className="mono">{row.code}</td>
              <td>
                <span className={`badge outcome-badge-${row.outcome}`}>{row.outcome}</span>
              </td>
              <td>{row.message ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.results.length > SHOWN_RESULTS ? (
        <p className="small muted">
          The first {SHOWN_RESULTS} of {formatCount(result.results.length)} rows are shown.
        </p>
      ) : null}
    </div>
  );
}
