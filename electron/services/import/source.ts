// Where import bytes come from: a file on disk (streamed) or bytes the renderer sent.
// The only module here that reads files for the import; never writes them.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';

/** A CSV to import: a path on this machine, or a file's bytes with its name. */
export type ImportSource = { readonly filePath: string } | { readonly name: string; readonly bytes: Uint8Array };

const CHUNK_BYTES = 256 * 1024;

/** The file's bytes in pieces, so no caller holds a whole large file. */
export async function* sourceChunks(source: ImportSource): AsyncGenerator<Uint8Array> {
  if ('bytes' in source) {
    for (let offset = 0; offset < source.bytes.length; offset += CHUNK_BYTES) yield source.bytes.subarray(offset, offset + CHUNK_BYTES);
    return;
  }
  yield* createReadStream(source.filePath, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>;
}

/** SHA-256 of the bytes, to tell whether a file changed between preview and import. */
export async function sourceDigest(source: ImportSource): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of sourceChunks(source)) hash.update(chunk);
  return hash.digest('hex');
}

/** The file name to show. */
export function sourceName(source: ImportSource): string {
  return 'bytes' in source ? source.name : basename(source.filePath);
}
