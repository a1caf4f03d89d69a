// Runs every bench/*.bench.ts, one child process each (so one bench's memory and
// timers cannot skew the next), in name order. `npm run bench -- sync` runs only
// the files whose name contains "sync". Exits non-zero when any bench failed.
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const folder = fileURLToPath(new URL('.', import.meta.url));
const filters = process.argv.slice(2);

function runOne(file: string): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(folder, file)], {
    stdio: 'inherit',
  });
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

const files = (await readdir(folder))
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort();
const failed: string[] = [];
for (const file of files) {
  process.stdout.write(`\n=== ${file} ===\n`);
  if ((await runOne(file)) !== 0) failed.push(file);
}
if (files.length === 0) process.stdout.write('no bench files matched\n');
if (failed.length > 0) {
  process.stderr.write(`failed: ${failed.join(', ')}\n`);
  process.exitCode = 1;
}
