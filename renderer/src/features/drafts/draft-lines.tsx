// The order lines of a draft: a product picker over the cached catalogue that
// shows available stock, whole-number quantities, and the stock warning.
// Presentational apart from the catalogue search it runs through the bridge.
import { useState } from 'react';
import type { DraftLine } from '../../../../shared/domain/draft.js';
import { call } from '../../bridge/index.js';
import { TextField } from './field.js';
import { NumberField } from './number-field.js';
import type { ProblemMap } from './draft-problems.js';

interface ProductOption {
  code: string;
  name: string | null;
  stockAvailable: number | null;
}

const EMPTY_LINE: DraftLine = { code: '', quantity: 1, unitPrice: null, vatPercentage: null };

function stockText(option: ProductOption | undefined): string {
  if (!option) return '';
  const stock =
    option.stockAvailable === null ? 'stock unknown' : `${option.stockAvailable} available`;
  return `${option.name ?? option.code} · ${stock}`;
}

/** The lines editor. */
export function DraftLines(props: {
  lines: DraftLine[];
  disabled: boolean;
  problems: ProblemMap;
  onChange(lines: DraftLine[]): void;
}) {
  const [options, setOptions] = useState<Map<string, ProductOption>>(new Map());
  const { lines, problems, disabled } = props;

  const search = async (text: string) => {
    const found = await call((api) => api['drafts.products']({ search: text, limit: 20 })).catch(
      () => [],
    );
    setOptions(
      (known) => new Map([...known, ...found.map((option) => [option.code, option] as const)]),
    );
  };
  const change = (index: number, line: Partial<DraftLine>) =>
    props.onChange(lines.map((current, at) => (at === index ? { ...current, ...line } : current)));

  return (
    <fieldset className="draft-lines" aria-label="Order lines">
      <legend>Lines</legend>
      <datalist id="draft-products">
        {[...options.values()].map((option) => (
          <option key={option.code} value={option.code} label={stockText(option)} />
        ))}
      </datalist>
      {lines.map((line, index) => (
        <div className="draft-line" key={index}>
          <TextField
            path={`orderLines.${index}.code`}
            label={`Product ${index + 1}`}
            value={line.code}
            list="draft-products"
            disabled={disabled}
            error={problems.error(`orderLines.${index}.code`)}
            warning={problems.warning(`orderLines.${index}.code`)}
            onChange={(code) => {
              change(index, { code });
              void search(code);
            }}
          >
            <span className="field-hint">{stockText(options.get(line.code.trim()))}</span>
          </TextField>
          <NumberField
            path={`orderLines.${index}.quantity`}
            label="Quantity"
            value={line.quantity}
            disabled={disabled}
            error={problems.error(`orderLines.${index}.quantity`)}
            warning={problems.warning(`orderLines.${index}.quantity`)}
            onChange={(quantity) => change(index, { quantity })}
          />
          <button
            type="button"
            className="link-button"
            disabled={disabled}
            aria-label={`Remove product ${index + 1}`}
            onClick={() => props.onChange(lines.filter((_, at) => at !== index))}
          >
            Remove
          </button>
        </div>
      ))}
      {problems.error('orderLines') ? (
        <p className="field-problem">{problems.error('orderLines')}</p>
      ) : null}
      <button
        type="button"
        className="button"
        disabled={disabled}
        onClick={() => props.onChange([...lines, EMPTY_LINE])}
      >
        Add product
      </button>
    </fieldset>
  );
}
