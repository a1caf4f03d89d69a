// Reads prices as Finnish, Swedish, Estonian and English users type them.
// Never guesses: a value that could be read two ways is an error, not a number.

/** The result of reading one number cell. */
export type NumberReading =
  | { ok: true; value: number }
  | { ok: false; message: string };

// Spaces Excel and keyboards put between thousands: space, no-break, narrow no-break, thin.
const GROUP_SPACES = /[ \u00A0\u202F\u2009]/;
const SPACE_GROUPED = /^\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+(?:[.,]\d+)?$/;
const SCIENTIFIC = /^\d+(?:[.,]\d+)?[eE][+-]?\d+$/;

// The common shapes ("12", "12,50", "0.125") read without splitting; "1,234" still goes the long way.
const PLAIN = /^(\d+)(?:[.,](\d+))?$/;

/** Reads a decimal number written with comma or point decimals and space, point or comma thousands. */
export function parseDecimal(raw: string): NumberReading {
  const text = raw.trim();
  const plain = PLAIN.exec(text);
  if (plain) {
    const [, whole = '', fraction] = plain;
    if (fraction === undefined) return { ok: true, value: Number(whole) };
    if (fraction.length !== 3 || whole === '0' || whole.length > 3) return { ok: true, value: Number(`${whole}.${fraction}`) };
  }
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1).trim() : text;
  const reading = readUnsigned(body, text);
  if (!reading.ok) return reading;
  return { ok: true, value: negative ? -reading.value : reading.value };
}

function readUnsigned(body: string, text: string): NumberReading {
  if (body === '') return { ok: false, message: `"${text}" is not a number` };
  if (SCIENTIFIC.test(body)) {
    return { ok: false, message: `"${text}" is in scientific notation; format the column as Number or Text in Excel` };
  }
  if (GROUP_SPACES.test(body)) {
    if (!SPACE_GROUPED.test(body)) return { ok: false, message: `"${text}" has spaces that are not thousands separators` };
    return readUnsigned(body.replace(/[ \u00A0\u202F\u2009]/g, ''), text);
  }
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return { ok: false, message: `"${text}" is not a number` };
  return readSeparators(body, text);
}

function readSeparators(body: string, text: string): NumberReading {
  const commas = count(body, ',');
  const points = count(body, '.');
  if (commas > 0 && points > 0) return readMixed(body, text);
  if (commas + points === 0) return { ok: true, value: Number(body) };
  const separator = commas > 0 ? ',' : '.';
  const parts = body.split(separator);
  if (parts.length > 2) return readGrouped(parts, text);
  const [whole = '', fraction = ''] = parts;
  if (whole === '' || fraction === '') return { ok: false, message: `"${text}" is not a number` };
  // "1,234" is 1.234 in Helsinki and 1234 in London: refuse rather than guess.
  if (fraction.length === 3 && whole !== '0' && whole.length <= 3) {
    return {
      ok: false,
      message: `"${text}" is ambiguous: it could mean ${whole}${fraction} or ${whole}.${fraction}; write it without a thousands separator, or with more or fewer decimals`,
    };
  }
  return { ok: true, value: Number(`${whole}.${fraction}`) };
}

// Both separators: the last one is the decimal mark, the other one must group thousands.
function readMixed(body: string, text: string): NumberReading {
  const decimalAt = Math.max(body.lastIndexOf(','), body.lastIndexOf('.'));
  const decimal = body[decimalAt];
  const groupMark = decimal === ',' ? '.' : ',';
  const whole = body.slice(0, decimalAt);
  const fraction = body.slice(decimalAt + 1);
  if (fraction === '' || fraction.includes(groupMark)) return { ok: false, message: `"${text}" is not a number` };
  const grouped = readGrouped(whole.split(groupMark), text);
  if (!grouped.ok) return grouped;
  return { ok: true, value: Number(`${grouped.value}.${fraction}`) };
}

function readGrouped(parts: string[], text: string): NumberReading {
  const [head = '', ...groups] = parts;
  const valid = /^\d{1,3}$/.test(head) && head[0] !== '0' && groups.every((group) => /^\d{3}$/.test(group));
  if (!valid) return { ok: false, message: `"${text}" has thousands separators in the wrong places` };
  return { ok: true, value: Number(head + groups.join('')) };
}

function count(text: string, char: string): number {
  let found = 0;
  for (let index = text.indexOf(char); index !== -1; index = text.indexOf(char, index + 1)) found += 1;
  return found;
}
