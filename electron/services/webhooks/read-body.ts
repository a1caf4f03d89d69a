// Reads a request body into one buffer with a size cap and a deadline, so a huge
// or dribbling client can neither fill memory nor hold a socket forever.
// Must never parse or interpret the bytes: verification needs them untouched.
import type { IncomingMessage } from 'node:http';

/** How reading a body ended. */
export type BodyResult =
  | { kind: 'ok'; bytes: Buffer }
  | { kind: 'tooLarge' }
  | { kind: 'timeout' }
  | { kind: 'aborted' };

/** Collects the body, stopping at `maxBytes` or when `timeoutMs` passes. */
export function readBody(request: IncomingMessage, maxBytes: number, timeoutMs: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;

    const finish = (result: BodyResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.off('data', onData);
      // Stop pulling bytes from a client we have already given up on.
      if (result.kind !== 'ok') request.pause();
      resolve(result);
    };

    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > maxBytes) finish({ kind: 'tooLarge' });
      else chunks.push(chunk);
    };

    const timer = setTimeout(() => finish({ kind: 'timeout' }), timeoutMs);
    request.on('data', onData);
    request.once('end', () => finish({ kind: 'ok', bytes: Buffer.concat(chunks, size) }));
    request.once('error', () => finish({ kind: 'aborted' }));
    // A client that hangs up mid-body closes the request before it completes.
    request.once('close', () => {
      if (!request.complete) finish({ kind: 'aborted' });
    });
  });
}
