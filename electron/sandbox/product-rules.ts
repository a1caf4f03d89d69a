// The sandbox's stricter product checks on top of the shared zod schema, and
// how a product code travels in a URL path (percent-encoded or base64url).
// Pure: never changes state.
import type { ProductInput } from '../../shared/domain/product.js';
import { fail } from './reply.js';
import type { SandboxRequest } from './sandbox-request.js';
import { isValidGtin } from './seed/ean.js';
import type { FieldIssue } from './validation.js';

/** The longest product code the sandbox accepts (OGOship's limit is not published). */
export const MAX_CODE_LENGTH = 50;

const MAX_LENGTHS: ReadonlyArray<[keyof ProductInput, number]> = [
  ['name', 150],
  ['description', 4000],
  ['supplierCode', 50],
  ['supplier', 100],
  ['group', 50],
  ['customsDescription', 50],
  ['infoUrl', 500],
  ['pictureUrl', 500],
];

/** Problems with a code a merchant wants to create or rename to. */
export function newCodeIssues(code: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (code.length > MAX_CODE_LENGTH) issues.push({ field: 'code', message: `must be at most ${MAX_CODE_LENGTH} characters` });
  if (/[/\\]/.test(code)) issues.push({ field: 'code', message: 'must not contain / or \\ (OGOship refuses them in new codes)' });
  if (code.trim() !== code) issues.push({ field: 'code', message: 'must not start or end with a space' });
  if (/\p{Cc}/u.test(code)) issues.push({ field: 'code', message: 'must not contain control characters' });
  return issues;
}

/** Every problem with a product body beyond the shared schema, code excluded. */
export function productIssues(product: ProductInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  for (const [field, max] of MAX_LENGTHS) {
    const value = product[field];
    if (typeof value === 'string' && value.length > max) add(field, `must be at most ${max} characters`);
  }
  if (!/^[a-z]{2}$/i.test(product.languageCode)) add('languageCode', 'must be 2 letters (ISO 639-1), such as fi, sv or en');
  if (product.currencyCode && !/^[A-Z]{3}$/.test(product.currencyCode)) add('currencyCode', 'must be 3 capital letters (ISO 4217), such as EUR');
  if (product.countryOfOrigin && !/^[A-Z]{2}$/.test(product.countryOfOrigin)) add('countryOfOrigin', 'must be 2 capital letters (ISO 3166-1 alpha-2), such as FI');
  if (product.eanCode && !isValidGtin(product.eanCode)) add('eanCode', 'must be an EAN-8, UPC-A, EAN-13 or GTIN-14 with a valid check digit');
  if (product.hsCode && !/^\d{6,10}$/.test(product.hsCode)) add('hsCode', 'must be 6 to 10 digits');
  if (product.supplyPrice != null && product.supplyPrice < 0) add('supplyPrice', 'must not be negative');
  if (product.salesPrice != null && product.salesPrice < 0) add('salesPrice', 'must not be negative');
  for (const field of ['infoUrl', 'pictureUrl'] as const) {
    const url = product[field];
    if (url && !/^https?:\/\/\S+$/i.test(url)) add(field, 'must be an http or https URL');
  }
  return issues;
}

/** The product code a path segment names: base64url with ?base64url=true, else percent-encoded. */
export function productCodeFromPath(request: SandboxRequest, raw: string): string {
  if (request.query.get('base64url')?.toLowerCase() === 'true') {
    if (!/^[A-Za-z0-9_-]+$/.test(raw)) {
      fail(400, 'The product code in the path is not valid base64url (letters, digits, - and _ only, no padding).');
    }
    return Buffer.from(raw, 'base64url').toString('utf8');
  }
  let code: string;
  try {
    code = decodeURIComponent(raw);
  } catch {
    fail(400, 'The product code in the path is not a valid percent-encoded string.');
  }
  if (/[/\\%#?]/.test(code)) {
    fail(400, 'The product code holds characters that cannot travel in a URL path (/ \\ % # ?); send it base64url-encoded with ?base64url=true.');
  }
  return code;
}
