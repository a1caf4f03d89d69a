// Finds every command group under commands/ (each file exports `commands`), picks
// the command the words on the command line name, and prints help.
import { readdir } from 'node:fs/promises';
import type { CommandSpec, OptionSpec } from './command.js';

/** Options every command accepts. */
export const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  sandbox: {
    type: 'string',
    value: 'URL',
    help: 'use a sandbox at URL for both token and API (signs in as its demo merchant when needed)',
  },
  'auth-url': {
    type: 'string',
    value: 'URL',
    help: 'token server origin (default https://my.ogoship.com)',
  },
  'api-url': { type: 'string', value: 'URL', help: 'API origin (default https://api.ogoship.com)' },
  json: { type: 'boolean', help: 'machine-readable JSON on stdout' },
  help: { type: 'boolean', short: 'h', help: 'show help' },
};

/** Loads every command from the files in commands/ (sorted, so help reads the same each time). */
export async function loadCommands(): Promise<CommandSpec[]> {
  const folder = new URL('./commands/', import.meta.url);
  const files = (await readdir(folder))
    .filter((name) => /\.(ts|js|mjs)$/.test(name) && !name.endsWith('.d.ts'))
    .sort();
  const groups = await Promise.all(
    files.map(
      async (file) =>
        ((await import(new URL(file, folder).href)) as { commands?: CommandSpec[] }).commands ?? [],
    ),
  );
  return groups.flat();
}

/** The command whose name is the longest prefix of `words`, and the words after it. */
export function findCommand(
  commands: readonly CommandSpec[],
  words: readonly string[],
): { command: CommandSpec; rest: string[] } | null {
  let best: CommandSpec | null = null;
  for (const command of commands) {
    const name = command.name.split(' ');
    const matches = name.every((word, i) => words[i] === word);
    if (matches && (!best || name.length > best.name.split(' ').length)) best = command;
  }
  return best ? { command: best, rest: words.slice(best.name.split(' ').length) } : null;
}

function optionLines(options: Record<string, OptionSpec>): string[] {
  return Object.entries(options).map(([name, spec]) => {
    const flag = `--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}`;
    return `  ${flag.padEnd(22)} ${spec.help}`;
  });
}

/** Help for one command. */
export function commandHelp(command: CommandSpec): string {
  const options = command.options ?? {};
  const usage = [
    `ogo ${command.name}`,
    command.args,
    ...Object.keys(options).map(
      (name) =>
        `[--${name}${options[name]!.type === 'string' ? ` ${options[name]!.value ?? 'VALUE'}` : ''}]`,
    ),
  ];
  return [
    `Usage: ${usage.filter(Boolean).join(' ')}`,
    '',
    command.summary,
    '',
    'Options:',
    ...optionLines(options),
    ...optionLines(GLOBAL_OPTIONS),
  ].join('\n');
}

/** The list of every command. */
export function generalHelp(commands: readonly CommandSpec[]): string {
  const width = Math.max(...commands.map((c) => `${c.name} ${c.args ?? ''}`.length));
  return [
    'Usage: ogo [--sandbox URL | --auth-url URL --api-url URL] [--json] COMMAND …',
    '',
    'Commands:',
    ...commands.map((c) => `  ${`${c.name} ${c.args ?? ''}`.padEnd(width)}  ${c.summary}`),
    '',
    'Global options:',
    ...optionLines(GLOBAL_OPTIONS),
    '',
    'Without --sandbox or URLs, ogo talks to OGOship production. Try it without an account:',
    '  npx ogo sandbox                         (prints its URL, keep it running)',
    '  npx ogo --sandbox URL orders list       (signs in as the demo merchant by itself)',
    'Data folder: $OGO_DATA_DIR, else the platform app-data folder. Secrets stay in the OS keychain.',
    'Run `ogo COMMAND --help` for a command’s options.',
  ].join('\n');
}
