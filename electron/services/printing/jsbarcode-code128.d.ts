// jsbarcode ships types for its DOM-drawing entry point only; the PDF needs just its CODE128
// encoder (automatic code sets, bars as a string of 1s and 0s) and draws the bars itself.
declare module 'jsbarcode/bin/barcodes/CODE128/index.js' {
  export class CODE128 {
    constructor(data: string, options: object);
    encode(): { text: string; data: string };
  }
}
