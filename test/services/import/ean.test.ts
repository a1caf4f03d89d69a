// EAN/GTIN checks and the hints for what Excel did to a code.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkEan, gs1CheckDigit } from '../../../electron/services/import/ean.js';

const message = (text: string) => {
  const result = checkEan(text);
  assert.ok(!result.ok, `${text} should be refused`);
  return result.message;
};

describe('ean', () => {
  it('accepts EAN-8, UPC-A, EAN-13 and GTIN-14 with a right check digit, exactly as written', () => {
    for (const code of ['96385074', '036000291452', '6412837000018', '0012345678905', '10012345678902']) {
      assert.deepEqual(checkEan(code), { ok: true, value: code });
    }
  });

  it('computes the GS1 check digit of any payload so that the full code passes', () => {
    fc.assert(
      fc.property(fc.constantFrom(7, 11, 12, 13), fc.nat(), (length, seed) => {
        const payload = String(seed).padStart(length, '7').slice(-length);
        assert.ok(checkEan(payload + gs1CheckDigit(payload)).ok);
      }),
    );
  });

  it('names a wrong check digit and the digit that would be right', () => {
    assert.match(message('6412837000019'), /wrong check digit: with these digits the last one should be 8/);
  });

  it('tells that scientific notation lost the digits and how to fix it in Excel', () => {
    for (const text of ['6,41284E+12', '6.41284E+12', '6.41284e12']) {
      assert.match(message(text), /scientific notation.*digits are lost.*Format the column as Text in Excel/);
    }
  });

  it('hints at dropped leading zeros for 11 digits, and for a short code whose check digit still fits', () => {
    assert.match(message('12345678905'), /11 digits.*Leading zeros may have been dropped/);
    assert.match(message('12345678901'), /Leading zeros may have been dropped/);
    assert.match(message('1234565'), /7 digits.*Leading zeros may have been dropped/);
    assert.doesNotMatch(message('123456789'), /Leading zeros/);
  });

  it('refuses letters and spaces instead of cleaning them', () => {
    assert.match(message('6412837 000018'), /digits only/);
    assert.match(message('EAN6412837000018'), /digits only/);
  });
});
