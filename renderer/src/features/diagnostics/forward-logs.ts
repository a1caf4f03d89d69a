// Sends the renderer's console errors and warnings, uncaught errors and
// unhandled promise rejections to the main side's log (log.write), where they
// are rate-limited and redacted. The console still shows them as before.
// Never forwards a failure of log.write itself, so a broken bridge cannot loop.
import { bridge } from '../../bridge/index.js';

type Level = 'error' | 'warn' | 'info';

const MAX_MESSAGE = 4000;

function describe(value: unknown): string {
  if (value instanceof Error)
    return `${value.name}: ${value.message}${value.stack ? `\n${value.stack}` : ''}`;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Writes one line to the main side's log; failures are dropped silently on purpose. */
export function forwardLog(level: Level, message: string, context?: Record<string, string>): void {
  const text = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
  bridge()
    ['log.write']({ level, message: text, ...(context ? { context } : {}) })
    .catch(() => undefined);
}

// LIMIT: console.log and console.info stay in the renderer's devtools; only warnings, errors
// and uncaught failures are worth a line in the file a user hands to support.

/** Installs the forwarding once, at start-up. */
export function forwardRendererLogs(): void {
  for (const level of ['error', 'warn'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      original(...args);
      forwardLog(level, args.map(describe).join(' '));
    };
  }
  window.addEventListener('error', (event) => {
    forwardLog('error', `Uncaught ${describe(event.error ?? event.message)}`, {
      source: `${event.filename}:${event.lineno}:${event.colno}`,
    });
  });
  window.addEventListener('unhandledrejection', (event) => {
    forwardLog('error', `Unhandled rejection: ${describe(event.reason)}`);
  });
}
