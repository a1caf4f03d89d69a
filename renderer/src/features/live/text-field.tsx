// A labelled one-line text input with an optional hint, for the tunnel
// settings. Presentational: plain props in, callback out.

/** Props of a text field. */
export interface TextFieldProps {
  label: string;
  placeholder: string;
  hint?: string | undefined;
  value: string;
  onChange(value: string): void;
}

/** The label, the input and its hint. */
export function TextField(props: TextFieldProps) {
  return (
    <label className="field">
      <span className="field-label">{props.label}</span>
      <input
        type="text"
        placeholder={props.placeholder}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {props.hint ? <span className="field-hint">{props.hint}</span> : null}
    </label>
  );
}
