// Asks the user for input on the terminal, or reads it from a pipe. Used for the
// secret token: never echoed, never logged, handed straight to the session.
import { createInterface } from 'node:readline/promises';

/** Reads all of stdin (a piped secret) and trims the final newline. */
async function readPiped(stdin: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** Asks each question with echo off on a terminal; from a pipe, reads one line per question. */
export async function readSecrets(questions: readonly string[]): Promise<string[]> {
  if (!process.stdin.isTTY) {
    const lines = (await readPiped(process.stdin)).split(/\r?\n/);
    return questions.map((_, index) => lines[index] ?? '');
  }
  const answers: string[] = [];
  for (const question of questions) answers.push(await readSecret(question));
  return answers;
}

/** Prompts with echo off on a terminal; reads stdin when it is not one. */
export async function readSecret(
  question: string,
  stdin = process.stdin,
  stderr = process.stderr,
): Promise<string> {
  if (!stdin.isTTY) return readPiped(stdin);
  stderr.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  try {
    return await new Promise<string>((resolve, reject) => {
      let typed = '';
      const onData = (text: string): void => {
        for (const char of text) {
          if (char === '\r' || char === '\n') return finish(resolve, typed);
          if (char === '\u0003') return finish(() => reject(new Error('Cancelled')), '');
          typed = char === '\u007f' ? typed.slice(0, -1) : typed + char;
        }
      };
      const finish = <T>(done: (value: T) => void, value: T): void => {
        stdin.off('data', onData);
        stderr.write('\n');
        done(value);
      };
      stdin.on('data', onData);
    });
  } finally {
    stdin.setRawMode(false);
    stdin.pause();
  }
}

/** Asks a visible question on the terminal. */
export async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}
