// Removes secrets from anything about to be logged: values under secret-sounding
// keys (in objects, JSON, form bodies, URL queries, headers), bearer credentials,
// JWTs, and every literal secret registered at runtime.
// Must never return or keep a secret anywhere except the in-memory registry.

/** What a removed secret is replaced with. */
export const REDACTED = '[redacted]';

// Shorter literals would blank out ordinary words and numbers all over the log.
// LIMIT: a registered secret under 4 characters is caught only by the key-based
// rules (password=…, "secretToken": …), not wherever it appears as bare text.
const MIN_LITERAL_LENGTH = 4;
const MAX_DEPTH = 8;

// LIMIT: kept for the life of the process (rotated tokens included, a few a day)
// because a stale token can still turn up in a late log line.
const literalSecrets = new Set<string>();
// Longest first, so a secret that contains another one is removed whole.
let literalsLongestFirst: string[] = [];

const exactSecretKeys = new Set([
  'key',
  'authorization',
  'proxyauthorization',
  'cookie',
  'setcookie',
  'xapikey',
  'xogoshiphmacsha256',
]);
const secretKeySuffixes = [
  'token',
  'secret',
  'password',
  'passwd',
  'apikey',
  'webhookkey',
  'hmackey',
];

// A key name in text: the same families as above, spelled with _ - or camelCase.
const SUFFIXED_KEY =
  '[A-Za-z0-9_.-]*?(?:token|secret|password|passwd|(?:api|webhook|hmac)[_-]?key)';
const KEY_NAME = `(?:${SUFFIXED_KEY}|key|authorization|proxy-authorization|cookie|set-cookie|x-api-key)`;

const textRules: ReadonlyArray<readonly [RegExp, string]> = [
  // "key": "value" in JSON text.
  [new RegExp(`("${KEY_NAME}"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'gi'), `$1"${REDACTED}"`],
  // key: 'value' as util.inspect prints objects.
  [new RegExp(`(\\b${KEY_NAME}\\s*:\\s*)'(?:[^'\\\\]|\\\\.)*'`, 'gi'), `$1'${REDACTED}'`],
  // key=value in form bodies, URL queries and cookies.
  [new RegExp(`((?:^|[?&;,\\s"'])${KEY_NAME}=)[^&;,\\s"'#]*`, 'gi'), `$1${REDACTED}`],
  // Authorization: anything, as a header line.
  [
    /\b((?:proxy-)?authorization|cookie|x-api-key)(\s*:\s*)(?!\s*['"]?\[redacted\])[^\r\n,}]*/gi,
    `$1$2${REDACTED}`,
  ],
  // Bearer / Basic credentials wherever they appear.
  [/\b(Bearer|Basic)\s+(?!\[redacted\])[A-Za-z0-9._~+/=-]+/g, `$1 ${REDACTED}`],
  // JWTs (access tokens) even when nothing names them.
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, REDACTED],
];

/** Adds a literal secret that must never be written; also covers its encoded forms. */
export function registerSecret(value: string | null | undefined): void {
  if (typeof value !== 'string' || value.length < MIN_LITERAL_LENGTH) return;

  const forms = [
    value,
    encodeURIComponent(value),
    new URLSearchParams({ v: value }).toString().slice(2),
    JSON.stringify(value).slice(1, -1),
  ];
  for (const form of forms) literalSecrets.add(form);
  literalsLongestFirst = [...literalSecrets].sort((a, b) => b.length - a.length);
}

/** True when a property or parameter of this name holds a secret. */
export function isSecretKey(name: string): boolean {
  const normalized = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (exactSecretKeys.has(normalized)) return true;
  return secretKeySuffixes.some((suffix) => normalized.endsWith(suffix));
}

/** Returns the text with every known secret replaced by `[redacted]`. */
export function redactText(text: string): string {
  let result = text;
  for (const literal of literalsLongestFirst) {
    if (result.includes(literal)) result = result.split(literal).join(REDACTED);
  }
  for (const [pattern, replacement] of textRules) {
    result = result.replace(pattern, replacement);
  }
  return result;
}

/** Returns a redacted copy of any value: strings scrubbed, secret keys blanked, errors rebuilt. */
export function redactValue(value: unknown): unknown {
  return redactAt(value, 0, new WeakSet());
}

function redactAt(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[too deep]';
  seen.add(value);

  if (value instanceof Error) return redactError(value, depth, seen);
  if (value instanceof Date) return value;
  if (value instanceof URL || value instanceof URLSearchParams) return redactText(value.toString());
  if (ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
  if (value instanceof Headers) return redactEntries([...value.entries()], depth, seen);
  if (value instanceof Map) {
    const entries = [...value.entries()].map(([k, v]): [string, unknown] => [String(k), v]);
    return redactEntries(entries, depth, seen);
  }
  if (Array.isArray(value)) return value.map((item) => redactAt(item, depth + 1, seen));
  return redactEntries(Object.entries(value), depth, seen);
}

function redactEntries(
  entries: Array<[string, unknown]>,
  depth: number,
  seen: WeakSet<object>,
): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [name, item] of entries) {
    copy[name] = isSecretKey(name) && item != null ? REDACTED : redactAt(item, depth + 1, seen);
  }
  return copy;
}

function redactError(error: Error, depth: number, seen: WeakSet<object>): Error {
  const copy = new Error(redactText(error.message));
  copy.name = error.name;
  copy.stack = error.stack === undefined ? undefined : redactText(error.stack);
  if (error.cause !== undefined) copy.cause = redactAt(error.cause, depth + 1, seen);

  const extras = redactEntries(Object.entries(error), depth, seen);
  return Object.assign(copy, extras);
}
