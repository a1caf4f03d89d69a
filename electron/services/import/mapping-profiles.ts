// Saved header mappings ("profiles") as one JSON file in the data folder, so a
// merchant who imports the same ERP export every week maps it once. Holds header
// names and field names only: never a secret.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { MappingOverride } from './header-map.js';

/** A named mapping. */
export interface MappingProfile {
  readonly name: string;
  readonly mapping: MappingOverride;
}

/** The profiles file in a data folder. */
export function profilesPath(dataDir: string): string {
  return join(dataDir, 'import-mapping-profiles.json');
}

/** Reads every saved profile; a missing file means none. */
export async function listProfiles(dataDir: string): Promise<MappingProfile[]> {
  try {
    const parsed: unknown = JSON.parse(await readFile(profilesPath(dataDir), 'utf8'));
    return Array.isArray(parsed) ? (parsed as MappingProfile[]) : [];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Saves (or replaces by name) a profile and returns the new list. */
export async function saveProfile(dataDir: string, profile: MappingProfile): Promise<MappingProfile[]> {
  const others = (await listProfiles(dataDir)).filter((existing) => existing.name !== profile.name);
  return writeProfiles(dataDir, [...others, profile].sort((a, b) => a.name.localeCompare(b.name)));
}

/** Deletes a profile by name and returns the new list. */
export async function deleteProfile(dataDir: string, name: string): Promise<MappingProfile[]> {
  return writeProfiles(dataDir, (await listProfiles(dataDir)).filter((existing) => existing.name !== name));
}

// Write-then-rename, so a crash never leaves half a file.
async function writeProfiles(dataDir: string, profiles: MappingProfile[]): Promise<MappingProfile[]> {
  const path = profilesPath(dataDir);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(`${path}.tmp`, `${JSON.stringify(profiles, null, 2)}\n`, { flush: true });
  await rename(`${path}.tmp`, path);
  return profiles;
}
