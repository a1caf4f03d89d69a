// Reading prices as Finnish, Swedish, Estonian and English users write them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDecimal } from '../../../electron/services/import/numbers.js';

const value = (text: string) => {
  const reading = parseDecimal(text);
  assert.ok(reading.ok, `${text}: ${reading.ok ? '' : reading.message}`);
  return reading.value;
};
const refusal = (text: string) => {
  const reading = parseDecimal(text);
  assert.ok(!reading.ok, `${text} should be refused, read as ${reading.ok ? reading.value : ''}`);
  return reading.message;
};

describe('numbers', () => {
  it('reads decimal commas and points', () => {
    assert.equal(value('12,50'), 12.5);
    assert.equal(value('12.50'), 12.5);
    assert.equal(value('0,125'), 0.125);
    assert.equal(value('7'), 7);
    assert.equal(value(' 4,2 '), 4.2);
  });

  it('reads space, no-break space and narrow no-break space as thousands separators', () => {
    assert.equal(value('1 234,50'), 1234.5);
    assert.equal(value('1\u00A0234,50'), 1234.5);
    assert.equal(value('12\u202F345'), 12345);
    assert.equal(value('1 234 567.5'), 1234567.5);
  });

  it('reads both separators with the last one as the decimal mark', () => {
    assert.equal(value('1.234,56'), 1234.56);
    assert.equal(value('1,234.56'), 1234.56);
    assert.equal(value('1.234.567'), 1234567);
  });

  it('refuses a single separator followed by exactly three digits as ambiguous', () => {
    assert.match(refusal('1,234'), /ambiguous: it could mean 1234 or 1\.234/);
    assert.match(refusal('12.500'), /ambiguous/);
    assert.equal(value('1234,567'), 1234.567);
  });

  it('refuses badly grouped, scientific and non-numbers', () => {
    assert.match(refusal('1 23,5'), /not thousands separators/);
    assert.match(refusal('1.23.4'), /wrong places/);
    assert.match(refusal('1,2.3'), /wrong places/);
    assert.match(refusal('6,41284E+12'), /scientific notation/);
    assert.match(refusal('12 €'), /not thousands separators|not a number/);
    assert.match(refusal('abc'), /not a number/);
    assert.match(refusal(','), /not a number/);
  });

  it('reads a minus sign so the price rule can refuse it by name', () => {
    assert.equal(value('-1,50'), -1.5);
  });
});
