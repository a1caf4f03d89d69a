// Turns a stream of file bytes into CSV records: detects (or takes) the encoding and
// delimiter from the first 64 KiB, then decodes and parses piece by piece so memory
// stays flat whatever the file size. Never holds the whole file.
import iconv from 'iconv-lite';
import { ValidationError } from '../../../shared/errors.js';
import { CsvParser, type CsvRecord } from './csv-parser.js';
import { detectDelimiter, nameOf, type DetectedDelimiter, type ImportDelimiter } from './delimiter.js';
import { bomLengthFor, describeEncoding, detectEncoding, type DetectedEncoding, type ImportEncoding } from './encoding.js';

/** A user's choices that override detection. */
export interface ReadOptions {
  readonly encoding?: ImportEncoding | undefined;
  readonly delimiter?: ImportDelimiter | undefined;
}

/** An opened CSV: what was detected, the header record, and the data records in batches. */
export interface CsvStream {
  readonly encoding: DetectedEncoding;
  readonly delimiter: DetectedDelimiter;
  readonly header: CsvRecord;
  readonly batches: AsyncGenerator<CsvRecord[]>;
}

// LIMIT: detection reads the first 64 KiB (or the first chunk); a single-byte file whose
// first accent comes later is taken for UTF-8 and then fails loudly, asking for its encoding.
const SAMPLE_BYTES = 64 * 1024;

interface TextDecoderLike {
  write(bytes: Uint8Array): string;
  end(): string;
}

/** Opens a byte stream as CSV; throws ValidationError for an empty file. */
export async function openCsv(chunks: AsyncIterable<Uint8Array>, options: ReadOptions = {}): Promise<CsvStream> {
  const iterator = chunks[Symbol.asyncIterator]();
  const { sample, done } = await readSample(iterator);
  const encoding = chooseEncoding(sample, done, options.encoding);
  const decoder = createDecoder(encoding.encoding);
  const firstText = decoder.write(sample.subarray(encoding.bomLength));
  const delimiter: DetectedDelimiter = options.delimiter
    ? { delimiter: options.delimiter, reason: `${nameOf(options.delimiter)} chosen by the user` }
    : detectDelimiter(firstText);
  const parser = new CsvParser(delimiter.delimiter);
  const first = done ? [...parser.push(firstText + decoder.end()), ...parser.end()] : parser.push(firstText);
  const { header, batches } = await splitHeader(recordBatches(iterator, decoder, parser, first, done));
  return { encoding, delimiter, header, batches };
}

async function readSample(iterator: AsyncIterator<Uint8Array>): Promise<{ sample: Uint8Array; done: boolean }> {
  const pieces: Uint8Array[] = [];
  let size = 0;
  while (size < SAMPLE_BYTES) {
    const next = await iterator.next();
    if (next.done) return { sample: Buffer.concat(pieces), done: true };
    pieces.push(next.value);
    size += next.value.length;
  }
  return { sample: Buffer.concat(pieces), done: false };
}

function chooseEncoding(sample: Uint8Array, whole: boolean, chosen: ImportEncoding | undefined): DetectedEncoding {
  if (!chosen) return detectEncoding(sample, whole);
  return { encoding: chosen, bomLength: bomLengthFor(chosen, sample), reason: `${describeEncoding(chosen)} chosen by the user` };
}

function createDecoder(encoding: ImportEncoding): TextDecoderLike {
  if (encoding === 'utf-8') {
    // Fatal, so a file that turns out not to be UTF-8 past the sample fails loudly
    // instead of filling names with replacement characters.
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const decode = (bytes?: Uint8Array, stream = true): string => {
      try {
        return decoder.decode(bytes, { stream });
      } catch {
        throw new ValidationError('The file is not valid UTF-8 all the way through; choose its encoding (for example Windows-1252) and preview again');
      }
    };
    return { write: (bytes) => decode(bytes), end: () => decode(undefined, false) };
  }
  const decoder = iconv.getDecoder(encoding, { stripBOM: false });
  return { write: (bytes) => decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)), end: () => decoder.end() ?? '' };
}

async function* recordBatches(
  iterator: AsyncIterator<Uint8Array>,
  decoder: TextDecoderLike,
  parser: CsvParser,
  first: CsvRecord[],
  done: boolean,
): AsyncGenerator<CsvRecord[]> {
  yield first;
  if (done) return;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    const records = parser.push(decoder.write(next.value));
    if (records.length > 0) yield records;
  }
  const last = [...parser.push(decoder.end()), ...parser.end()];
  if (last.length > 0) yield last;
}

// Takes the header off the front; the returned generator yields data records only.
async function splitHeader(source: AsyncGenerator<CsvRecord[]>): Promise<{ header: CsvRecord; batches: AsyncGenerator<CsvRecord[]> }> {
  for (let next = await source.next(); !next.done; next = await source.next()) {
    const [header, ...rest] = next.value;
    if (header) return { header, batches: prepend(rest, source) };
  }
  throw new ValidationError('The file is empty: it has no header line');
}

async function* prepend(first: CsvRecord[], source: AsyncGenerator<CsvRecord[]>): AsyncGenerator<CsvRecord[]> {
  if (first.length > 0) yield first;
  yield* source;
}
