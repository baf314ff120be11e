// Hands a file made by the counter to the person as a download (the browser's or Electron's
// download handling decides where it goes): a PDF, the day's CSV tables, an office day file.

export function downloadFile(fileName: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has started from the URL by now; keep it a moment for slow hosts.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
