// The longest value each product text field may hold, as OGOship-as-we-model-it
// enforces them (docs/sandbox.md, "Field limits"): one definition for the
// sandbox's rules, the import's checks and the product form. Pure data.
import type { ProductField } from './product.js';

/** Maximum length in characters of each limited product text field. */
export const PRODUCT_TEXT_LIMITS = {
  code: 50,
  name: 150,
  description: 4000,
  supplierCode: 50,
  supplier: 100,
  group: 50,
  customsDescription: 50,
  infoUrl: 500,
  pictureUrl: 500,
} as const satisfies Partial<Record<ProductField, number>>;

/** Fields that hold one line of text: no control characters at all (description may break lines). */
export const SINGLE_LINE_PRODUCT_FIELDS: readonly ProductField[] = [
  'code',
  'name',
  'supplierCode',
  'supplier',
  'group',
  'eanCode',
  'currencyCode',
  'infoUrl',
  'pictureUrl',
  'countryOfOrigin',
  'languageCode',
  'customsDescription',
  'hsCode',
];

/** C0 controls (NUL…US), DEL and C1 controls (U+0080…U+009F). */
export const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/u;

/** The longest value `field` may hold, or undefined when it has no length limit. */
export function productTextLimit(field: ProductField): number | undefined {
  return (PRODUCT_TEXT_LIMITS as Partial<Record<ProductField, number>>)[field];
}
