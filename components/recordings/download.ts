/** Saves text the page made (a CSV export) as a file, without a round trip to the server. */
export function downloadText(fileName: string, text: string, type = "text/csv;charset=utf-8") {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium reads the blob after the click returns; revoke once it has.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
