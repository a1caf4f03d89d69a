// How each product field appears in the form, and the conversion between form
// text and the contract's product object. Pure functions.
import type { ProductField } from '../../../../shared/domain/product.js';
import { eanProblem } from './product-messages.js';

/** One form field's label, input type and hint. */
export interface FieldSpec {
  field: ProductField;
  label: string;
  kind: 'text' | 'number' | 'url' | 'textarea';
  hint?: string;
  required?: boolean;
}

/** Every product field in form order. */
export const PRODUCT_FORM_FIELDS: FieldSpec[] = [
  { field: 'code', label: 'Code', kind: 'text', required: true, hint: 'Unique; no / or \\.' },
  { field: 'name', label: 'Name', kind: 'text' },
  { field: 'description', label: 'Description', kind: 'textarea' },
  { field: 'eanCode', label: 'EAN', kind: 'text', hint: 'OGOship keeps an existing EAN.' },
  {
    field: 'languageCode',
    label: 'Language',
    kind: 'text',
    required: true,
    hint: 'Two letters, e.g. en or fi.',
  },
  { field: 'group', label: 'Group', kind: 'text' },
  { field: 'supplier', label: 'Supplier', kind: 'text' },
  { field: 'supplierCode', label: 'Supplier code', kind: 'text' },
  { field: 'supplyPrice', label: 'Supply price', kind: 'number' },
  { field: 'salesPrice', label: 'Sales price', kind: 'number' },
  { field: 'currencyCode', label: 'Currency', kind: 'text', hint: 'Three letters, e.g. EUR.' },
  {
    field: 'countryOfOrigin',
    label: 'Country of origin',
    kind: 'text',
    hint: 'Two letters, e.g. FI.',
  },
  { field: 'customsDescription', label: 'Customs description', kind: 'text' },
  { field: 'hsCode', label: 'HS code', kind: 'text' },
  { field: 'infoUrl', label: 'Info URL', kind: 'url' },
  { field: 'pictureUrl', label: 'Picture URL', kind: 'url' },
];

/** Form text of every field. */
export type ProductFormValues = Record<ProductField, string>;

/** The form's starting text: empty, or an existing product's values. */
export function formValuesOf(
  product: Partial<Record<ProductField, unknown>> | null,
): ProductFormValues {
  const values = {} as ProductFormValues;
  for (const { field } of PRODUCT_FORM_FIELDS) {
    const value = product?.[field];
    values[field] =
      value === null || value === undefined
        ? field === 'languageCode'
          ? 'en'
          : ''
        : String(value);
  }
  return values;
}

/** The product the form describes, plus problems the schema cannot phrase well. */
export function productFromForm(
  values: ProductFormValues,
  keepEmptyAsNull: boolean,
): {
  product: Record<string, unknown>;
  problems: Record<string, string>;
} {
  const product: Record<string, unknown> = {};
  const problems: Record<string, string> = {};
  for (const { field, kind } of PRODUCT_FORM_FIELDS) {
    const text = values[field].trim();
    if (text === '') {
      if (keepEmptyAsNull && field !== 'code' && field !== 'languageCode') product[field] = null;
      else if (field === 'code' || field === 'languageCode') product[field] = '';
      continue;
    }
    if (kind === 'number') {
      const number = Number(text.replace(',', '.'));
      if (Number.isFinite(number)) product[field] = number;
      else problems[field] = 'Enter a number, like 12.50';
    } else {
      product[field] = text;
      const ean = field === 'eanCode' ? eanProblem(text) : null;
      if (ean) problems[field] = ean;
    }
  }
  return { product, problems };
}
