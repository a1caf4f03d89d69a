// Reads a chosen file's bytes as base64 for import.preview, which carries
// bytes through the contract in the browser preview and Electron alike. Never
// decodes or parses the content: the main side detects the encoding.

const CHUNK = 0x8000;

// LIMIT: the whole file travels as one base64 string (a third larger than the file), so the
// browser preview's 32 MB request cap stops files above about 24 MB; Electron's IPC has no such
// cap. A path-based source would need the preload to expose the chosen file's path.

/** The file's exact bytes, base64-encoded. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // Chunks keep String.fromCharCode's argument list within the engine's limits.
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}
