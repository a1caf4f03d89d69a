// Entry of the bundled preview host (dist/preview/host.cjs), run by `npm start`
// where Electron is missing. Prints the address with its token once, to this
// terminal only; stops cleanly on Ctrl+C. Options: OGO_PORT, OGO_DATA_DIR.
import path from 'node:path';
import { defaultDataDir } from '../services/settings/index.js';
import { startPreviewApp } from './preview-app.js';

const rendererDir = path.join(__dirname, '..', 'renderer');

async function main(): Promise<void> {
  const port = process.env.OGO_PORT ? Number(process.env.OGO_PORT) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`OGO_PORT must be a port number, not ${process.env.OGO_PORT}`);
  const dataDir = process.env.OGO_DATA_DIR || defaultDataDir();
  // Warnings go to the log file only: this terminal shows the address and nothing else.
  const app = await startPreviewApp({
    services: { dataDir, logConsole: 'error' },
    rendererDir,
    port,
  });

  process.stdout.write(`OGO Desk preview: open ${app.url}\n`);
  process.stdout.write('(the address carries a one-launch access token; press Ctrl+C to stop)\n');

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write('Stopping OGO Desk: letting work in flight finish or pause…\n');
    app.close().then(
      () => {
        process.stdout.write('OGO Desk stopped; drafts and queued orders are saved.\n');
        process.exit(0);
      },
      (error: unknown) => {
        process.stderr.write(`OGO Desk stopped with an error: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `OGO Desk preview could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
