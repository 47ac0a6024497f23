/** Save a Blob as a file the browser downloads: a blob URL behind a temporary `<a download>`. */
export function downloadBlob(blob: Blob, name: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click: the Blob's address is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
