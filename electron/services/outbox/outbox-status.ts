// The outbox at a glance for the badge and the list: which drafts are on their
// way, and why sending waits. Pure mapping over the drafts table.
import type { OutboxStatus } from '../../../shared/contract/drafts.js';
import { OUTBOX_STATES } from '../../../shared/domain/draft.js';
import { draftSummary } from '../drafts/draft-view.js';
import type { DraftTable } from '../drafts/draft-table.js';

/** Why the outbox is waiting, and until when (null: until something changes). */
export interface OutboxPause {
  kind: OutboxStatus['pause'];
  untilMs: number | null;
}

/** Every draft past "draft" (sent ones stay, linked to their order); the badge counts the rest. */
// LIMIT: reads every draft (documents included) on each change; fine for hundreds, not for 100,000.
export function outboxStatus(table: DraftTable, pause: OutboxPause): OutboxStatus {
  const items = table.all().filter((record) => record.state !== 'draft');
  return {
    count: items.filter((record) => OUTBOX_STATES.includes(record.state)).length,
    pause: pause.kind,
    resumeAt: pause.untilMs === null ? null : new Date(pause.untilMs).toISOString(),
    items: items.map(draftSummary),
  };
}
