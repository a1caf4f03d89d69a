// Sends one product row with the journal's intent recorded first, retries what the
// server pushed back on, and after an ambiguous failure looks the product up
// before sending again, so no row is applied twice. No CSV knowledge here.
import { ApiError, OfflineError } from '../../../shared/errors.js';
import { PRODUCT_FIELDS, type Product, type ProductInput } from '../../../shared/domain/product.js';
import type { Journal, SendOp } from './journal.js';
import type { ProductSender } from './product-sender.js';
import type { SendLimiter } from './send-limiter.js';

/** One row ready to send. */
export interface OutgoingRow {
  readonly line: number;
  readonly code: string;
  readonly op: SendOp;
  readonly body: ProductInput;
  /** The journal holds an intent without an outcome: it may already have been applied. */
  readonly maybeSent: boolean;
  /** The intent, already on its way to disk while the row waited for a slot (none when maybeSent). */
  readonly intent: Promise<void> | null;
}

/** How sending a row ended. */
export type SendOutcome = { ok: true; verified: boolean } | { ok: false; message: string };

const MAX_ATTEMPTS = 6;
const BASE_BACKOFF_MS = 500;

/**
 * Sends a row in a limiter slot the caller holds, gives the slot back as soon as the
 * server has answered, then journals the outcome. Throws only when the journal
 * cannot be written: then nothing more may be sent.
 */
export async function sendRow(row: OutgoingRow, sender: ProductSender, journal: Journal, limiter: SendLimiter): Promise<SendOutcome> {
  try {
    await row.intent;
  } catch (error) {
    limiter.release(false);
    throw error;
  }
  let outcome: SendOutcome;
  try {
    outcome = await settle(row, sender, limiter);
  } catch (error) {
    outcome = { ok: false, message: `Could not tell whether ${row.code} was already sent: ${messageOf(error)}` };
  }
  // A crash before the outcome is on disk leaves an intent: the resume looks the product up.
  limiter.release(outcome.ok);
  const { line, code, op } = row;
  await journal.append(outcome.ok ? { type: 'done', line, code, op, verified: outcome.verified } : { type: 'failed', line, code, op, message: outcome.message });
  return outcome;
}

async function settle(row: OutgoingRow, sender: ProductSender, limiter: SendLimiter): Promise<SendOutcome> {
  if (row.maybeSent && (await alreadyApplied(row, sender))) return { ok: true, verified: true };
  let lastMessage = '';
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    try {
      if (row.op === 'create') await sender.create(row.body);
      else await sender.update(row.code, row.body);
      return { ok: true, verified: false };
    } catch (error) {
      if (!isRetryable(error)) return { ok: false, message: messageOf(error) };
      lastMessage = messageOf(error);
      if (isPushBack(error)) limiter.throttled(BASE_BACKOFF_MS * 2 ** (attempt - 1));
      else await sleep(BASE_BACKOFF_MS * 2 ** (attempt - 1));
      if (mayHaveApplied(error) && (await alreadyApplied(row, sender))) return { ok: true, verified: true };
      await limiter.waitForHold();
    }
  }
  return { ok: false, message: `Gave up after ${MAX_ATTEMPTS} attempts: ${lastMessage}` };
}

// Looks the product up: a create is applied if the code exists; an update if every sent field matches.
async function alreadyApplied(row: OutgoingRow, sender: ProductSender): Promise<boolean> {
  const stored = await findPatiently(row.code, sender);
  if (stored === null) return false;
  if (row.op === 'create') return true;
  return PRODUCT_FIELDS.every((field) => sameValue(row.body[field], stored[field]));
}

async function findPatiently(code: string, sender: ProductSender): Promise<Product | null> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await sender.find(code);
    } catch (error) {
      // Not knowing is not "absent": without an answer the row must not be sent again.
      if (!isRetryable(error) || attempt >= MAX_ATTEMPTS) throw error;
      await sleep(BASE_BACKOFF_MS * 2 ** (attempt - 1));
    }
  }
}

function sameValue(sent: unknown, stored: unknown): boolean {
  const blank = (value: unknown) => value === undefined || value === null || value === '';
  return blank(sent) ? blank(stored) : sent === stored;
}

function isPushBack(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 429 || error.status >= 500);
}

function isRetryable(error: unknown): boolean {
  return isPushBack(error) || error instanceof OfflineError;
}

// A 5xx, or a connection that broke after sending, may have applied the row.
function mayHaveApplied(error: unknown): boolean {
  if (error instanceof ApiError) return error.status >= 500;
  return (error as { ambiguous?: boolean }).ambiguous !== false;
}

function messageOf(error: unknown): string {
  if (error instanceof ApiError) return `OGOship answered ${error.status}: ${error.message}`;
  if (error instanceof Error) return error.message;
  return 'Unknown failure';
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
