// Hands a PDF made by the counter to the person as a file download (the browser's or
// Electron's download handling decides where it goes).

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function downloadPdf(fileName: string, pdfBase64: string): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(pdfBase64)], { type: 'application/pdf' }));
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
