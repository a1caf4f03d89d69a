// Hands the diagnostics zip the preview host sent back to the browser's
// download (the desktop app saves through its own dialog instead). Never
// changes the bytes.

/** Starts a download of base64 zip bytes under `fileName`. */
export function saveZip(fileName: string, zipBase64: string): void {
  const bytes = Uint8Array.from(atob(zipBase64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/zip' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel a download that has not read the blob yet.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
