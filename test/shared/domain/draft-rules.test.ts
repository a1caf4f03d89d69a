// The draft rules as a merchant meets them: each problem at its field, stock
// warnings that do not block, and references that must be free and URL-safe.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkDraft, type DraftRuleContext } from '../../../shared/domain/draft-rules.js';
import {
  draftContentSchema,
  emptyDraftContent,
  type DraftContent,
} from '../../../shared/domain/draft.js';
import { COUNTRIES, searchCountries } from '../../../shared/domain/countries.js';

const catalogue = new Map<string, number | null>([
  ['SOCK-1', 5],
  ['HAT-2', null],
]);
const context: DraftRuleContext = {
  kind: 'new',
  catalogue: (code) => (catalogue.has(code) ? catalogue.get(code)! : undefined),
  referenceTaken: (reference) => reference.trim().toUpperCase() === 'ORD-1',
};

function content(change: Partial<DraftContent> = {}): DraftContent {
  return draftContentSchema.parse({
    reference: 'OD-20260101-AAAA',
    customer: { name: 'Aino', address1: 'Katu 1', city: 'Helsinki', countryCode: 'FI' },
    orderLines: [{ code: 'SOCK-1', quantity: 2 }],
    ...change,
  });
}

const fields = (problems: Array<{ field: string }>) => problems.map((problem) => problem.field);

describe('draft rules', () => {
  it('passes a complete draft', () => {
    assert.deepEqual(checkDraft(content(), context), { errors: [], warnings: [] });
  });

  it('puts each missing required field at its own path', () => {
    const check = checkDraft(emptyDraftContent('OD-1'), context);
    assert.deepEqual(fields(check.errors), [
      'customer.name',
      'customer.address1',
      'customer.city',
      'customer.countryCode',
      'orderLines.0.code',
    ]);
  });

  it('wants whole positive quantities and known codes, at the line that breaks them', () => {
    const lines = [
      { code: 'SOCK-1', quantity: 1.5 },
      { code: 'HAT-2', quantity: 0 },
      { code: 'NOPE', quantity: 1 },
      { code: 'SOCK-1', quantity: null },
    ];
    const check = checkDraft(
      content({
        orderLines: lines.map((line) => ({ ...line, unitPrice: null, vatPercentage: null })),
      }),
      context,
    );
    assert.deepEqual(fields(check.errors), [
      'orderLines.0.quantity',
      'orderLines.1.quantity',
      'orderLines.2.code',
      'orderLines.3.quantity',
    ]);
  });

  it('warns, without blocking, when a quantity exceeds the available stock', () => {
    const check = checkDraft(
      content({
        orderLines: [{ code: 'SOCK-1', quantity: 6, unitPrice: null, vatPercentage: null }],
      }),
      context,
    );
    assert.deepEqual(check.errors, []);
    assert.deepEqual(check.warnings, [
      { field: 'orderLines.0.quantity', message: 'Only 5 available in the warehouse' },
    ]);
  });

  it('refuses a reference another draft or order uses, or one that breaks a URL', () => {
    assert.deepEqual(fields(checkDraft(content({ reference: 'ord-1' }), context).errors), [
      'reference',
    ]);
    assert.deepEqual(fields(checkDraft(content({ reference: 'A/B' }), context).errors), [
      'reference',
    ]);
    assert.deepEqual(fields(checkDraft(content({ reference: 'X'.repeat(51) }), context).errors), [
      'reference',
    ]);
  });

  it('does not check the reference of a change to a live order (it is that order’s)', () => {
    assert.deepEqual(
      checkDraft(content({ reference: 'ORD-1' }), { ...context, kind: 'edit' }).errors,
      [],
    );
  });

  it('checks code lengths and shapes: country, currencies, email, phone, lengths', () => {
    const draft = content({
      customer: {
        ...content().customer,
        countryCode: 'XX',
        email: 'nope',
        phone: 'call me',
        city: 'C'.repeat(51),
      },
      priceTotal: 10,
      priceCurrency: 'EU',
      cashOnDelivery: { amount: 0, currencyCode: 'E', reference: '' },
    });
    assert.deepEqual(fields(checkDraft(draft, context).errors).sort(), [
      'cashOnDelivery.amount',
      'cashOnDelivery.currencyCode',
      'customer.city',
      'customer.countryCode',
      'customer.email',
      'customer.phone',
      'priceCurrency',
    ]);
  });

  it('wants a URL or a file for each document', () => {
    const documents = [
      { type: 'receipt', url: '', fileName: '', base64Content: '' },
      { type: '', url: 'ftp://x', fileName: '', base64Content: '' },
      { type: 'receipt', url: '', fileName: 'r.pdf', base64Content: 'JVBERg==' },
    ];
    assert.deepEqual(fields(checkDraft(content({ documents }), context).errors), [
      'documents.0.url',
      'documents.1.type',
      'documents.1.url',
    ]);
  });

  it('only warns about codes before the catalogue was ever synced', () => {
    const check = checkDraft(
      content({ orderLines: [{ code: 'ANY', quantity: 1, unitPrice: null, vatPercentage: null }] }),
      { ...context, catalogue: null },
    );
    assert.deepEqual(check.errors, []);
    assert.deepEqual(fields(check.warnings), ['orderLines.0.code']);
  });
});

describe('countries', () => {
  it('lists every ISO 3166-1 alpha-2 code once, and finds by code or name', () => {
    assert.equal(COUNTRIES.length, 249);
    assert.equal(new Set(COUNTRIES.map((country) => country.code)).size, 249);
    assert.equal(searchCountries('fi')[0]?.code, 'FI');
    assert.deepEqual(
      searchCountries('sweden').map((country) => country.code),
      ['SE'],
    );
  });
});
