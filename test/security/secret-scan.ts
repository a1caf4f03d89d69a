// Test helper for the secret hygiene e2e: finds secret values in every file
// under a folder (zips are opened with fflate and searched inside) and in text
// gathered from the renderer. Reports where and which kind, never the value.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';

/** A secret to look for, with a label that is safe to print. */
export interface Secret {
  label: string;
  value: string;
}

/** One place a secret turned up. */
export interface Hit {
  where: string;
  label: string;
}

// A secret can be written escaped: as in a URL or form body, or inside JSON.
function forms(value: string): string[] {
  return [...new Set([value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)])];
}

/** Every secret found in some bytes, as hits at `where`. */
export function scanBytes(where: string, bytes: Uint8Array, secrets: Secret[]): Hit[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hits: Hit[] = [];
  for (const secret of secrets) {
    const found = forms(secret.value).some(
      (form) =>
        buffer.includes(Buffer.from(form, 'utf8')) || buffer.includes(Buffer.from(form, 'utf16le')),
    );
    if (found) hits.push({ where, label: secret.label });
  }
  if (where.endsWith('.zip')) hits.push(...scanZip(where, bytes, secrets));
  return hits;
}

function scanZip(where: string, bytes: Uint8Array, secrets: Secret[]): Hit[] {
  const entries = unzipSync(bytes);
  return Object.entries(entries).flatMap(([name, content]) =>
    scanBytes(`${where}!${name}`, content, secrets),
  );
}

/** Every file under a folder, recursively (paths relative to it). */
export async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, {
    recursive: true,
    withFileTypes: true,
  });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Scans every file under a folder; returns the hits and the files it read. */
export async function scanFolder(
  folder: string,
  secrets: Secret[],
): Promise<{ hits: Hit[]; files: string[] }> {
  const files = await listFiles(folder);
  const hits: Hit[] = [];
  for (const file of files) {
    hits.push(...scanBytes(file, await readFile(path.join(folder, file)), secrets));
  }
  return { hits, files };
}
