// Dates read the same compact ISO-like way in every table and pane.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatDateTime, formatShortDateTime } from '../../../../renderer/src/app/format.js';

describe('format', () => {
  it('writes a date-time as local YYYY-MM-DD HH:mm', () => {
    const value = new Date(2026, 10, 16, 10, 27, 59).toISOString();
    assert.equal(formatDateTime(value), '2026-11-16 10:27');
    assert.equal(formatShortDateTime(value), '2026-11-16 10:27');
  });

  it('pads single-digit months, days, hours and minutes', () => {
    assert.equal(formatDateTime(new Date(2027, 0, 5, 7, 3).toISOString()), '2027-01-05 07:03');
  });

  it('shows a dash for nothing and the raw text for something unreadable', () => {
    assert.equal(formatDateTime(null), '—');
    assert.equal(formatDateTime('soon'), 'soon');
  });
});
