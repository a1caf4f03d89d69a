// Checks EAN/GTIN barcodes (GS1 lengths and check digit) and explains what Excel did
// to them. Shared by the import and the product form. Pure: no Node or DOM API; never
// pads, trims digits or otherwise "fixes" a code: it only tells.

/** The result of checking one EAN cell. */
export type EanCheck = { ok: true; value: string } | { ok: false; message: string };

const VALID_LENGTHS = [8, 12, 13, 14];
const SCIENTIFIC = /^\d+(?:[.,]\d+)?[eE][+-]?\d+$/;

/** The GS1 check digit for the digits before it (weights 3,1,3,… from the right). */
export function gs1CheckDigit(payload: string): number {
  let sum = 0;
  for (let index = 0; index < payload.length; index += 1) {
    const fromRight = payload.length - index;
    sum += Number(payload[index]) * (fromRight % 2 === 1 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** True when the last digit is the right GS1 check digit for the others. */
export function hasValidCheckDigit(digits: string): boolean {
  return gs1CheckDigit(digits.slice(0, -1)) === Number(digits.at(-1));
}

/** Checks a trimmed, non-empty EAN cell exactly as written. */
export function checkEan(text: string): EanCheck {
  if (SCIENTIFIC.test(text)) {
    return {
      ok: false,
      message: `EAN "${text}" is in scientific notation: Excel turned it into a number and its last digits are lost. Format the column as Text in Excel, type the codes again and save`,
    };
  }
  if (!/^\d+$/.test(text)) return { ok: false, message: `EAN "${text}" must hold digits only` };
  if (!VALID_LENGTHS.includes(text.length)) return { ok: false, message: lengthMessage(text) };
  if (!hasValidCheckDigit(text)) {
    return {
      ok: false,
      message: `EAN ${text} has a wrong check digit: with these digits the last one should be ${gs1CheckDigit(text.slice(0, -1))}; check the code on the package`,
    };
  }
  return { ok: true, value: text };
}

function lengthMessage(text: string): string {
  const base = `EAN ${text} has ${text.length} digits; an EAN has 8, 12, 13 or 14`;
  const longer = VALID_LENGTHS.find((length) => length > text.length);
  // Leading zeros add nothing to the GS1 sum, so a dropped zero leaves the check digit valid.
  const zerosLikely = hasValidCheckDigit(text) || text.length === 7 || text.length === 11;
  if (longer !== undefined && zerosLikely) {
    return `${base}. Leading zeros may have been dropped (Excel does this to numbers): format the column as Text in Excel and type the code with its zeros`;
  }
  return base;
}
