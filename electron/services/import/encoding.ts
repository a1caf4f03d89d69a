// Detects the text encoding of a CSV file from its first bytes and says why.
// Pure: looks at a byte sample only; never decodes a whole file or reads from disk.
import iconv from 'iconv-lite';

/** The encodings the import reads, by their iconv-lite names. */
export const IMPORT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-1', 'iso-8859-15', 'macintosh'] as const;
/** One of the encodings the import reads. */
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

/** What detection found: the encoding, how many BOM bytes to skip, and a sentence why. */
export interface DetectedEncoding {
  readonly encoding: ImportEncoding;
  readonly bomLength: number;
  readonly reason: string;
}

const SINGLE_BYTE: readonly ImportEncoding[] = ['windows-1252', 'macintosh', 'iso-8859-15'];

/** Detects the encoding from the BOM, a strict UTF-8 check, or byte statistics. */
export function detectEncoding(sample: Uint8Array, sampleIsWholeFile: boolean): DetectedEncoding {
  const bom = detectBom(sample);
  if (bom) return bom;
  const utf16 = detectBomlessUtf16(sample);
  if (utf16) return utf16;
  if (isValidUtf8(sample, sampleIsWholeFile)) {
    return { encoding: 'utf-8', bomLength: 0, reason: 'The bytes are valid UTF-8 (no byte-order mark)' };
  }
  const scored = SINGLE_BYTE.map((encoding) => ({ encoding, score: plausibility(iconv.decode(Buffer.from(sample), encoding)) }));
  // Ties go to Windows-1252: it is what Excel writes on Finnish and Swedish Windows.
  const best = scored.reduce((winner, next) => (next.score > winner.score ? next : winner));
  return { encoding: best.encoding, bomLength: 0, reason: `Not valid UTF-8; the accented letters read best as ${describeEncoding(best.encoding)}` };
}

/** A name a merchant recognises for an encoding. */
export function describeEncoding(encoding: ImportEncoding): string {
  const names: Record<ImportEncoding, string> = {
    'utf-8': 'UTF-8',
    'utf-16le': 'UTF-16 LE (Excel "Unicode text")',
    'utf-16be': 'UTF-16 BE',
    'windows-1252': 'Windows-1252 (Western European)',
    'iso-8859-1': 'ISO-8859-1 (Latin-1)',
    'iso-8859-15': 'ISO-8859-15 (Latin-9)',
    macintosh: 'Mac Roman',
  };
  return names[encoding];
}

/** The BOM length to skip for an encoding the user chose, if the bytes start with its BOM. */
export function bomLengthFor(encoding: ImportEncoding, sample: Uint8Array): number {
  const bom = detectBom(sample);
  return bom?.encoding === encoding ? bom.bomLength : 0;
}

function detectBom(bytes: Uint8Array): DetectedEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', bomLength: 3, reason: 'The file starts with a UTF-8 byte-order mark' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { encoding: 'utf-16le', bomLength: 2, reason: 'The file starts with a UTF-16 LE byte-order mark (Excel "Unicode text")' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { encoding: 'utf-16be', bomLength: 2, reason: 'The file starts with a UTF-16 BE byte-order mark' };
  }
  return null;
}

// Text in Latin scripts stored as UTF-16 has a zero in every other byte.
function detectBomlessUtf16(bytes: Uint8Array): DetectedEncoding | null {
  const pairs = Math.min(bytes.length >> 1, 512);
  if (pairs < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < pairs * 2; index += 2) {
    if (bytes[index] === 0) evenZeros += 1;
    if (bytes[index + 1] === 0) oddZeros += 1;
  }
  if (oddZeros > pairs * 0.6 && evenZeros === 0) return { encoding: 'utf-16le', bomLength: 0, reason: 'Every other byte is zero: UTF-16 LE without a byte-order mark' };
  if (evenZeros > pairs * 0.6 && oddZeros === 0) return { encoding: 'utf-16be', bomLength: 0, reason: 'Every other byte is zero: UTF-16 BE without a byte-order mark' };
  return null;
}

/** Strict UTF-8 check; a sequence cut at the end of a partial sample is allowed. */
export function isValidUtf8(bytes: Uint8Array, complete: boolean): boolean {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return false;
    if (index + length > bytes.length) return !complete && continuationsOk(bytes, index + 1, bytes.length);
    if (!continuationsOk(bytes, index + 1, index + length)) return false;
    index += length;
  }
  return true;
}

function continuationsOk(bytes: Uint8Array, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) {
    if ((bytes[index]! & 0xc0) !== 0x80) return false;
  }
  return true;
}

// Scores a decoding by how much its non-ASCII characters look like words:
// letters inside words are good; symbols or controls inside words, and a capital
// right after a small letter ("KŠsi" for Mac Roman "Käsi"), are bad.
function plausibility(text: string): number {
  let score = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) continue;
    score += scoreChar(text[index]!, text[index - 1] ?? ' ', text[index + 1] ?? ' ');
  }
  return score;
}

function scoreChar(char: string, before: string, after: string): number {
  if (/[\p{Cc}\p{Co}\p{Cn}\uFFFD]/u.test(char)) return -5;
  const isLetter = /\p{L}/u.test(char);
  const inWord = /\p{L}/u.test(before) || /\p{L}/u.test(after);
  if (!isLetter) return char === '€' && /[\d\s]/.test(before + after) ? 1 : inWord ? -3 : 0;
  if (/\p{Lu}/u.test(char) && /\p{Ll}/u.test(before)) return -2;
  return 1;
}
