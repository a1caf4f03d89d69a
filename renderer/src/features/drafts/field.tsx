// One labelled input of the draft editor with its problem or warning beneath.
// Presentational: takes plain props, keeps no state.
import type { ReactNode } from 'react';

/** Props of a text field bound to one draft field path. */
export interface TextFieldProps {
  path: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  warning?: string;
  required?: boolean;
  disabled?: boolean;
  list?: string;
  inputMode?: 'decimal' | 'numeric' | 'text' | 'email' | 'tel';
  wide?: boolean;
  children?: ReactNode;
}

/** A labelled input; the error (or else the warning) is tied to it for screen readers. */
export function TextField(props: TextFieldProps) {
  const id = `draft-${props.path.replaceAll('.', '-')}`;
  const note = props.error ?? props.warning;
  const noteClass = props.error ? 'field-problem' : 'field-warning';
  return (
    <div className={`field${props.wide ? ' span-2' : ''}`}>
      <label htmlFor={id}>
        {props.label}
        {props.required ? ' *' : ''}
      </label>
      <input
        id={id}
        name={props.path}
        value={props.value}
        list={props.list}
        inputMode={props.inputMode}
        disabled={props.disabled}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={note ? `${id}-note` : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {note ? (
        <span id={`${id}-note`} className={noteClass}>
          {note}
        </span>
      ) : null}
      {props.children}
    </div>
  );
}

/** Reads a number field: empty is null, anything unparsable is NaN (the rules flag it). */
export function numberOrNull(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? null : Number(trimmed);
}

/** Shows a number field's value. */
export function numberText(value: number | null): string {
  return value === null || Number.isNaN(value) ? '' : String(value);
}
