// Renderer log lines: written under module 'renderer', redacted, and limited to
// a burst then a trickle, with the gap announced when lines flow again.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRendererLog } from '../../../electron/services/diagnostics/renderer-log.js';
import type { Logger } from '../../../electron/services/log/logger.js';

function recordingLogger() {
  const lines: Array<[string, unknown[]]> = [];
  const at =
    (level: string) =>
    (...args: unknown[]) =>
      lines.push([level, args]);
  const log: Logger = {
    error: at('error'),
    warn: at('warn'),
    info: at('info'),
    debug: at('debug'),
  };
  return { log, lines };
}

describe('renderer log', () => {
  it('writes a burst, drops the rest, and says how many were dropped once the allowance refills', () => {
    const { log, lines } = recordingLogger();
    let now = 0;
    const sink = createRendererLog(log, { burst: 3, refillPerSecond: 1 }, () => now);
    const written = [1, 2, 3, 4, 5].map((n) =>
      sink.write({ level: 'error', message: `line ${n}` }),
    );
    assert.deepEqual(written, [true, true, true, false, false]);
    now += 1000;
    assert.equal(sink.write({ level: 'info', message: 'after the pause' }), true);
    assert.deepEqual(
      lines.map(([level, args]) => `${level} ${String(args[0])}`),
      [
        'error line 1',
        'error line 2',
        'error line 3',
        'warn 2 renderer line(s) dropped by the rate limit',
        'info after the pause',
      ],
    );
  });

  it('passes the context along for the logger to format and redact', () => {
    const { log, lines } = recordingLogger();
    const sink = createRendererLog(log);
    sink.write({
      level: 'warn',
      message: 'view failed',
      context: { view: 'orders' },
    });
    assert.deepEqual(lines, [['warn', ['view failed', { view: 'orders' }]]]);
  });
});
