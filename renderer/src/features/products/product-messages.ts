// Turns the product schema's terse complaints into sentences a merchant can act
// on, and checks an EAN the way the import does. Pure functions: no store, no DOM.
import { gs1CheckDigit, hasValidCheckDigit } from '../../../../shared/domain/ean.js';
import type { ProductField } from '../../../../shared/domain/product.js';

/** The part of a zod issue the wording needs. */
export interface SchemaIssue {
  code: string;
  message: string;
  maximum?: unknown;
}

// zod's own wording; a message a schema wrote itself is already a sentence and is kept.
const ZOD_DEFAULT = /^(Too (big|small)|Invalid|Expected)\b/;

const CODE_FIELDS: Partial<Record<ProductField, string>> = {
  currencyCode: 'Currency must be a 3-letter code such as EUR',
  languageCode: 'Language must be a 2-letter code such as en or fi',
  countryOfOrigin: 'Country of origin must be a 2-letter code such as FI',
};

/** A sentence for one schema problem at `field`. */
export function merchantMessage(field: ProductField, issue: SchemaIssue): string {
  if (!ZOD_DEFAULT.test(issue.message)) return issue.message;
  const coded = CODE_FIELDS[field];
  if (coded) return coded;
  if (field === 'code' && issue.code === 'too_small') return 'Enter a product code';
  if (issue.code === 'too_big' && typeof issue.maximum === 'number')
    return `Keep this to ${issue.maximum} characters`;
  if (field === 'supplyPrice' || field === 'salesPrice') return 'Enter a price, like 12.50';
  return 'This value is not accepted; check it and try again';
}

const EAN_LENGTHS = [8, 12, 13, 14];

/** Why an EAN typed in the form would be refused, or null when it is a valid GS1 code. */
export function eanProblem(text: string): string | null {
  if (!/^\d+$/.test(text)) return 'An EAN holds digits only';
  if (!EAN_LENGTHS.includes(text.length))
    return `An EAN has 8, 12, 13 or 14 digits; this one has ${text.length}`;
  if (!hasValidCheckDigit(text)) {
    const expected = gs1CheckDigit(text.slice(0, -1));
    return `Wrong check digit: with these digits the last one should be ${expected}; check the code on the package`;
  }
  return null;
}
