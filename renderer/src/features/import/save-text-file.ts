// Hands a text the main side produced (failed rows as CSV) to the browser's
// download, so the user saves it where they like. Never changes the text.

/** Starts a download of `text` under `fileName`. */
export function saveTextFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel a download that has not read the blob yet.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
