// The main side's one logger: per-module names, levels, a rotating file in the
// app's log folder, all on top of electron-log's Node entry.
// Every line passes the redactor before any transport sees it: a secret must
// never reach the file or the console through here.
import fs from 'node:fs';
import path from 'node:path';
import { formatWithOptions } from 'node:util';
import electronLog from 'electron-log/node.js';
import { redactText, redactValue } from './redact.js';

/** Severity of a log line, most severe first. */
export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

/** A module's logger; arguments are formatted like console.log, then redacted. */
export interface Logger {
  error(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  info(...args: unknown[]): void;
  debug(...args: unknown[]): void;
}

/** Where and how much to log. */
export interface LogConfig {
  /** Folder the log files go to; created when missing. */
  folder: string;
  /** Lowest level written to the file (default info). */
  level?: LogLevel;
  /** Lowest level echoed to the console, or false for none (default warn). */
  console?: LogLevel | false;
  /** Name of the current file (default main.log). */
  fileName?: string;
  /** Size at which the file is rotated (default 5 MB). */
  maxFileBytes?: number;
  /** Rotated files kept beside the current one (default 3). */
  keepFiles?: number;
}

const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const DEFAULT_KEEP_FILES = 3;

const backend = electronLog.create({ logId: 'ogo-desk' });
// Second line of defence: anything that reaches electron-log without passing
// through `write` below (its own error handler, a raw call) is scrubbed too.
backend.hooks.push((message) => ({ ...message, data: message.data.map(redactValue) }));
backend.transports.file.level = false;
backend.transports.console.level = 'warn';

let currentFile: string | null = null;

/** Points the file output at a folder and sets levels; call once at start, again to change. */
export function configureLogging(config: LogConfig): void {
  fs.mkdirSync(config.folder, { recursive: true });
  const filePath = path.join(config.folder, config.fileName ?? 'main.log');
  const keepFiles = config.keepFiles ?? DEFAULT_KEEP_FILES;

  const file = backend.transports.file;
  file.resolvePathFn = () => filePath;
  file.maxSize = config.maxFileBytes ?? DEFAULT_MAX_BYTES;
  file.archiveLogFn = (oldFile) => rotate(oldFile.path, keepFiles);
  file.level = config.level ?? 'info';
  backend.transports.console.level = config.console ?? 'warn';
  currentFile = filePath;
}

/** Stops writing to the file (tests and shutdown); the console keeps warnings. */
export function stopFileLogging(): void {
  backend.transports.file.level = false;
  currentFile = null;
}

/** The file being written, or null before `configureLogging`. */
export function logFilePath(): string | null {
  return currentFile;
}

/** A logger whose lines carry the module's name, e.g. `createLogger('auth')`. */
export function createLogger(module: string): Logger {
  const scoped = backend.scope(module);
  return {
    error: (...args) => scoped.error(format(args)),
    warn: (...args) => scoped.warn(format(args)),
    info: (...args) => scoped.info(format(args)),
    debug: (...args) => scoped.debug(format(args)),
  };
}

// Formatting here (not in electron-log) lets the redactor see the final text,
// including whatever util.inspect makes of nested objects and errors.
function format(args: unknown[]): string {
  const text = formatWithOptions({ depth: 6, breakLength: Infinity }, ...args.map(redactValue));
  return redactText(text);
}

// main.log → main.1.log → main.2.log …; the oldest falls off the end.
// LIMIT: each process counts only its own writes toward maxFileBytes, so when
// the app and the `ogo` command share a folder a file can grow past it before
// one of them rotates; acceptable for logs, not worth a cross-process lock.
function rotate(filePath: string, keepFiles: number): void {
  const { dir, name, ext } = path.parse(filePath);
  const numbered = (n: number): string => path.join(dir, `${name}.${n}${ext}`);

  fs.rmSync(numbered(keepFiles), { force: true });
  for (let n = keepFiles - 1; n >= 1; n -= 1) {
    if (fs.existsSync(numbered(n))) fs.renameSync(numbered(n), numbered(n + 1));
  }
  if (keepFiles > 0) fs.renameSync(filePath, numbered(1));
  else fs.rmSync(filePath, { force: true });
}
