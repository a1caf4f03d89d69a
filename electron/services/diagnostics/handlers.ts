// The log.write and diagnostics.* handlers: renderer lines into the app log,
// and the diagnostics bundle (preview, then save). Saving goes where the host
// says: the Electron shell asks the user with a save dialog; without one (the
// browser preview) the zip goes back to the renderer for a download. Never puts
// a secret in a file: every file is redacted when the bundle is built.
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ValidationError } from '../../../shared/errors.js';
import type { Services } from '../create-services.js';
import { createLogger } from '../log/logger.js';
import type { OperationHandlers } from '../router.js';
import {
  jsonFile,
  LEFT_OUT,
  logFiles,
  previewFiles,
  readme,
  redactFiles,
  zipFiles,
  type BundleFile,
} from './bundle.js';
import { createRendererLog } from './renderer-log.js';
import { settingsReport, stateReport, versions } from './state-report.js';

/** What the host process offers: a save dialog (Electron), or nothing (browser preview). */
export interface DiagnosticsHost {
  /** Asks the user where to save; resolves to a path, or null when they cancel. */
  chooseSavePath?: (suggestedName: string) => Promise<string | null>;
}

type DiagnosticsOperation = 'log.write' | 'diagnostics.preview' | 'diagnostics.save';

/** The log and diagnostics handlers, spread into the router's handler map. */
export type DiagnosticsHandlers = Pick<OperationHandlers, DiagnosticsOperation>;

interface PreparedBundle {
  bundleId: string;
  baseName: string;
  files: BundleFile[];
}

function baseNameAt(at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `ogo-desk-diagnostics-${stamp}`;
}

/** Builds the handlers over the service graph and the host's save dialog. */
export function createDiagnosticsHandlers(
  services: Services,
  host: DiagnosticsHost = {},
  now: () => Date = () => new Date(),
): DiagnosticsHandlers {
  const rendererLog = createRendererLog(createLogger('renderer'));
  // Only the bundle the user last looked at can be saved: they save what they read.
  // LIMIT: the bundle is held in memory until the next preview (logs rotate at 4 × 5 MB, so at
  // most about 20 MB); streaming it would cost the exact-preview guarantee for little gain.
  let prepared: PreparedBundle | null = null;

  async function gather(): Promise<PreparedBundle> {
    const at = now();
    const logFolder = services.config.logDir ?? path.join(services.config.dataDir, 'logs');
    const files = redactFiles([
      readme(at),
      jsonFile('versions.json', versions()),
      jsonFile('settings.json', settingsReport(services)),
      jsonFile('state.json', stateReport(services)),
      ...(await logFiles(logFolder)),
    ]);
    return { bundleId: randomUUID(), baseName: baseNameAt(at), files };
  }

  return {
    'log.write': async (line) => ({ written: rendererLog.write(line) }),
    'diagnostics.preview': async () => {
      prepared = await gather();
      return {
        bundleId: prepared.bundleId,
        fileName: `${prepared.baseName}.zip`,
        files: previewFiles(prepared.files),
        leftOut: LEFT_OUT,
      };
    },
    'diagnostics.save': async ({ bundleId }) => {
      if (prepared === null || prepared.bundleId !== bundleId) {
        throw new ValidationError(
          'That diagnostics preview is gone; open Export diagnostics again',
        );
      }
      const fileName = `${prepared.baseName}.zip`;
      const zip = zipFiles(prepared.baseName, prepared.files);
      if (!host.chooseSavePath) {
        return {
          outcome: 'download',
          fileName,
          zipBase64: Buffer.from(zip).toString('base64'),
        };
      }
      const target = await host.chooseSavePath(fileName);
      if (target === null) return { outcome: 'cancelled' };
      await writeFile(target, zip);
      return { outcome: 'saved', fileName: path.basename(target) };
    },
  };
}
