// A number input that keeps what the user types ("1," or "2.") while it is
// being typed, and hands the parsed number (or null when empty) upwards.
import { useEffect, useState } from 'react';
import { TextField, numberOrNull, numberText, type TextFieldProps } from './field.js';

type NumberFieldProps = Omit<TextFieldProps, 'value' | 'onChange'> & {
  value: number | null;
  onChange(value: number | null): void;
};

/** A labelled number field over TextField. */
export function NumberField(props: NumberFieldProps) {
  const [text, setText] = useState(numberText(props.value));
  useEffect(() => {
    const shown = numberOrNull(text);
    if (shown !== props.value && !(Number.isNaN(shown) && Number.isNaN(props.value)))
      setText(numberText(props.value));
  }, [props.value]);

  return (
    <TextField
      {...props}
      value={text}
      inputMode="decimal"
      onChange={(next) => {
        setText(next);
        props.onChange(numberOrNull(next));
      }}
    />
  );
}
