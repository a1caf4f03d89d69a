// Builds the diagnostics bundle: the files (README, versions, settings, state,
// logs), a preview of each for the user to read before saving, and the zip
// (fflate). Every file's text passes the redactor once more on the way in, so
// a secret that slipped into a log is still not handed over.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { DiagnosticsFile } from '../../../shared/contract/diagnostics.js';
import { redactText } from '../log/redact.js';

/** One file of the bundle, whole. */
export interface BundleFile {
  name: string;
  text: string;
}

/** What the bundle deliberately leaves out, shown to the user and written in the README. */
export const LEFT_OUT = [
  'Secrets: the secret token, client secret, access and refresh tokens, webhook keys and the ngrok authtoken (they stay in the system keychain)',
  'Orders, customers, products and stock: only their counts',
  'Drafts and outbox items: only how many are in each state',
  'Webhook deliveries: only counts by type and outcome, no bodies',
  'Imported CSV files and their per-row reports',
];

// The preview shows the newest part of a long log; the zip still holds all of it.
const PREVIEW_CHARS = 40_000;

/** The README that opens the bundle. */
export function readme(createdAt: Date): BundleFile {
  const lines = [
    'OGO Desk diagnostics',
    `Created ${createdAt.toISOString()}`,
    '',
    'versions.json  app, Electron, Chromium, Node and OS versions',
    'settings.json  the settings file, with any secret-sounding value blanked',
    'state.json     session, sync, cache, outbox, live updates and webhook inbox, as counts and states',
    'logs/          the app log files (newest is main.log), redacted',
    '',
    'Not included:',
    ...LEFT_OUT.map((item) => `- ${item}`),
  ];
  return { name: 'README.txt', text: `${lines.join('\n')}\n` };
}

/** A JSON file of the bundle. */
export function jsonFile(name: string, value: unknown): BundleFile {
  return { name, text: `${JSON.stringify(value, null, 2)}\n` };
}

/** Every `*.log` file in the log folder (current and rotated), under logs/. */
export async function logFiles(folder: string | null): Promise<BundleFile[]> {
  if (folder === null) return [];
  const names = await readdir(folder).catch(() => [] as string[]);
  const files: BundleFile[] = [];
  for (const name of names.filter((entry) => entry.endsWith('.log')).sort()) {
    const text = await readFile(path.join(folder, name), 'utf8').catch(() => null);
    if (text !== null) files.push({ name: `logs/${name}`, text });
  }
  return files;
}

/** The files with the redactor applied to each. */
export function redactFiles(files: BundleFile[]): BundleFile[] {
  return files.map((file) => ({
    name: file.name,
    text: redactText(file.text),
  }));
}

/** What the user reads before saving: each file's size and (the newest part of) its text. */
export function previewFiles(files: BundleFile[]): DiagnosticsFile[] {
  return files.map(({ name, text }) => {
    const truncated = text.length > PREVIEW_CHARS;
    return {
      name,
      bytes: Buffer.byteLength(text),
      preview: truncated ? text.slice(-PREVIEW_CHARS) : text,
      truncated,
    };
  });
}

/** The zip of the files, all under one folder named like the zip. */
export function zipFiles(folder: string, files: BundleFile[]): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const file of files) entries[`${folder}/${file.name}`] = strToU8(file.text);
  return zipSync(entries, { level: 6 });
}
