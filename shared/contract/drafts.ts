// Contract: order drafts (new, duplicated, or changes to a live order) and the
// outbox that delivers them to OGOship exactly once. Pure TypeScript: no Node or
// DOM API; never carries a secret.
import { z } from 'zod';
import { fieldProblemSchema } from '../errors.js';
import { draftContentSchema, draftKindSchema, draftStateSchema } from '../domain/draft.js';
import { event, operation } from './define.js';

/** A draft as the editor sees it, with the problems the rules found. */
export const draftViewSchema = z.object({
  id: z.string(),
  kind: draftKindSchema,
  state: draftStateSchema,
  content: draftContentSchema,
  /** The live order's status when the draft edits or cancels one. */
  liveStatus: z.string().nullable(),
  /** The server's message (needs attention) or what the outbox is waiting for. */
  message: z.string().nullable(),
  /** The live order this draft became, once sent. */
  orderReference: z.string().nullable(),
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  errors: z.array(fieldProblemSchema),
  warnings: z.array(fieldProblemSchema),
});
export type DraftView = z.infer<typeof draftViewSchema>;

/** One row of the drafts and outbox lists. */
export const draftSummarySchema = z.object({
  id: z.string(),
  kind: draftKindSchema,
  state: draftStateSchema,
  reference: z.string(),
  customerName: z.string(),
  lineCount: z.number().int(),
  message: z.string().nullable(),
  orderReference: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type DraftSummary = z.infer<typeof draftSummarySchema>;

/** Why the outbox is not sending right now, if it is not. */
export const outboxPauseSchema = z.enum(['none', 'offline', 'rateLimited', 'signedOut']);

/** The outbox at a glance: the badge count, whether it waits, and its items. */
export const outboxStatusSchema = z.object({
  count: z.number().int(),
  pause: outboxPauseSchema,
  resumeAt: z.string().nullable(),
  items: z.array(draftSummarySchema),
});
export type OutboxStatus = z.infer<typeof outboxStatusSchema>;

/** A catalogue product as the line picker shows it. */
export const productOptionSchema = z.object({
  code: z.string(),
  name: z.string().nullable(),
  stockAvailable: z.number().nullable(),
});

const byId = z.object({ id: z.string().min(1).max(100) });
const byReference = z.object({ reference: z.string().min(1).max(200) });

export const draftOperations = {
  'drafts.create': operation(
    'Start a new order draft with a generated reference',
    z.object({}),
    draftViewSchema,
  ),
  'drafts.duplicate': operation(
    'Start a draft that copies a cached order under a new reference',
    byReference,
    draftViewSchema,
  ),
  'drafts.editLive': operation(
    'Start a change (or, from Collecting on, a cancellation request) of a live order',
    byReference,
    draftViewSchema,
  ),
  'drafts.update': operation(
    "Save the editor's content of a draft",
    z.object({ id: z.string().min(1).max(100), content: draftContentSchema }),
    draftViewSchema,
  ),
  'drafts.delete': operation('Throw a draft away (not once it is on its way)', byId, z.object({})),
  'drafts.list': operation(
    'List every draft, newest change first',
    z.object({}),
    z.array(draftSummarySchema),
  ),
  'drafts.get': operation('Read one draft with its problems', byId, draftViewSchema.nullable()),
  'drafts.send': operation('Check a draft and put it in the outbox', byId, draftViewSchema),
  'drafts.products': operation(
    'Search the cached catalogue for the line picker',
    z.object({
      search: z.string().max(200).default(''),
      limit: z.number().int().min(1).max(100).default(20),
    }),
    z.array(productOptionSchema),
  ),
  'outbox.list': operation('Read the outbox', z.object({}), outboxStatusSchema),
  'outbox.retry': operation('Send an item that needs attention again', byId, draftViewSchema),
  'outbox.sendNow': operation(
    'Stop waiting and try every queued item now',
    z.object({}),
    outboxStatusSchema,
  ),
  'outbox.resolveConflict': operation(
    'Settle a reference conflict: keep the existing order, or send under a new reference',
    z.discriminatedUnion('action', [
      z.object({ id: z.string().min(1).max(100), action: z.literal('keepExisting') }),
      z.object({
        id: z.string().min(1).max(100),
        action: z.literal('changeReference'),
        reference: z.string().min(1).max(200),
      }),
    ]),
    draftViewSchema,
  ),
  'countries.list': operation(
    'ISO 3166-1 alpha-2 countries with English names',
    z.object({}),
    z.array(z.object({ code: z.string(), name: z.string() })),
  ),
};

export const draftEvents = {
  'outbox.changed': event(
    'An outbox item changed state, or the outbox paused or resumed',
    outboxStatusSchema,
  ),
};
