// Turns stored drafts into what the renderer sees: summaries for lists and the
// full view with the rules' problems. Pure mapping; never reads the network.
import type { DraftSummary, DraftView } from '../../../shared/contract/drafts.js';
import type { DraftCheck } from '../../../shared/domain/draft-rules.js';
import type { DraftRecord } from './draft-table.js';

const iso = (ms: number): string => new Date(ms).toISOString();

/** One row of the drafts or outbox list. */
export function draftSummary(record: DraftRecord): DraftSummary {
  return {
    id: record.id,
    kind: record.kind,
    state: record.state,
    reference: record.content.reference,
    customerName: record.content.customer.name,
    lineCount: record.content.orderLines.length,
    message: record.message,
    orderReference: record.orderReference,
    nextAttemptAt: record.nextAttemptMs === null ? null : iso(record.nextAttemptMs),
    updatedAt: iso(record.updatedMs),
  };
}

/** The editor's view of a draft with its errors and warnings. */
export function draftView(record: DraftRecord, check: DraftCheck): DraftView {
  return {
    id: record.id,
    kind: record.kind,
    state: record.state,
    content: record.content,
    liveStatus: record.liveStatus,
    message: record.message,
    orderReference: record.orderReference,
    revision: record.revision,
    createdAt: iso(record.createdMs),
    updatedAt: iso(record.updatedMs),
    errors: check.errors,
    warnings: check.warnings,
  };
}
