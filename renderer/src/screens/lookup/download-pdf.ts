// Hands a PDF made by the counter (sent as base64) to the person as a file download.
import { downloadFile } from '../download-file';

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function downloadPdf(fileName: string, pdfBase64: string): void {
  downloadFile(fileName, base64ToBytes(pdfBase64), 'application/pdf');
}
