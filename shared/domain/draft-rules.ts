// The checks OGOship applies to an order, run on a draft before it may be sent,
// so every problem shows at its field instead of coming back as a 400 later.
// Shared by the renderer (instant feedback) and the main side (the gate before
// queueing). Pure TypeScript: no Node or DOM API, no I/O.
import type { FieldProblem } from '../errors.js';
import { countryByCode } from './countries.js';
import type { DraftContent, DraftKind, DraftLine, DraftState } from './draft.js';

/** What the rules need besides the draft itself. */
export interface DraftRuleContext {
  kind: DraftKind;
  /**
   * Looks a code up in the cached catalogue: its available stock (null when not
   * known) or undefined when no product has the code. Null before the first sync.
   */
  catalogue: ((code: string) => number | null | undefined) | null;
  /** Whether another draft or a known order already uses the reference. */
  referenceTaken: (reference: string) => boolean;
  /** Where the draft is in the outbox; absent means still being edited. */
  state?: DraftState;
}

/**
 * States in which the order this draft creates may already exist, so a live
 * order with its reference is most likely its own and no clash.
 */
const MAY_HAVE_CREATED: ReadonlySet<DraftState> = new Set<DraftState>([
  'queued',
  'sending',
  'outcomeUnknown',
  'sent',
  'conflict',
]);

/** Errors block sending; warnings are shown but do not. */
export interface DraftCheck {
  errors: FieldProblem[];
  warnings: FieldProblem[];
}

// LIMIT: OGOship publishes no field lengths; these are the sandbox's guesses, kept in step.
export const MAX_REFERENCE_LENGTH = 50;
const MAX_LENGTHS: ReadonlyArray<[string, (content: DraftContent) => string, number]> = [
  ['shippingCode', (d) => d.shippingCode, 50],
  ['pickUpPointCode', (d) => d.pickUpPointCode, 50],
  ['comments', (d) => d.comments, 1000],
  ['customer.name', (d) => d.customer.name, 100],
  ['customer.company', (d) => d.customer.company, 100],
  ['customer.address1', (d) => d.customer.address1, 100],
  ['customer.address2', (d) => d.customer.address2, 100],
  ['customer.city', (d) => d.customer.city, 50],
  ['customer.zip', (d) => d.customer.zip, 20],
  ['customer.phone', (d) => d.customer.phone, 30],
  ['customer.email', (d) => d.customer.email, 100],
];
const MAX_QUANTITY = 100_000;
const PATH_BREAKING = /[/\\?#%]/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{5,30}$/;
const CURRENCY = /^[A-Z]{3}$/;

/** Checks the reference alone: required, short, URL-safe, unused. */
export function checkReference(
  reference: string,
  taken: (reference: string) => boolean,
): FieldProblem[] {
  const value = reference.trim();
  if (value === '') return [{ field: 'reference', message: 'Enter an order reference' }];
  if (value.length > MAX_REFERENCE_LENGTH) {
    return [
      { field: 'reference', message: `Keep the reference to ${MAX_REFERENCE_LENGTH} characters` },
    ];
  }
  if (PATH_BREAKING.test(value))
    return [{ field: 'reference', message: 'A reference cannot hold / \\ ? # or %' }];
  if (taken(value)) {
    return [{ field: 'reference', message: 'Another draft or order already uses this reference' }];
  }
  return [];
}

function required(value: string, field: string, what: string): FieldProblem[] {
  return value.trim() === '' ? [{ field, message: `Enter the ${what}` }] : [];
}

function checkCustomer(content: DraftContent): FieldProblem[] {
  const c = content.customer;
  const problems = [
    ...required(c.name, 'customer.name', "customer's name"),
    ...required(c.address1, 'customer.address1', 'street address'),
    ...required(c.city, 'customer.city', 'city'),
  ];
  if (c.countryCode.trim() === '')
    problems.push({ field: 'customer.countryCode', message: 'Choose the country' });
  else if (!countryByCode(c.countryCode)) {
    problems.push({
      field: 'customer.countryCode',
      message: 'Use a two-letter ISO country code, like FI',
    });
  }
  if (c.email.trim() !== '' && !EMAIL.test(c.email.trim())) {
    problems.push({ field: 'customer.email', message: 'This does not look like an email address' });
  }
  if (c.phone.trim() !== '' && !PHONE.test(c.phone.trim())) {
    problems.push({
      field: 'customer.phone',
      message: 'Use digits, spaces, ( ) - and an optional leading +',
    });
  }
  return problems;
}

function checkLengths(content: DraftContent): FieldProblem[] {
  return MAX_LENGTHS.filter(([, read, max]) => read(content).trim().length > max).map(
    ([field, , max]) => ({
      field,
      message: `Keep this to ${max} characters`,
    }),
  );
}

function checkLine(
  line: DraftLine,
  index: number,
  context: DraftRuleContext,
  check: DraftCheck,
): void {
  const at = `orderLines.${index}`;
  const code = line.code.trim();
  const available = code === '' ? undefined : context.catalogue?.(code);
  if (code === '') check.errors.push({ field: `${at}.code`, message: 'Choose a product' });
  else if (context.catalogue && available === undefined) {
    check.errors.push({
      field: `${at}.code`,
      message: 'No product with this code in the catalogue',
    });
  } else if (!context.catalogue) {
    check.warnings.push({
      field: `${at}.code`,
      message: 'The catalogue is not synced yet, so this code is unchecked',
    });
  }

  const quantity = line.quantity;
  if (quantity === null || !Number.isInteger(quantity) || quantity <= 0) {
    check.errors.push({ field: `${at}.quantity`, message: 'Use a whole number of 1 or more' });
    return;
  }
  if (quantity > MAX_QUANTITY) {
    check.errors.push({
      field: `${at}.quantity`,
      message: `OGOship takes at most ${MAX_QUANTITY} per line`,
    });
    return;
  }
  if (available !== undefined && available !== null && quantity > available) {
    check.warnings.push({
      field: `${at}.quantity`,
      message: `Only ${available} available in the warehouse`,
    });
  }
}

function checkMoney(content: DraftContent): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const currency = content.priceCurrency.trim().toUpperCase();
  if (content.priceTotal !== null && content.priceTotal < 0) {
    problems.push({ field: 'priceTotal', message: 'A price cannot be negative' });
  }
  if (currency !== '' && !CURRENCY.test(currency)) {
    problems.push({
      field: 'priceCurrency',
      message: 'Use a three-letter currency code, like EUR',
    });
  }
  if (content.priceTotal !== null && currency === '') {
    problems.push({ field: 'priceCurrency', message: 'Choose the currency of the price' });
  }
  const cod = content.cashOnDelivery;
  if (!cod) return problems;
  if (cod.amount === null || cod.amount <= 0) {
    problems.push({ field: 'cashOnDelivery.amount', message: 'Enter the amount to collect' });
  }
  const codCurrency = cod.currencyCode.trim().toUpperCase();
  if (codCurrency !== '' && !CURRENCY.test(codCurrency)) {
    problems.push({
      field: 'cashOnDelivery.currencyCode',
      message: 'Use a three-letter currency code, like EUR',
    });
  }
  return problems;
}

