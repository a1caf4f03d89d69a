// Product form problems read as sentences, and an EAN is checked like the import checks it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  eanProblem,
  merchantMessage,
} from '../../../../../renderer/src/features/products/product-messages.js';
import {
  productFromForm,
  formValuesOf,
} from '../../../../../renderer/src/features/products/product-fields.js';

describe('product messages', () => {
  it('names the expected code format instead of the schema text', () => {
    assert.equal(
      merchantMessage('currencyCode', {
        code: 'too_big',
        maximum: 3,
        message: 'Too big: expected string to have exactly 3 characters',
      }),
      'Currency must be a 3-letter code such as EUR',
    );
    assert.equal(
      merchantMessage('code', { code: 'too_small', message: 'Too small: expected string' }),
      'Enter a product code',
    );
    assert.equal(
      merchantMessage('name', { code: 'too_big', maximum: 150, message: 'Too big: expected' }),
      'Keep this to 150 characters',
    );
  });

  it('keeps a message the schema wrote itself', () => {
    const message = 'OGOship asks for no / or \\ in product codes';
    assert.equal(merchantMessage('code', { code: 'custom', message }), message);
  });

  it('refuses a short EAN and a wrong check digit, and takes a valid one', () => {
    assert.equal(eanProblem('123'), 'An EAN has 8, 12, 13 or 14 digits; this one has 3');
    assert.match(
      eanProblem('6435309155211') ?? '',
      /^Wrong check digit: with these digits the last one should be \d;/,
    );
    assert.equal(eanProblem('4006381333931'), null);
    assert.equal(eanProblem('40063813339A1'), 'An EAN holds digits only');
  });

  it('puts an EAN problem at the EAN field of the form', () => {
    const values = { ...formValuesOf(null), code: 'CUP-1', eanCode: '123' };
    assert.deepEqual(productFromForm(values, false).problems, {
      eanCode: 'An EAN has 8, 12, 13 or 14 digits; this one has 3',
    });
  });
});
