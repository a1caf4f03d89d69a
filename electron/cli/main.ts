// The `ogo` command: parses the command line, runs one command from the registry
// over the shared service graph, and turns every failure into one line on stderr
// and a non-zero exit code. Never prints a secret (output passes the redactor).
import { parseArgs } from 'node:util';
import { CancelledError, OgoError } from '../../shared/errors.js';
import { redactText } from '../services/log/redact.js';
import { UsageError, type CommandSpec, type GlobalOptions, type OptionSpec } from './command.js';
import { serviceFactory } from './context.js';
import { terminalOutput, type Output } from './output.js';
import { GLOBAL_OPTIONS, commandHelp, findCommand, generalHelp, loadCommands } from './registry.js';

type ParseOptions = Record<string, { type: 'string' | 'boolean'; short?: string }>;

function parseOptions(specs: Record<string, OptionSpec>): ParseOptions {
  return Object.fromEntries(
    Object.entries(specs).map(([name, { type, short }]) => [
      name,
      short ? { type, short } : { type },
    ]),
  );
}

function globalOf(values: Record<string, string | boolean | undefined>): GlobalOptions {
  const text = (name: string): string | undefined =>
    typeof values[name] === 'string' ? (values[name] as string) : undefined;
  const global = {
    sandbox: text('sandbox'),
    authUrl: text('auth-url'),
    apiUrl: text('api-url'),
    json: values.json === true,
  };
  if (global.sandbox && (global.authUrl || global.apiUrl))
    throw new UsageError('use either --sandbox or --auth-url/--api-url, not both');
  for (const url of [global.sandbox, global.authUrl, global.apiUrl]) {
    if (url !== undefined && !/^https?:\/\/\S+$/i.test(url))
      throw new UsageError(`not an http(s) URL: ${url}`);
  }
  return global;
}

/** The words that name the command: positionals found while only global options are known. */
function commandWords(argv: string[]): string[] {
  return parseArgs({
    args: argv,
    options: parseOptions(GLOBAL_OPTIONS),
    strict: false,
    allowPositionals: true,
  }).positionals;
}

/** One line for any failure; internal errors say what happened without a stack. */
function describeFailure(error: unknown): string {
  if (error instanceof OgoError) return error.message;
  if (error instanceof Error) return `unexpected error: ${error.message}`;
  return 'unexpected error';
}

async function runCommand(
  command: CommandSpec,
  argv: string[],
  out: Output,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const specs = { ...GLOBAL_OPTIONS, ...command.options };
  const parsed = parseArgs({
    args: argv,
    options: parseOptions(specs),
    strict: true,
    allowPositionals: true,
  });
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) {
    out.line(commandHelp(command));
    return 0;
  }
  const global = globalOf(values);
  const positionals = parsed.positionals.slice(command.name.split(' ').length);
  const factory = serviceFactory(global, env);
  const controller = new AbortController();
  const onSignal = (): void => controller.abort();
  process.once('SIGINT', onSignal);
  try {
    const code = await command.run({
      options: values,
      positionals,
      global,
      out,
      signal: controller.signal,
      services: factory.services,
    });
    return code ?? 0;
  } finally {
    process.off('SIGINT', onSignal);
    await factory.close();
  }
}

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export async function main(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  out: Output = terminalOutput(),
): Promise<number> {
  const commands = await loadCommands();
  try {
    const words = commandWords(argv);
    const found = findCommand(commands, words);
    if (!found) {
      if (words.length === 0 || words[0] === 'help') {
        out.line(generalHelp(commands));
        return 0;
      }
      throw new UsageError(`unknown command: ${words.join(' ')}`);
    }
    return await runCommand(found.command, argv, out, env);
  } catch (error) {
    if (out.interactive) out.status('');
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      out.note(`ogo: ${redactText((error as Error).message)} (see ogo --help)`);
      return 2;
    }
    out.note(`ogo: ${redactText(describeFailure(error))}`);
    return error instanceof CancelledError ? 130 : 1;
  }
}
