// Words the import view shows for encodings, delimiters, fields and states.
// Pure data and lookups; no state, no calls.
import type { ProductField } from '../../../../shared/domain/product.js';
import { PRODUCT_FIELDS } from '../../../../shared/domain/product.js';
import { PRODUCT_FORM_FIELDS } from '../products/product-fields.js';
import type { ImportDelimiter, ImportEncoding } from './import-store.js';

/** Encodings in the order the picker lists them. */
export const ENCODING_CHOICES: { value: ImportEncoding; label: string }[] = [
  { value: 'utf-8', label: 'UTF-8' },
  { value: 'windows-1252', label: 'Windows-1252 (Excel on Windows)' },
  { value: 'iso-8859-1', label: 'ISO-8859-1 (Latin-1)' },
  { value: 'iso-8859-15', label: 'ISO-8859-15 (Latin-9)' },
  { value: 'macintosh', label: 'Mac Roman' },
  { value: 'utf-16le', label: 'UTF-16 LE (Excel “Unicode text”)' },
  { value: 'utf-16be', label: 'UTF-16 BE' },
];

/** Delimiters in the order the picker lists them. */
export const DELIMITER_CHOICES: { value: ImportDelimiter; label: string }[] = [
  { value: ';', label: 'Semicolon ;' },
  { value: ',', label: 'Comma ,' },
  { value: '\t', label: 'Tab' },
];

const FORM_LABELS = new Map(PRODUCT_FORM_FIELDS.map((spec) => [spec.field, spec.label]));

/** The field's name as the product form shows it. */
export function fieldLabel(field: ProductField): string {
  return FORM_LABELS.get(field) ?? field;
}

/** Every field a column can map to, labelled, in catalogue order. */
export const FIELD_CHOICES = PRODUCT_FIELDS.map((field) => ({
  value: field,
  label: fieldLabel(field),
}));

/** "about 2 min left"-style text for an ETA in seconds. */
export function formatEta(seconds: number | null): string {
  if (seconds === null) return 'time left not known yet';
  if (seconds < 60) return `about ${Math.max(1, Math.round(seconds))} s left`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return `about ${minutes} min left`;
  return `about ${Math.round(minutes / 60)} h left`;
}