function checkDocuments(content: DraftContent): FieldProblem[] {
  const problems: FieldProblem[] = [];
  content.documents.forEach((doc, index) => {
    const at = `documents.${index}`;
    problems.push(
      ...required(doc.type, `${at}.type`, 'document type (receipt is printed into the parcel)'),
    );
    const url = doc.url.trim();
    if (url === '' && doc.base64Content === '')
      problems.push({ field: `${at}.url`, message: 'Give a URL or attach a file' });
    else if (url !== '' && !/^https?:\/\/\S+$/i.test(url)) {
      problems.push({ field: `${at}.url`, message: 'Use an http:// or https:// address' });
    }
  });
  return problems;
}

/** Every problem OGOship would reject (errors) or a merchant should see (warnings). */
export function checkDraft(content: DraftContent, context: DraftRuleContext): DraftCheck {
  const check: DraftCheck = { errors: [], warnings: [] };
  if (context.kind === 'new') {
    const own = context.state !== undefined && MAY_HAVE_CREATED.has(context.state);
    check.errors.push(...checkReference(content.reference, own ? () => false : context.referenceTaken));
  }
  if (context.kind === 'cancel') return check;

  check.errors.push(...checkLengths(content), ...checkCustomer(content));
  if (content.orderLines.length === 0)
    check.errors.push({ field: 'orderLines', message: 'Add at least one product' });
  content.orderLines.forEach((line, index) => checkLine(line, index, context, check));
  check.errors.push(...checkMoney(content), ...checkDocuments(content));
  return check;
}
