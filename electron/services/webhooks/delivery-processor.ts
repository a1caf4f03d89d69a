// Turns what the receiver heard into inbox entries and app changes: records every
// delivery (verified or not), drops duplicates within a window, answers the
// sender fast, and applies verified hints one at a time in the background.
// Must never act on an unverified delivery and never store a raw body.
import { createHash } from 'node:crypto';
import { webhookTypeSchema, type WebhookType } from '../../../shared/domain/webhook.js';
import type { InboxEntry, Verification } from '../../../shared/contract/webhooks.js';
import { ValidationError } from '../../../shared/errors.js';
import type { EventBus } from '../event-bus.js';
import { applyHint, type RecordSource } from './apply-hint.js';
import { readDeliveryHint, type DeliveryHint } from './delivery-hint.js';
import type { Inbox } from './inbox.js';
import { createInboxWriter } from './inbox-writer.js';
import type { Preferences } from './preferences.js';
import type { DeliveryReply, IncomingDelivery } from './receiver.js';
import { redactBody } from './redact-body.js';

/** The label of the self-test route; its deliveries prove the path, nothing more. */
export const SELF_TEST_LABEL = 'SelfTest';

/** What the processor needs from the rest of the app. */
export interface ProcessorDeps {
  readonly inbox: Inbox;
  readonly preferences: Preferences;
  readonly records: RecordSource;
  readonly emit: EventBus['emit'];
  readonly now: () => Date;
  /** Deliveries with the same type and body inside this window count once. */
  readonly dedupeWindowMs?: number;
  /** Told about every verified self-test body. */
  readonly onSelfTest?: (rawBody: Buffer) => void;
  /** Told when a verified hint could not be applied (the API failed): the sender will not resend after our 200. */
  readonly onApplyFailed?: () => void;
}

/** Ten minutes: long enough to absorb a sender's retries, short enough to let real repeats through. */
export const DEFAULT_DEDUPE_WINDOW_MS = 10 * 60_000;

