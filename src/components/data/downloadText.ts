/** Save text as a file the browser downloads (a Blob behind a temporary link). */
export function downloadText(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  // The download has started from the click: the Blob's address is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
