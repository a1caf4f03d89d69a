// A search field that reports its text after a short pause in typing, so each
// keystroke does not start a query. Presentational only.
import { useEffect, useState } from 'react';

/** Props of the search box. */
export interface SearchBoxProps {
  label: string;
  placeholder: string;
  value: string;
  onSearch(text: string): void;
}

const PAUSE_MS = 120;

/** The debounced search input; Escape clears it. */
export function SearchBox({ label, placeholder, value, onSearch }: SearchBoxProps) {
  const [text, setText] = useState(value);

  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => onSearch(text), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, value, onSearch]);

  return (
    <input
      type="search"
      className="search-box"
      aria-label={label}
      placeholder={placeholder}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setText('');
      }}
    />
  );
}