/** Builds the processor the receiver hands deliveries to. */
export function createDeliveryProcessor(deps: ProcessorDeps) {
  let queue: Promise<void> = Promise.resolve();
  const windowMs = deps.dedupeWindowMs ?? DEFAULT_DEDUPE_WINDOW_MS;
  const writer = createInboxWriter(deps.inbox);
  // Hashes accepted in this process, oldest first; covers deliveries whose row is still being committed.
  const recent = new Map<string, { at: number; id: number | null }>();

  const record = async (entry: Parameters<Inbox['add']>[0]): Promise<InboxEntry> => {
    const stored = await writer.add(entry);
    deps.emit('webhooks.delivery', stored);
    return stored;
  };

  const settle = async (id: number, outcome: InboxEntry['outcome'], detail: string): Promise<InboxEntry> => {
    const settled = await writer.settle(id, outcome, detail);
    deps.emit('webhooks.delivery', settled);
    return settled;
  };

  const earlierCopy = (bodyHash: string): string | null => {
    const now = deps.now().getTime();
    for (const [hash, seen] of recent) {
      if (now - seen.at <= windowMs) break;
      recent.delete(hash);
    }
    const hit = recent.get(bodyHash);
    if (hit) return hit.id === null ? 'a delivery received moments ago' : `delivery #${hit.id}`;
    const stored = deps.inbox.findSeen(bodyHash, new Date(now - windowMs).toISOString());
    return stored === null ? null : `delivery #${stored}`;
  };

  // Serial application keeps two hints for one record from racing each other.
  const enqueue = (id: number, hint: DeliveryHint, source: 'webhook' | 'replay', bodyHash: string | null): Promise<InboxEntry> => {
    const run = queue.then(async () => {
      try {
        const effect = await applyHint(hint, source, deps);
        return await settle(id, effect.changed ? 'applied' : 'unchanged', effect.detail);
      } catch (error) {
        // A sender's retry of a delivery we could not apply deserves another go.
        if (bodyHash !== null) recent.delete(bodyHash);
        deps.onApplyFailed?.();
        return settle(id, 'failed', failureText(error));
      }
    });
    queue = run.then(() => undefined, () => undefined);
    return run;
  };

  /** Records a delivery and answers it; verified hints are applied in the background. */
  async function accept(delivery: IncomingDelivery): Promise<DeliveryReply> {
    const base = {
      receivedAt: deps.now().toISOString(),
      type: delivery.label,
      verification: (delivery.tooLarge ? 'tooLarge' : delivery.signature) as Verification,
      body: redactBody(delivery.rawBody),
      contentType: delivery.contentType,
      replayOf: null,
    };
    if (base.verification !== 'valid' || delivery.rawBody === null) {
      const entry = await record({ ...base, outcome: 'rejected', detail: rejectionText(base.verification), subject: null, bodyHash: null });
      return { status: 401, message: 'Signature missing or invalid', entry };
    }

    if (delivery.label === SELF_TEST_LABEL) {
      const entry = await record({ ...base, outcome: 'selfTest', detail: 'Self-test delivery arrived through the public URL', subject: null, bodyHash: null });
      deps.onSelfTest?.(delivery.rawBody);
      return { status: 200, message: 'Self-test received', entry };
    }

    const bodyHash = hashDelivery(delivery.label, delivery.rawBody);
    const earlier = earlierCopy(bodyHash);
    if (earlier !== null) {
      const entry = await record({ ...base, outcome: 'duplicate', detail: `Same as ${earlier}; nothing changed`, subject: null, bodyHash });
      return { status: 200, message: 'Duplicate delivery; already handled', entry };
    }

    const hint = hintOf(delivery.label, delivery.rawBody);
    if (!hint.ok) {
      const entry = await record({ ...base, outcome: 'rejected', detail: hint.reason, subject: null, bodyHash });
      return { status: 400, message: hint.reason, entry };
    }

    const seen = { at: deps.now().getTime(), id: null as number | null };
    recent.set(bodyHash, seen);
    const entry = await record({ ...base, outcome: 'pending', detail: null, subject: subjectOf(hint.hint), bodyHash }).catch((error: unknown) => {
      recent.delete(bodyHash);
      throw error;
    });
    seen.id = entry.id;
    void enqueue(entry.id, hint.hint, 'webhook', bodyHash);
    return { status: 200, message: 'Accepted', entry };
  }

  /** Applies a stored verified delivery again, as a new inbox entry. */
  async function replay(id: number): Promise<InboxEntry> {
    const original = deps.inbox.get(id);
    if (original === null) throw new ValidationError(`Delivery #${id} is no longer in the inbox`);
    if (original.verification !== 'valid' || original.body === null) {
      throw new ValidationError('Only verified deliveries can be replayed');
    }

    const hint = hintOf(original.type, Buffer.from(original.body, 'utf8'));
    if (!hint.ok) throw new ValidationError(`Delivery #${id} cannot be replayed: ${hint.reason}`);

    const entry = await record({
      receivedAt: deps.now().toISOString(), type: original.type, verification: 'valid', outcome: 'pending',
      detail: null, subject: subjectOf(hint.hint), body: original.body, bodyHash: null,
      contentType: original.contentType, replayOf: id,
    });
    return enqueue(entry.id, hint.hint, 'replay', null);
  }

  /** Resolves once every queued hint has been applied. */
  function idle(): Promise<void> {
    return queue;
  }

  return { accept, replay, idle };
}

/** The processor the receiver hands deliveries to. */
export type DeliveryProcessor = ReturnType<typeof createDeliveryProcessor>;

/** The dedupe key: type and exact body bytes. */
export function hashDelivery(type: string, rawBody: Uint8Array): string {
  return createHash('sha256').update(type).update('\n').update(rawBody).digest('hex');
}

function hintOf(label: string, rawBody: Uint8Array) {
  const type = webhookTypeSchema.safeParse(label);
  if (!type.success) return { ok: false as const, reason: `Unknown delivery type ${label}` };
  return readDeliveryHint(type.data as WebhookType, rawBody);
}

function subjectOf(hint: DeliveryHint): string {
  return (hint.kind === 'order' ? hint.references : hint.codes).join(', ');
}

function rejectionText(verification: Verification): string {
  switch (verification) {
    case 'missing': return 'No signature header; ignored';
    case 'malformed': return 'Signature header is not a base64 HMAC-SHA256; ignored';
    case 'mismatch': return 'Signature does not match the body; ignored';
    case 'tooLarge': return 'Body over the size limit; not read';
    case 'valid': return 'Verified';
  }
}

function failureText(error: unknown): string {
  // Typed errors carry sentences meant for the user; anything else stays generic.
  if (error instanceof Error && 'toPayload' in error) return `Could not refresh from OGOship: ${error.message}`;
  return 'Could not refresh from OGOship; the next sync will catch up';
}
