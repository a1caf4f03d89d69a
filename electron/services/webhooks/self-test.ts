// Proves the whole path works: a signed delivery sent to the public URL must come
// back through the tunnel to this receiver, verified. Uses a one-off route and
// key, so a self-test can never be mistaken for (or replayed as) a real delivery.
import { randomBytes } from 'node:crypto';
import { WEBHOOK_SIGNATURE_HEADER } from '../../../shared/domain/webhook.js';
import { SELF_TEST_LABEL } from './delivery-processor.js';
import type { Receiver } from './receiver.js';
import { signBody } from './signature.js';

/** Waiters for self-test bodies; feed every verified self-test body to `heard`. */
export function createSelfTest() {
  const waiting = new Map<string, () => void>();

  /** Called by the processor with each verified self-test body. */
  function heard(rawBody: Buffer): void {
    const nonce = nonceOf(rawBody);
    if (nonce !== null) waiting.get(nonce)?.();
  }

  /** Sends a signed probe to `publicUrl` and resolves once it arrived here; throws with the reason otherwise. */
  async function run(receiver: Receiver, publicUrl: string, timeoutMs = 15_000): Promise<void> {
    // A one-off key that never leaves this function except as a signature.
    const key = randomBytes(32).toString('base64url');
    const route = receiver.register(SELF_TEST_LABEL, key);
    const nonce = randomBytes(16).toString('hex');
    const arrived = new Promise<void>((resolve) => waiting.set(nonce, resolve));

    try {
      const body = Buffer.from(JSON.stringify({ selfTest: nonce }), 'utf8');
      const response = await fetch(publicUrl.replace(/\/+$/, '') + route.path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [WEBHOOK_SIGNATURE_HEADER]: signBody(key, body) },
        body,
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'manual',
      }).catch(() => null);
      await response?.arrayBuffer().catch(() => undefined);
      if (response === null) throw new Error('the public URL could not be reached from this computer');
      if (response.status !== 200) throw new Error(`the public URL answered ${response.status} instead of reaching this app`);

      const timer = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), 2_000).unref());
      if ((await Promise.race([arrived, timer])) === 'late') throw new Error('the public URL answered, but not from this app');
    } finally {
      waiting.delete(nonce);
      receiver.unregister(route.token);
    }
  }

  return { heard, run };
}

/** The self-test prover. */
export type SelfTest = ReturnType<typeof createSelfTest>;

function nonceOf(rawBody: Buffer): string | null {
  try {
    const parsed = JSON.parse(rawBody.toString('utf8')) as { selfTest?: unknown };
    return typeof parsed.selfTest === 'string' ? parsed.selfTest : null;
  } catch {
    return null;
  }
}
