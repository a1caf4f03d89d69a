// The sandbox's stricter product checks on top of the shared zod schema, and
// how a product code travels in a URL path (percent-encoded or base64url).
// Pure: never changes state.
import { z } from 'zod';
import { productInputSchema } from '../../shared/domain/product.js';
import { PRODUCT_TEXT_LIMITS as LIMITS } from '../../shared/domain/product-limits.js';
import { fail } from './reply.js';
import type { SandboxRequest } from './sandbox-request.js';
import { isValidGtin } from './seed/ean.js';
import type { FieldIssue } from './validation.js';

/** The longest product code the sandbox accepts (OGOship's limit is not published). */
export const MAX_CODE_LENGTH = LIMITS.code;

const text = (max: number) => z.string().max(max).nullish();
const httpUrl = z
  .string()
  .max(LIMITS.infoUrl)
  .regex(/^https?:\/\/\S+$/i, 'must be an http or https URL');
const price = z.number().min(0).nullish();

/** The sandbox's product body schema: the shared one with OGOship-plausible limits. */
export const strictProductSchema = productInputSchema.extend({
  code: z.string().min(1).max(MAX_CODE_LENGTH),
  name: text(LIMITS.name),
  description: text(LIMITS.description),
  supplierCode: text(LIMITS.supplierCode),
  supplier: text(LIMITS.supplier),
  group: text(LIMITS.group),
  eanCode: z
    .string()
    .refine(isValidGtin, 'must be an EAN-8, UPC-A, EAN-13 or GTIN-14 with a valid check digit')
    .nullish(),
  supplyPrice: price,
  salesPrice: price,
  currencyCode: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be 3 capital letters (ISO 4217), such as EUR')
    .nullish(),
  infoUrl: httpUrl.nullish(),
  pictureUrl: httpUrl.nullish(),
  countryOfOrigin: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be 2 capital letters (ISO 3166-1 alpha-2), such as FI')
    .nullish(),
  languageCode: z
    .string()
    .regex(/^[a-z]{2}$/i, 'must be 2 letters (ISO 639-1), such as fi, sv or en'),
  customsDescription: text(LIMITS.customsDescription),
  hsCode: z
    .string()
    .regex(/^\d{6,10}$/, 'must be 6 to 10 digits')
    .nullish(),
});

/** Problems with a code a merchant wants to create or rename to (the length is the schema's). */
function newCodeIssues(code: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (/[/\\]/.test(code))
    issues.push({
      field: 'code',
      message: 'must not contain / or \\ (OGOship refuses them in new codes)',
    });
  if (code.trim() !== code)
    issues.push({ field: 'code', message: 'must not start or end with a space' });
  if (/\p{Cc}/u.test(code))
    issues.push({ field: 'code', message: 'must not contain control characters' });
  return issues;
}

/** The schema for one product write; `currentCode` (on PUT) may keep a legacy code unchanged. */
export function productSchemaFor(currentCode?: string) {
  return strictProductSchema.superRefine((product, context) => {
    if (typeof product.code !== 'string' || product.code === currentCode) return;
    for (const issue of newCodeIssues(product.code))
      context.addIssue({ code: 'custom', path: ['code'], message: issue.message });
  });
}

/** The product code a path segment names: base64url with ?base64url=true, else percent-encoded. */
export function productCodeFromPath(request: SandboxRequest, raw: string): string {
  if (request.query.get('base64url')?.toLowerCase() === 'true') {
    if (!/^[A-Za-z0-9_-]+$/.test(raw)) {
      fail(
        400,
        'The product code in the path is not valid base64url (letters, digits, - and _ only, no padding).',
      );
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
    fail(
      400,
      'The product code holds characters that cannot travel in a URL path (/ \\ % # ?); send it base64url-encoded with ?base64url=true.',
    );
  }
  return code;
}
