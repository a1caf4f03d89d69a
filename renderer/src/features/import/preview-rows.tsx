// The rows behind the preview counts: every problem with the file's own line
// and column header, repeated codes, and changed products field by field.
// Presentational: plain props only.
import type { ImportPreview } from '../../../../shared/contract/import.js';
import { formatMoney } from '../../app/format.js';
import { fieldLabel } from './import-labels.js';

type PreviewRow = ImportPreview['samples']['invalid'][number];

function cell(value: string | number | null): string {
  return value === null || value === '' ? '(blank)' : String(value);
}

function valueOf(row: PreviewRow, field: 'name' | 'eanCode'): string {
  return cell(row.changes.find((change) => change.field === field)?.to ?? null);
}

/** A price as it was read (so a decimal comma shows as a decimal), with the row's currency. */
export function previewPrice(row: PreviewRow, field: 'supplyPrice' | 'salesPrice'): string {
  const value = row.changes.find((change) => change.field === field)?.to ?? null;
  if (typeof value !== 'number') return cell(value);
  const currency = row.changes.find((change) => change.field === 'currencyCode')?.to;
  return formatMoney(value, typeof currency === 'string' && currency !== '' ? currency : null);
}

/** Every problem of the invalid sample rows, one line each. */
export function ProblemTable({ rows, total }: { rows: PreviewRow[]; total: number }) {
  if (rows.length === 0) return null;
  const problems = rows.flatMap((row) =>
    row.problems.map((problem, index) => ({ row, problem, key: `${row.line}-${index}` })),
  );
  return (
    <section aria-labelledby="import-problems-title">
      <h3 id="import-problems-title">Rows that will not be imported</h3>
      <table className="mini-table import-problems">
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Column</th>
            <th scope="col">Code</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {problems.map(({ row, problem, key }) => (
            <tr key={key}>
              <td className="align-end">{problem.row ?? row.line}</td>
              <td className="mono">{problem.field}</td>
              <td className="mono">{row.code}</td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > rows.length ? (
        <p className="small muted">
          The first {rows.length} of {total} are shown; “Download failed rows” after the import
          lists them all.
        </p>
      ) : null}
    </section>
  );
}

/** Groups of lines that share one code (after trimming and case-folding). */
export function DuplicateList({ groups }: { groups: ImportPreview['duplicates'] }) {
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="import-duplicates-title">
      <h3 id="import-duplicates-title">Codes that repeat</h3>
      <ul className="plain-list import-duplicates">
        {groups.map((group) => (
          <li key={group.map((item) => item.line).join('-')}>
            {group.map((item) => `“${item.code}” on line ${item.line}`).join(', ')} are the same
            code
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The changed sample rows, field by field (old → new), with warnings. */
export function ChangeList({ rows }: { rows: PreviewRow[] }) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="import-changes-title">
      <h3 id="import-changes-title">What changes</h3>
      <ul className="plain-list import-changes">
        {rows.map((row) => (
          <li key={row.line}>
            <span className="mono">{row.code}</span> <span className="muted">line {row.line}</span>
            <ul className="plain-list small">
              {row.changes.map((change) => (
                <li key={change.field}>
                  {fieldLabel(change.field)}: <del>{cell(change.from)}</del> →{' '}
                  <ins>{cell(change.to)}</ins>
                </li>
              ))}
              {row.warnings.map((warning) => (
                <li key={warning} className="import-warning">
                  {warning}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The new sample rows: line, code, name, EAN and prices, as read from the file. */
export function NewList({ rows, total }: { rows: PreviewRow[]; total: number }) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="import-new-title">
      <h3 id="import-new-title">New products</h3>
      <table className="mini-table import-new">
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Code</th>
            <th scope="col">Name</th>
            <th scope="col">EAN</th>
            <th scope="col" className="align-end">
              Supply price
            </th>
            <th scope="col" className="align-end">
              Sales price
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line}>
              <td className="align-end">{row.line}</td>
              <td className="mono">{row.code}</td>
              <td>{valueOf(row, 'name')}</td>
              <td className="mono">{valueOf(row, 'eanCode')}</td>
              <td className="align-end price">{previewPrice(row, 'supplyPrice')}</td>
              <td className="align-end price">{previewPrice(row, 'salesPrice')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > rows.length ? (
        <p className="small muted">
          The first {rows.length} of {total} are shown.
        </p>
      ) : null}
    </section>
  );
}
