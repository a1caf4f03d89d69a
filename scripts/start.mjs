// `npm start`: builds, then runs the Electron app where its runtime is
// installed; otherwise says so in one line and serves the same app as a
// browser preview on 127.0.0.1, printing its address. Never requires the
// electron package (that would try to download the runtime).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The Electron binary, if the electron package finished installing it. */
function electronBinary() {
  const pathFile = path.join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(
    root,
    'node_modules',
    'electron',
    'dist',
    readFileSync(pathFile, 'utf8').trim(),
  );
  return existsSync(binary) ? binary : null;
}

/** Runs a child with this terminal, passing Ctrl+C on, and exits with its code. */
function runForeground(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function build() {
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  const code = await new Promise((resolve) => child.on('exit', resolve));
  if (code !== 0) process.exit(code ?? 1);
}

await build();
const binary = electronBinary();
if (binary) {
  runForeground(binary, ['.']);
} else {
  console.log(
    "Electron's runtime is not installed here (node_modules/electron has no binary), so OGO Desk starts as a browser preview instead.",
  );
  runForeground(process.execPath, [path.join(root, 'dist', 'preview', 'host.cjs')]);
}
