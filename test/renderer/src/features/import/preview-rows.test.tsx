// The new-products preview shows prices as read, so a decimal comma in the
// file can be checked before anything is sent.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { previewPrice } from '../../../../../renderer/src/features/import/preview-rows.js';

type Row = Parameters<typeof previewPrice>[0];

function row(changes: Row['changes']): Row {
  return {
    line: 2,
    code: 'CUP-1',
    category: 'new',
    changes,
    erasable: [],
    problems: [],
    warnings: [],
  };
}

describe('preview rows', () => {
  it('shows a price read from "12,50" as 12.50 in the row currency', () => {
    const read = row([
      { field: 'salesPrice', from: null, to: 12.5 },
      { field: 'currencyCode', from: null, to: 'EUR' },
    ]);
    assert.match(previewPrice(read, 'salesPrice'), /12\.50/);
    assert.match(previewPrice(read, 'salesPrice'), /€|EUR/);
  });

  it('shows a plain two-decimal number without a currency, and (blank) without a price', () => {
    const read = row([{ field: 'supplyPrice', from: null, to: 4 }]);
    assert.equal(previewPrice(read, 'supplyPrice'), '4.00');
    assert.equal(previewPrice(read, 'salesPrice'), '(blank)');
  });
});
