/** "phieu-gui-ho-so-360000-03-261127-0001K.pdf": the slip number makes the file findable. */
export function receiptPdfFileName(slipNumber: string): string {
  return `phieu-gui-ho-so-${slipNumber.replace(/[^0-9A-Za-z-]/g, '-')}.pdf`;
}
