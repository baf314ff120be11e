// jsbarcode ships types for its DOM-drawing entry point only; the receipt preview uses its
// CODE128 encoder alone (bars as a string of 1s and 0s) and draws them as SVG itself.
declare module 'jsbarcode/bin/barcodes/CODE128' {
  export class CODE128 {
    constructor(data: string, options: { ean128?: boolean });
    valid(): boolean;
    encode(): { text: string; data: string };
  }
}
