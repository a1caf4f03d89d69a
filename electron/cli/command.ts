// What a command of the `ogo` CLI is: a name of one or more words, its options,
// and a run function. Each command group lives in its own file under commands/
// and exports `commands`; the registry finds them, so a feature adds a file.
import type { Services } from '../services/create-services.js';
import type { Output } from './output.js';

/** One option as node:util parseArgs declares it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Placeholder of a string option's value in help, e.g. "N" (default VALUE). */
  value?: string;
  /** Shown in help, e.g. "--status S  only orders in status S". */
  help: string;
}

/** The options every command accepts. */
export interface GlobalOptions {
  sandbox?: string;
  authUrl?: string;
  apiUrl?: string;
  json: boolean;
}

/** What a command's run function gets. */
export interface CommandContext {
  /** Parsed option values of this command (plus the global ones). */
  options: Record<string, string | boolean | undefined>;
  /** Words after the command name. */
  positionals: string[];
  global: GlobalOptions;
  out: Output;
  /** Aborted on Ctrl-C. */
  signal: AbortSignal;
  /** Builds the service graph for the chosen environment (once), signed in unless `signIn: false`. */
  services(options?: { signIn?: boolean }): Promise<Services>;
}

/** One command. */
export interface CommandSpec {
  /** Words that select it, e.g. "orders list". */
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Positional arguments for the usage line, e.g. "REF". */
  args?: string;
  options?: Record<string, OptionSpec>;
  /** Returns the exit code (0 when it returns nothing). */
  run(context: CommandContext): Promise<number | void>;
}

/** Thrown for a wrong invocation: printed with a hint to --help, exit code 2. */
export class UsageError extends Error {}

/** Reads a whole-number option; UsageError when it is not one. */
export function intOption(value: string | boolean | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d+$/.test(value))
    throw new UsageError(`--${name} needs a whole number`);
  return Number(value);
}
